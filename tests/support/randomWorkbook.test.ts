import { BUNDLED_PLAN } from "../../src/workbook/bundled";
import { bundleToTableSpecs } from "../../src/workbook/setup";
import { randomWorkbook, type CellDescription } from "./randomWorkbook";

const SEEDS = Array.from({ length: 30 }, (_, i) => 1000 + i * 7919);

function everyCell(seed: number): CellDescription[] {
  const description = randomWorkbook(seed);
  return [...description.tables.flatMap((t) => t.rows.flat()), ...description.sheets.flatMap((s) => s.cells.map((c) => c.cell))];
}

describe("randomWorkbook", () => {
  it("gives the same workbook for the same seed, and another for another seed", () => {
    expect(randomWorkbook(42)).toEqual(randomWorkbook(42));
    expect(JSON.stringify(randomWorkbook(42))).not.toBe(JSON.stringify(randomWorkbook(43)));
  });

  it("holds every kind of value, style and shape over a run's workbooks", () => {
    const cells = SEEDS.flatMap(everyCell);
    const has = (test: (cell: CellDescription) => boolean) => cells.some(test);
    expect(has((c) => c.value === null)).toBe(true);
    expect(has((c) => typeof c.value === "number" && c.numberFormat === "yyyy-mm-dd")).toBe(true);
    expect(has((c) => typeof c.value === "boolean" && c.formula === undefined)).toBe(true);
    expect(has((c) => c.formula !== undefined && String(c.value).startsWith("#"))).toBe(true);
    expect(has((c) => c.formula === "=TODAY()")).toBe(true);
    expect(has((c) => c.richText !== undefined)).toBe(true);
    for (const start of ["=", "+", "-", "@"]) expect(has((c) => c.formula === undefined && String(c.value).startsWith(start))).toBe(true);
    expect(has((c) => typeof c.value === "string" && c.value.length >= 10_000)).toBe(true);
    expect(has((c) => typeof c.value === "string" && /[^\u0000-\u007f]/.test(c.value))).toBe(true);
    expect(has((c) => c.fill !== undefined)).toBe(true);
    expect(has((c) => c.comment !== undefined)).toBe(true);

    const workbooks = SEEDS.map(randomWorkbook);
    const bundled = new Map(bundleToTableSpecs(BUNDLED_PLAN).map((spec) => [spec.name, spec.headers]));
    const tables = workbooks.flatMap((w) => w.tables);
    // A user's own column between two of the tool's, and columns out of their Set up order.
    expect(tables.some((t) => t.userColumns.some((h) => t.headers.indexOf(h) > 0 && t.headers.indexOf(h) < t.headers.length - 1))).toBe(true);
    expect(tables.some((t) => t.headers.filter((h) => !t.userColumns.includes(h)).join() !== bundled.get(t.name)!.join())).toBe(true);
    expect(workbooks.every((w) => w.sheets.some((s) => s.name === "My notes" && s.cells.some((c) => c.cell.formula !== undefined)))).toBe(true);
  });
});
