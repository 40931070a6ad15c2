import { hasPlan, problemCount } from "../../src/taskpane/planState";
import { makeEvaluation, PROBLEMS } from "./fixtures";

describe("hasPlan", () => {
  it("is false without an evaluation or when the workbook has no Plan table", () => {
    expect(hasPlan(null)).toBe(false);
    const missing = { severity: "error" as const, table: "Plan", row: null, column: null, message: 'The workbook has no table named "Plan".' };
    expect(hasPlan(makeEvaluation({ problems: [missing] }))).toBe(false);
  });

  it("is true for a plan with problems in its rows or other tables, and for an empty Plan table", () => {
    expect(hasPlan(makeEvaluation())).toBe(true);
    expect(hasPlan(makeEvaluation({ kpis: [], problems: [] }))).toBe(true);
  });
});

describe("problemCount", () => {
  it("counts errors when there are any, else warnings", () => {
    expect(problemCount(PROBLEMS)).toEqual({ count: 2, errors: 2, warnings: 1 });
    expect(problemCount(PROBLEMS.filter((p) => p.severity === "warning"))).toEqual({ count: 1, errors: 0, warnings: 1 });
  });
});
