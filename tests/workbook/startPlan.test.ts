import { MemoryGateway } from "../support/memoryGateway";
import { importNewPlan, startNewPlan, validateNewPlan } from "../../src/workbook/startPlan";
import { TABLE_NAMES } from "../../src/workbook/schema";
import { d } from "./fixtures";

const options = { name: "Our plan", start: d("2025-01-01"), end: d("2026-12-31"), pillars: ["People", " Places "] };

describe("startNewPlan", () => {
  it("inserts the empty tables of a plan with its name, period and pillars", async () => {
    const gateway = new MemoryGateway();
    const report = await startNewPlan(gateway, options);
    expect(report.created).toEqual([...TABLE_NAMES]);
    const settings = Object.fromEntries(gateway.table("Settings").rows.map((r) => [r[0], r[1]]));
    expect(settings).toMatchObject({ "Plan name": "Our plan", "Pillar 1": "People", "Pillar 2": "Places", "Plan start": options.start });
    expect(gateway.table("Plan").rows).toEqual([]);
  });

  it("says what is missing, and creates nothing", async () => {
    expect(validateNewPlan({ name: " ", start: Number.NaN, end: d("2020-01-01"), pillars: [""] })).toEqual({
      name: "Enter the plan's name.",
      start: "Enter the date the plan starts.",
      pillars: "Enter at least one pillar title.",
    });
    expect(validateNewPlan({ ...options, end: options.start }).end).toBe("The plan must end after it starts.");
    const gateway = new MemoryGateway();
    await expect(startNewPlan(gateway, { ...options, name: "" })).rejects.toThrow(/Enter the plan's name.*Nothing was changed/);
    expect(gateway.calls.createTables).toBe(0);
  });
});

describe("importNewPlan", () => {
  // Pillar 1 actions a) to c) of Annex II, as pasted from the PDF (tabs between cells).
  const text = [
    "1. Support the implementation of WCO conventions, instruments and tools",
    "\tSpecific Actions of ROCB A/P\tRelevant part of RSP 2022- 2024\tKPI\tTarget\tDeliverables in the RSP",
    "a)\tUpon request, assist Member's effort in implementing risk management tools\t1.1.1 – 1 st milestone\tNumber of implementing Members\tAt least 33/33 Members\t30 June 2024",
    "b)\tUpon request, assist Member's effort in developing national risk management database (e.g. nCEN)\t1.1.1 – 2 nd milestone\tNumber of Members\tAt least 27/33 Members\t30 June 2024",
    "c)\tUpon request, assist Member's effort in developing and using national valuation database\t1.1.1 – 3 rd milestone\tNumber of Members\t33/33 Members\t30 June 2024",
  ].join("\n");

  it("creates the tables first, then imports the text into the new Plan", async () => {
    const gateway = new MemoryGateway();
    const report = await importNewPlan(gateway, { ...options, pillars: [] }, text);
    expect(report.setup.created).toContain("Plan");
    expect(report.imported).not.toBeNull();
    expect(report.imported?.rowsImported).toBe(3);
    expect(gateway.table("Plan").rows.length).toBe(report.imported?.rowsImported);
    // The pillar's title comes from the text's heading, as import sets what it imports.
    expect(gateway.table("Settings").rows.find((r) => r[0] === "Pillar 1")?.[1]).toBe(
      "Support the implementation of WCO conventions, instruments and tools"
    );
  });

  it("imports nothing where a plan exists already", async () => {
    const gateway = new MemoryGateway();
    await startNewPlan(gateway, options);
    const report = await importNewPlan(gateway, options, text);
    expect(report.imported).toBeNull();
    expect(report.setup.message).toMatch(/already has a plan/);
  });
});
