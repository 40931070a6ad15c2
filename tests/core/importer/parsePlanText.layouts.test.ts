import fs from "fs";
import path from "path";
import { isoToSerial } from "../../../src/core/dates";
import { parsePlanText } from "../../../src/core/importer";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "fixtures", "import", name), "utf8");

describe("parsePlanText on a pipe table numbered 1., 2. with columns KPI | Target | Action | RSP reference", () => {
  const result = parsePlanText(fixture("pipeNumbered.txt"));
  const row = (ref: string, part = 1) => result.rows.find((candidate) => candidate.ref === ref && candidate.part === part);

  it("finds the columns by their headers and letters the numbered rows", () => {
    expect(result.rows.map((candidate) => `${candidate.ref}#${candidate.part}`)).toEqual([
      "1-a#1",
      "1-b#1",
      "1-c#1",
      "1-c#2",
      "2-a#1",
      "2-b#1",
    ]);
    expect(row("1-a")).toMatchObject({
      pillar: 1,
      kpi: "Number of Members with a risk unit",
      target: "At least 20/33 Members",
      action: "Support Members setting up a national risk management unit",
      rspReference: "1.1.1 – 1st milestone",
      deadline: isoToSerial("2026-06-30"),
    });
  });

  it("joins a wrapped action cell onto its row", () => {
    expect(row("1-b")?.action).toBe(
      "Run regional workshops on targeting and profiling, drawing on the WCO Risk Management Compendium",
    );
    expect(row("1-b")?.deadline).toBe(isoToSerial("2026-06-30"));
  });

  it("splits a numbered multi-part KPI with its target", () => {
    expect([row("1-c", 1), row("1-c", 2)].map((candidate) => [candidate?.kpi, candidate?.target])).toEqual([
      ["Number of MRAs signed", "At least 10 MRA"],
      ["Number of AEO programmes", "25/33 Members"],
    ]);
  });

  it("reads dates in several spellings and notes the one it cannot read", () => {
    expect(row("2-a")?.deadline).toBe(isoToSerial("2025-12-31"));
    expect(row("2-b")?.deadline).toBeNull();
    expect(result.notes).toEqual([expect.objectContaining({ line: 14, ref: "2-b", note: expect.stringContaining('"someday"') })]);
  });

  it("reports the stray page footer and nothing else", () => {
    expect(result.unplaced).toEqual([{ line: 9, text: "Page 2 of 3", reason: expect.stringContaining("no column separators") }]);
  });
});

describe("parsePlanText on a table laid out with runs of spaces", () => {
  const text = [
    "1. Support the implementation of WCO conventions",
    "Specific Actions     RSP reference     KPI     Target     Deadline",
    "a)  Upon request, assist Members with risk management     1.1.1 – 1 st milestone     Number of Members     At least 27/33 Members     30 June 2024",
    "    tools like the Compendium",
    "b)  Promote the RKC     1.1.3 – 1 st milestone     Number of contracting Members     33/33 Members     30 Jun 2024",
  ].join("\n");

  it("joins a single-cell line onto the action above", () => {
    const { rows, unplaced } = parsePlanText(text);
    expect(unplaced).toEqual([]);
    expect(rows.map((row) => [row.ref, row.action, row.target])).toEqual([
      ["1-a", "Upon request, assist Members with risk management tools like the Compendium", "At least 27/33 Members"],
      ["1-b", "Promote the RKC", "33/33 Members"],
    ]);
  });
});

describe("parsePlanText with refs written out in a Ref column", () => {
  it("takes pillar and letters from the ref", () => {
    const text = "Ref\tAction\tKPI\tTarget\n1-a\tDo a\tNumber\tOnce a year\n3-(k)\tDo k\tNumber\tAt least twice per year";
    const { rows } = parsePlanText(text);
    expect(rows.map((row) => [row.pillar, row.ref])).toEqual([
      [1, "1-a"],
      [3, "3-k"],
    ]);
  });
});

describe("parsePlanText on garbage", () => {
  it("reports every line it cannot place, with its line number and a reason", () => {
    const text = [
      "Some introduction before the table.", // 1
      "a)\tAn action with no pillar\t1.1.1 – 1 st milestone\tKPI\tOnce a year\t30 June 2024", // 2
      "", // 3
      "1. Support the implementation of WCO conventions", // 4
      "\tSpecific Actions\tRelevant part of RSP\tKPI\tTarget\tDeliverables", // 5
      "\tcontinuation with no row above\t\t\t\t", // 6
      "a)\tUpon request, assist\t1.1.1 – 1 st milestone\tNumber of Members\tAt least 27/33 Members\t30 June 2024", // 7
      "%%% scanner noise %%%", // 8
      "\t\t\t\t", // 9
      "42", // 10
    ].join("\n");
    const { rows, unplaced } = parsePlanText(text);
    expect(rows.map((row) => row.ref)).toEqual(["1-a"]);
    expect(unplaced.map((entry) => entry.line)).toEqual([1, 2, 6, 8, 10]);
    expect(unplaced[0]).toEqual({ line: 1, text: "Some introduction before the table.", reason: expect.stringContaining("before the table") });
    expect(unplaced[1].reason).toMatch(/pillar heading/);
    expect(unplaced[2].reason).toMatch(/no row above/);
    expect(unplaced[3]).toMatchObject({ text: "%%% scanner noise %%%", reason: expect.stringMatching(/column separators/) });
  });

  it("returns nothing, without throwing, for empty or binary-looking text", () => {
    expect(parsePlanText("")).toEqual({ rows: [], unplaced: [], notes: [], userColumns: [], userCells: [], pillars: {}, plan: {} });
    expect(() => parsePlanText("\u0000\u0001|||\t\t\f")).not.toThrow();
  });
});
