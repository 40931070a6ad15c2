import { isRule, splitCells } from "../../../src/core/importer/cells";
import { classifyLine } from "../../../src/core/importer/classify";
import { headerRoles, roleOf } from "../../../src/core/importer/columns";
import { parseDeadline } from "../../../src/core/importer/deadline";
import { chooseLetters } from "../../../src/core/importer/letters";
import { leadingMarker, wholeMarker } from "../../../src/core/importer/markers";
import { splitKpi, splitNumbered, splitTargets } from "../../../src/core/importer/parts";
import { isoToSerial } from "../../../src/core/dates";

describe("cell splitter", () => {
  it("splits on tabs, pipes, or runs of spaces", () => {
    expect(splitCells("a)\tDo\t x ")).toEqual({ cells: ["a)", "Do", "x"], layout: "tab" });
    expect(splitCells("| a | b |")).toEqual({ cells: ["a", "b"], layout: "pipe" });
    expect(splitCells("a)  Do this   1.1.1")).toEqual({ cells: ["a)", "Do this", "1.1.1"], layout: "spaces" });
    expect(splitCells(" one cell ")).toEqual({ cells: ["one cell"], layout: "none" });
  });
  it("recognises table rules", () => {
    expect(isRule(["-----", "---", ""])).toBe(true);
    expect(isRule([":---:", "---"])).toBe(true);
    expect(isRule(["- item"])).toBe(false);
  });
});

describe("columns", () => {
  it("names columns by their header text", () => {
    expect(["Specific Actions of ROCB A/P", "Relevant part of RSP 2022- 2024", "KPI", "Target", "Deliverables in the RSP", "No.", "Budget"].map(roleOf)).toEqual(
      ["action", "rsp", "kpi", "target", "deadline", "marker", "other"],
    );
  });
  it.each([
    ["action", ["Action", "Activity", "Activities", "Output", "Strategic action", "Key actions"]],
    ["kpi", ["KPI", "Indicator", "Performance indicator", "Key performance indicators"]],
    ["target", ["Target", "Targets 2026"]],
    ["baseline", ["Baseline", "Baseline (2024)"]],
    ["deadline", ["Deadline", "Due date", "Timeline", "By when", "Timeframe"]],
    ["owner", ["Owner", "Responsible", "Lead", "Responsibility", "Lead unit"]],
    ["rsp", ["RSP reference", "Strategy link", "Objective", "Strategic objective", "Link to strategy"]],
    ["marker", ["No.", "#", "S/N", "Ref"]],
  ])("reads the usual header words for %s", (role, headers) => {
    expect(headers.map(roleOf)).toEqual(headers.map(() => role));
  });
  it("does not take a data row for a header", () => {
    const row = ["g)", "Develop and conduct activities paying due attention to the needs", "3.2.1 – 2 nd milestone", "Number of CB activities", "At least once per year", "30 June 2024"];
    expect(headerRoles(row)).toBeNull();
    expect(headerRoles(["KPI", "Target", "Action"])).toEqual(["kpi", "target", "action"]);
  });
});

describe("line classifier", () => {
  it("tells headings, headers, text and cells apart", () => {
    expect(classifyLine("2. Further develop partnerships")).toEqual({ kind: "pillar", pillar: 2, title: "Further develop partnerships" });
    expect(classifyLine("Pillar 3 – Improve needs analysis")).toMatchObject({ kind: "pillar", pillar: 3 });
    expect(classifyLine("| Pillar 4: Communication |")).toMatchObject({ kind: "pillar", pillar: 4 });
    expect(classifyLine("30 June 2024")).toEqual({ kind: "text", text: "30 June 2024" });
    expect(classifyLine("KPI\tTarget\tAction")).toMatchObject({ kind: "header" });
    expect(classifyLine("\t\t")).toEqual({ kind: "blank" });
    expect(classifyLine("\tCoordinated Border Management (CBM)\t\t\t\t")).toMatchObject({ kind: "cells" });
  });
});

describe("markers", () => {
  it("reads whole-cell and glued markers", () => {
    expect(wholeMarker("a)")).toEqual({ kind: "letters", token: "a" });
    expect(wholeMarker("cc")).toEqual({ kind: "letters", token: "cc" });
    expect(wholeMarker("(b)")).toEqual({ kind: "letters", token: "b" });
    expect(wholeMarker("12.")).toEqual({ kind: "number", value: 12 });
    expect(wholeMarker("1-(dd)")).toEqual({ kind: "ref", pillar: 1, letters: "dd" });
    expect(wholeMarker("of")).toBeNull();
    expect(leadingMarker("aa) Work with RILO A/P")).toEqual({ marker: { kind: "letters", token: "aa" }, rest: "Work with RILO A/P" });
    expect(leadingMarker("e.g. nCEN")).toBeNull();
  });
  it("reads numbered refs such as 1.2 and 2-c, whole or glued", () => {
    expect(wholeMarker("1.2")).toEqual({ kind: "ref", pillar: 1, letters: "b" });
    expect(wholeMarker("2.10.")).toEqual({ kind: "ref", pillar: 2, letters: "j" });
    expect(wholeMarker("3-c")).toEqual({ kind: "ref", pillar: 3, letters: "c" });
    expect(leadingMarker("1.1 Publish release times")).toEqual({ marker: { kind: "ref", pillar: 1, letters: "a" }, rest: "Publish release times" });
    expect(leadingMarker("2-b) Train officers")).toEqual({ marker: { kind: "ref", pillar: 2, letters: "b" }, rest: "Train officers" });
    expect(leadingMarker("(a) Hold a forum")).toEqual({ marker: { kind: "letters", token: "a" }, rest: "Hold a forum" });
  });
});

describe("letters from the sequence", () => {
  it("reads I), 1) and | as l) or i) when the sequence expects them", () => {
    expect(chooseLetters({ kind: "letters", token: "I" }, "k", false)).toEqual({ letters: "l" });
    expect(chooseLetters({ kind: "letters", token: "I" }, "h", false)).toEqual({ letters: "i" });
    expect(chooseLetters({ kind: "number", value: 1 }, "k", false)).toEqual({ letters: "l" });
    expect(chooseLetters({ kind: "letters", token: "|" }, "k", false)).toEqual({ letters: "l" });
  });
  it("restores a lost letter and flags one out of sequence", () => {
    expect(chooseLetters(null, "h", false)).toMatchObject({ letters: "i", note: expect.stringContaining("restored") });
    expect(chooseLetters(null, null, false)).toMatchObject({ letters: "a" });
    expect(chooseLetters({ kind: "letters", token: "d" }, "b", false)).toMatchObject({ letters: "d", note: expect.stringContaining('expects "c"') });
  });
  it("turns numbers into letters, 27 into aa", () => {
    expect(chooseLetters({ kind: "number", value: 1 }, null, true)).toEqual({ letters: "a" });
    expect(chooseLetters({ kind: "number", value: 12 }, "k", true)).toEqual({ letters: "l" });
    expect(chooseLetters({ kind: "number", value: 27 }, "z", true)).toEqual({ letters: "aa" });
    expect(chooseLetters({ kind: "letters", token: "CC" }, "bb", false)).toEqual({ letters: "cc" });
  });
});

describe("multi-part targets and KPIs", () => {
  it("splits numbered parts, glued or spaced", () => {
    expect(splitNumbered("(1) At least 27 Members(2) 6 new contracting parties")).toEqual(["At least 27 Members", "6 new contracting parties"]);
    expect(splitNumbered("(1) 25/33 Members (2) once per year (3) At least 5 Members per year")).toHaveLength(3);
    expect(splitNumbered("At least 5 (per year)")).toBeNull();
    expect(splitNumbered("(2) a (1) b")).toBeNull();
  });
  it("splits run-together targets at each capitalised opener", () => {
    expect(splitTargets("At least once per year At least 5 Members per year At least twice per year")).toEqual([
      "At least once per year",
      "At least 5 Members per year",
      "At least twice per year",
    ]);
    expect(splitTargets("Meet at least 75% of the ROCB requests")).toEqual(["Meet at least 75% of the ROCB requests"]);
    expect(splitTargets("Use of accredited experts for at least one half of the requested missions")).toHaveLength(1);
    expect(splitTargets("")).toEqual([]);
  });
  it("splits a run-together KPI only when it gives as many parts as the target", () => {
    expect(splitKpi("Number of women participations for workshops Women participation for international fora", 2)).toEqual([
      "Number of women participations for workshops",
      "Women participation for international fora",
    ]);
    expect(splitKpi("Number of Members publish evaluation report Number of Members sharing", 3)).toBeNull();
    expect(splitKpi("Number of Members", 1)).toBeNull();
    expect(splitKpi("(1) Number of implementing Members(2) Number of new contracting Members", 2)).toEqual([
      "Number of implementing Members",
      "Number of new contracting Members",
    ]);
  });
});

describe("deadlines", () => {
  it.each([
    ["30 June 2024", "2024-06-30"],
    ["30 Jun 2024", "2024-06-30"],
    ["June 30, 2024", "2024-06-30"],
    ["30th June 2024", "2024-06-30"],
    ["2024-06-30", "2024-06-30"],
    ["30/06/2024", "2024-06-30"],
    ["30.06.2024", "2024-06-30"],
    ["June 2024", "2024-06-30"],
    ["December 2025", "2025-12-31"],
    ["Feb 2024", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(parseDeadline(text)).toBe(isoToSerial(iso));
  });
  it.each(["someday", "31 June 2024", "30 Junk 2024", "13/13/2024", ""])("%j is not a date", (text) => {
    expect(parseDeadline(text)).toBeNull();
  });
});
