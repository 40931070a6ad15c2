/** Plans of other organisations, in the layouts people paste (tests/fixtures/plans). */
import fs from "fs";
import path from "path";
import { isoToSerial } from "../../../src/core/dates";
import { parsePlanText } from "../../../src/core/importer";

const plan = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "plans", name), "utf8");
const iso = (text: string) => isoToSerial(text);

describe("a TSV copied from a spreadsheet, with quoted multi-line cells (pacific-customs.tsv)", () => {
  const result = parsePlanText(plan("pacific-customs.tsv"));

  it("reads the rows numbered 1.1, 1.2 … under Goal headings, with baseline, owner and strategy link", () => {
    expect(result.rows.map((row) => [row.ref, row.target, row.baseline, row.owner, row.rspReference])).toEqual([
      ["1-a", "At least twice per year", null, "Trade Facilitation Unit", "SO 1.1"],
      ["1-b", "At least 6 ports", 2, "Operations", "SO 1.2"],
      ["1-c", "At least 3 MRA", 0, "Policy", "SO 1.3"],
      ["2-a", "At least 200 officers", 40, "Human Resources", "SO 2.1"],
      ["2-b", "At least once per year", null, "Secretariat", "SO 2.2"],
    ]);
    expect(result.rows[1].action).toBe("Roll out pre-arrival processing for sea cargo");
    expect(result.rows[4].action).toBe('Hold the regional heads of customs meeting ("HoC")');
    expect(result.rows[1].deadline).toBe(iso("2025-12-31"));
  });

  it("keeps the unknown Budget column by its header and places every line", () => {
    expect(result.userColumns).toEqual(["Budget (USD)"]);
    expect(result.userCells.map((cells) => cells["Budget (USD)"] ?? null)).toEqual(["5,000", "40,000", null, "25,000", "60,000"]);
    expect(result.unplaced).toEqual([]);
  });

  it("takes the plan's name, period and pillar titles from the text", () => {
    expect(result.plan.name?.value).toBe("Pacific Islands Customs Network – Strategic Action Plan 2024-2026");
    expect(result.plan.start).toMatchObject({ value: iso("2024-07-01"), source: expect.stringContaining("line 2") });
    expect(result.plan.end?.value).toBe(iso("2026-06-30"));
    expect(result.pillars).toEqual({ 1: "Faster, simpler clearance", 2: "Capable people" });
  });
});

describe("a Word table pasted as text (harbour-word-table.txt)", () => {
  const result = parsePlanText(plan("harbour-word-table.txt"));

  it("reads Output / Indicator / Timeline / Responsible and joins a wrapped cell", () => {
    expect(result.rows.map((row) => row.ref)).toEqual(["1-a", "1-b", "1-c", "2-a", "2-b"]);
    expect(result.rows[2]).toMatchObject({ action: "Inspect mooring equipment and replace worn lines", owner: "Marine", deadline: iso("2026-06-30") });
    expect(result.rows[0].deadline).toBe(iso("2026-03-31"));
    expect(result.rows[4]).toMatchObject({ action: "Answer information requests on time", kpi: "Number of requests answered within 20 days", owner: "Legal" });
  });

  it("reads a fiscal-year title as the plan's period and keeps the Risks column", () => {
    expect(result.plan.name?.value).toBe("Operational Plan 2025/26");
    expect([result.plan.start?.value, result.plan.end?.value]).toEqual([iso("2025-07-01"), iso("2026-06-30")]);
    expect(result.plan.start?.source).toMatch(/years in the title/);
    expect(result.userColumns).toEqual(["Risks"]);
    expect(result.unplaced).toEqual([{ line: 1, text: "Harbour Authority of Northport", reason: expect.stringContaining("before the table") }]);
  });

  it("reads the same plan from a fiscal year starting in April", () => {
    const april = parsePlanText(plan("harbour-word-table.txt"), { fiscalStartMonth: 4 });
    expect([april.plan.start?.value, april.plan.end?.value]).toEqual([iso("2025-04-01"), iso("2026-03-31")]);
  });
});

describe("a CSV file with the plain table No., Action, Indicator, Target, Due date (revenue-service.csv)", () => {
  const result = parsePlanText(plan("revenue-service.csv"));

  it("imports every row into pillar 1, a quoted comma included", () => {
    expect(result.rows.map((row) => [row.pillar, row.ref, row.kpi, row.target])).toEqual([
      [1, "1-a", "Number of permit types in the single window", "At least 15 permit types"],
      [1, "1-b", "Number of brokers trained", "At least 300 brokers"],
      [1, "1-c", "Number of forums held", "At least twice per year"],
      [1, "1-d", "Number of bulletins published", "At least 4 bulletins"],
    ]);
    expect(result.rows[1].action).toBe("Train brokers on the new tariff, in three cities");
    expect(result.unplaced).toEqual([]);
  });

  it("takes the end from the latest deadline and leaves the name and start to the user", () => {
    expect(result.plan).toEqual({ end: { value: iso("2025-12-31"), source: "the latest deadline (line 2)" } });
  });
});

describe("numbered prose (standards-bureau-prose.txt)", () => {
  const result = parsePlanText(plan("standards-bureau-prose.txt"));

  it("starts a row at each 1.1 line and reads its Indicator:, Target:, Baseline:, Due date:, Owner: lines", () => {
    expect(result.rows.map((row) => [row.ref, row.kpi, row.target, row.baseline, row.owner])).toEqual([
      ["1-a", "Number of products certified", "At least 120 products", 30, "Certification Division"],
      ["1-b", "Number of open days held", "At least twice per year", null, ""],
      ["2-a", "Number of laboratories accredited", "At least 1 laboratory", null, ""],
      ["2-b", "Number of proficiency rounds", "At least 3 rounds", null, "Metrology Unit"],
    ]);
    expect(result.rows[1].action).toBe("Hold open days for manufacturers, with the chamber of commerce.");
    expect(result.rows[2].deadline).toBe(iso("2025-12-31"));
  });

  it("keeps a Budget: line as a user column and reads the period line", () => {
    expect(result.userColumns).toEqual(["Budget"]);
    expect(result.userCells[3]).toEqual({ Budget: "8,500" });
    expect([result.plan.start?.value, result.plan.end?.value]).toEqual([iso("2025-01-01"), iso("2026-06-30")]);
    expect(result.unplaced.map((line) => line.line)).toEqual([1]);
  });
});

describe("numbering styles and header words", () => {
  it("imports the plain tab table No. / Action / Indicator / Target / Due date", () => {
    const text = "No.\tAction\tIndicator\tTarget\tDue date\n1\tRun audits\tNumber of audits\tAt least 10 audits\t30 June 2025\n2\tTrain staff\tStaff trained\tAt least 50 staff\t30 June 2025";
    const { rows, unplaced } = parsePlanText(text);
    expect(rows.map((row) => [row.ref, row.action, row.kpi, row.target, row.deadline])).toEqual([
      ["1-a", "Run audits", "Number of audits", "At least 10 audits", iso("2025-06-30")],
      ["1-b", "Train staff", "Staff trained", "At least 50 staff", iso("2025-06-30")],
    ]);
    expect(unplaced).toEqual([]);
  });

  it.each([
    ["a)", ["a) Run audits", "b) Train staff"]],
    ["(a)", ["(a) Run audits", "(b) Train staff"]],
    ["1-a", ["1-a Run audits", "1-b Train staff"]],
    ["1.1", ["1.1 Run audits", "1.2 Train staff"]],
  ])("reads prose rows numbered %s", (_style, [first, second]) => {
    const text = ["Goal 1: Compliance", first, "Indicator: Number of audits", "Target: At least 10 audits", second, "KPI: Staff trained", "Target: At least 50 staff"].join("\n");
    const { rows, unplaced } = parsePlanText(text);
    expect(rows.map((row) => [row.ref, row.action, row.kpi, row.target])).toEqual([
      ["1-a", "Run audits", "Number of audits", "At least 10 audits"],
      ["1-b", "Train staff", "Staff trained", "At least 50 staff"],
    ]);
    expect(unplaced).toEqual([]);
  });

  it("never drops a column: every unknown header becomes a user column, a clash with Plan's own columns included", () => {
    const text = "Activity\tKPI\tTarget\tStatus\tNotes from donor\n1.\tDo a\tNumber of a\tAt least 2\tongoing\tfunded by X";
    const { rows, userColumns, userCells } = parsePlanText(text);
    expect(rows).toHaveLength(1);
    expect(userColumns).toEqual(["Status", "Notes from donor"]);
    expect(userCells[0]).toEqual({ Status: "ongoing", "Notes from donor": "funded by X" });
  });
});

describe("a plan pasted with the document around it", () => {
  const text = [
    "Northport Customs",
    "Corporate Plan 2025-2027",
    "- Programme of joint visits with the port authority",
    "1. Vision",
    "A modern customs service.",
    "2. Mission",
    "Facilitate legitimate trade.",
    "1. Faster clearance",
    "No.\tAction\tIndicator\tTarget\tDue date",
    "1\tPublish release times\tNumber of reports\tAt least twice per year\t30 June 2027",
    "2. Better people",
    "1\tTrain officers\tOfficers trained\tAt least 100 officers\t30 June 2027",
  ].join("\n");
  const result = parsePlanText(text);

  it("takes the pillar titles from the headings the rows sit under, not from the document's own numbered sections", () => {
    expect(result.rows.map((row) => row.ref)).toEqual(["1-a", "2-a"]);
    expect(result.pillars).toEqual({ 1: "Faster clearance", 2: "Better people" });
  });

  it("takes the title line with the plan's years as its name, not a bullet", () => {
    expect(result.plan.name?.value).toBe("Corporate Plan 2025-2027");
    expect([result.plan.start?.value, result.plan.end?.value]).toEqual([iso("2025-07-01"), iso("2027-06-30")]);
  });
});

describe("text that only looks like CSV", () => {
  it("does not take a sentence with commas for a CSV header", () => {
    const text = [
      "Actions, indicators, targets and deadlines are in the table below.",
      "1. Faster clearance",
      "Action     KPI     Target",
      "a)  Publish release times     Number of reports     At least 4 reports",
    ].join("\n");
    const { rows } = parsePlanText(text);
    expect(rows.map((row) => [row.ref, row.action, row.target])).toEqual([["1-a", "Publish release times", "At least 4 reports"]]);
  });

  it("does not read a plain text plan as CSV because a sentence has commas", () => {
    const text = [
      "Goal 1: Service",
      "1.1 Answer calls, emails and letters on time.",
      "Indicator: Share of calls, emails, letters answered",
      "Target: At least 90%",
    ].join("\n");
    const { rows } = parsePlanText(text);
    expect(rows.map((row) => [row.ref, row.action, row.kpi, row.target])).toEqual([
      ["1-a", "Answer calls, emails and letters on time.", "Share of calls, emails, letters answered", "At least 90%"],
    ]);
  });
});

describe("a Word row cut in two by a cell with two paragraphs", () => {
  it("joins the lines back into one row when their cells add up to the header's", () => {
    const text = [
      "1. Safer ports",
      "No.\tOutput\tIndicator\tTarget\tTimeline",
      "1\tInstall CCTV at the",
      "container terminal\tNumber of gates\tAt least 8 gates\tMarch 2026",
      "2\tRun drills\tNumber of drills\tAt least twice per year\t30 June 2026",
    ].join("\n");
    const { rows, unplaced } = parsePlanText(text);
    expect(rows.map((row) => [row.ref, row.action, row.kpi, row.target])).toEqual([
      ["1-a", "Install CCTV at the container terminal", "Number of gates", "At least 8 gates"],
      ["1-b", "Run drills", "Number of drills", "At least twice per year"],
    ]);
    expect(unplaced).toEqual([]);
  });
});
