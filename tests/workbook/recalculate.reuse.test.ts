import { computedColumnWrites } from "../../src/workbook/recalculate";
import { evaluateWorkbook, inspectionBehind } from "../../src/workbook/evaluate";
import { inspectWorkbook } from "../../src/workbook/validate";
import { HALFWAY, sampleTables, snapshotOf } from "./fixtures";

describe("computedColumnWrites after evaluateWorkbook", () => {
  it("reuses the inspection of the same snapshot and writes what a fresh inspection gives", () => {
    const snapshot = snapshotOf(sampleTables());
    const evaluation = evaluateWorkbook(snapshot, { asOf: HALFWAY });
    expect(inspectionBehind(evaluation, snapshot)).not.toBeNull();
    expect(computedColumnWrites(snapshot, evaluation)).toEqual(computedColumnWrites(snapshot, evaluation, inspectWorkbook(snapshot)));
  });

  it("inspects a different snapshot afresh", () => {
    const snapshot = snapshotOf(sampleTables());
    const other = snapshotOf(sampleTables());
    const evaluation = evaluateWorkbook(snapshot, { asOf: HALFWAY });
    expect(inspectionBehind(evaluation, other)).toBeNull();
    expect(computedColumnWrites(other, evaluation)).toEqual(computedColumnWrites(other, evaluation, inspectWorkbook(other)));
  });
});
