/**
 * The workbook the test page starts from: the bundled plan laid out as Set up would create it,
 * with a fixed as-of date and a few actuals filled in so the Overview is not all "No data".
 * Query string: ?empty=1 → no tables at all (for the Set up flow); ?brokenRef=1 → the first
 * WorkPlan row's Refs name an action the plan does not have (for the Problems flow).
 */
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import { bundleToTableSpecs } from "../../../src/workbook/setup";
import { isoToSerial } from "../../../src/core/dates";
import type { CellValue, TableSpec } from "../../../src/workbook/gateway";
import type { FakeTableInit } from "../../support/fakeExcel";

export const AS_OF = "2023-07-01";
export const BROKEN_REF = "1-zz";

/** Plan rows (Ref, Part) given an Actual, so several statuses show on the Overview. */
const SAMPLE_ACTUALS: ReadonlyArray<{ ref: string; part: number; actual: number }> = [
  { ref: "1-a", part: 1, actual: 20 },
  { ref: "1-b", part: 1, actual: 2 },
  { ref: "2-a", part: 1, actual: 3 },
  { ref: "3-a", part: 1, actual: 1 },
  { ref: "4-a", part: 1, actual: 5 },
];

export interface Scenario {
  empty: boolean;
  brokenRef: boolean;
}

export function scenarioFromQuery(search: string): Scenario {
  const query = new URLSearchParams(search);
  return { empty: query.get("empty") === "1", brokenRef: query.get("brokenRef") === "1" };
}

function setCell(spec: TableSpec, row: number, header: string, value: CellValue): void {
  const col = spec.headers.indexOf(header);
  if (col < 0) throw new Error(`test page: table ${spec.name} has no column ${header}`);
  spec.rows[row][col] = value;
}

function findRow(spec: TableSpec, match: Record<string, CellValue>): number {
  return spec.rows.findIndex((row) =>
    Object.entries(match).every(([header, value]) => row[spec.headers.indexOf(header)] === value)
  );
}

function specNamed(specs: TableSpec[], name: string): TableSpec {
  const spec = specs.find((s) => s.name === name);
  if (!spec) throw new Error(`test page: bundleToTableSpecs gave no ${name} table`);
  return spec;
}

function applyScenario(specs: TableSpec[], scenario: Scenario): void {
  const settings = specNamed(specs, "Settings");
  const asOfRow = findRow(settings, { Key: "As of" });
  if (asOfRow < 0) throw new Error('test page: Settings has no "As of" row');
  setCell(settings, asOfRow, "Value", isoToSerial(AS_OF));

  const plan = specNamed(specs, "Plan");
  for (const sample of SAMPLE_ACTUALS) {
    const row = findRow(plan, { Ref: sample.ref, Part: sample.part });
    if (row >= 0) setCell(plan, row, "Actual", sample.actual);
  }

  if (scenario.brokenRef) setCell(specNamed(specs, "WorkPlan"), 0, "Refs", BROKEN_REF);
}

/** The fake's seed tables for a scenario (none for ?empty=1). */
export function seedTables(scenario: Scenario): FakeTableInit[] {
  if (scenario.empty) return [];
  const specs = bundleToTableSpecs(BUNDLED_PLAN).map((spec) => ({ ...spec, rows: spec.rows.map((r) => [...r]) }));
  applyScenario(specs, scenario);
  return specs.map((spec) => ({
    name: spec.name,
    sheet: spec.sheet,
    headers: spec.headers,
    rows: spec.rows,
    numberFormats: spec.numberFormats,
  }));
}
