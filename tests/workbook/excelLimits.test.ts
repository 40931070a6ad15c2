import fc from "fast-check";
import {
  MAX_CELL_CHARS,
  MAX_ROW_HEIGHT_POINTS,
  MAX_SHEET_ROWS,
  cutMarker,
  fitTableSpecs,
  fitTextWithMarker,
  fitWriteBatch,
} from "../../src/workbook/excelLimits";
import { WorkbookError, type SheetSpec, type WriteBatch } from "../../src/workbook/gateway";

const LONG = "x".repeat(50_000);

describe("fitTextWithMarker", () => {
  it("cuts a 50,000-character text to exactly Excel's limit, saying how much was cut", () => {
    const fitted = fitTextWithMarker(LONG);
    expect(fitted).toHaveLength(MAX_CELL_CHARS);
    const kept = fitted.indexOf("…");
    expect(fitted.slice(kept)).toBe(cutMarker(50_000 - kept));
    expect(fitted.slice(kept)).toMatch(/^… \[cut: 17,\d{3} more characters\]$/);
  });

  it("leaves a text that fits alone", () => {
    const fits = "y".repeat(MAX_CELL_CHARS);
    expect(fitTextWithMarker(fits)).toBe(fits);
  });

  it("never splits an emoji, and always fits, for any length and limit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 400 }), fc.integer({ min: 0, max: 800 }), fc.boolean(), (limit, length, emoji) => {
        const text = (emoji ? "😀" : "ab").repeat(length);
        const fitted = fitTextWithMarker(text, limit);
        expect(fitted.length).toBeLessThanOrEqual(limit);
        if (text.length <= limit) expect(fitted).toBe(text);
        else {
          const kept = fitted.slice(0, fitted.lastIndexOf("…"));
          expect(text.startsWith(kept)).toBe(true);
          expect(/[\uD800-\uDBFF]$/.test(kept)).toBe(false);
          expect(fitted.endsWith(cutMarker(text.length - kept.length))).toBe(true);
        }
      }),
      { seed: 10, numRuns: 300 },
    );
  });
});

describe("fitWriteBatch", () => {
  const sheet = (over: Partial<SheetSpec> = {}): SheetSpec => ({
    name: "Status 2023-07-01",
    cells: [["Comment", LONG], [LONG]],
    rowHeights: [28_000, null, 15],
    ...over,
  });

  it("fits every text of every kind of write, and every row height, leaving the batch passed in unchanged", () => {
    const batch: WriteBatch = {
      columns: [{ table: "Plan", column: "Status", values: [LONG, "On track", 3, null] }],
      cells: [{ table: "Settings", column: "Value", row: 2, value: LONG }],
      appends: [{ table: "History", rows: [{ Ref: "1-a", Comment: LONG }] }],
      sheets: [sheet()],
    };
    const before = JSON.stringify(batch);
    const fitted = fitWriteBatch(batch);
    expect(JSON.stringify(batch)).toBe(before);

    const texts: unknown[] = [
      ...fitted.columns![0].values,
      fitted.cells![0].value,
      ...Object.values(fitted.appends![0].rows[0]),
      ...fitted.sheets![0].cells.flat(),
    ];
    for (const text of texts) if (typeof text === "string") expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(fitted.columns![0].values.slice(1)).toEqual(["On track", 3, null]);
    expect(fitted.cells![0].value).toMatch(/… \[cut: 17,\d{3} more characters\]$/);
    expect(fitted.sheets![0].rowHeights).toEqual([MAX_ROW_HEIGHT_POINTS, null, 15]);
    expect(fitted.sheets![0].cells[0][0]).toBe("Comment");
  });

  it.each([
    ["Status: 2023/07/01", /cannot contain/],
    ["A status sheet with a very long name", /at most 31 characters/],
    ["History", /reserves/],
    ["  ", /blank/],
  ])("refuses the sheet name %j in plain words, writing nothing", (name, reason) => {
    expect(() => fitWriteBatch({ sheets: [sheet({ name })] })).toThrow(WorkbookError);
    expect(() => fitWriteBatch({ sheets: [sheet({ name })] })).toThrow(reason);
  });

  it("refuses more rows than a sheet holds", () => {
    const rows = new Array(MAX_SHEET_ROWS + 1).fill(["x"]);
    expect(() => fitWriteBatch({ sheets: [sheet({ cells: rows, rowHeights: [] })] })).toThrow(/1,048,576/);
    const values = new Array(MAX_SHEET_ROWS).fill(1);
    expect(() => fitWriteBatch({ columns: [{ table: "Plan", column: "Status", values }] })).toThrow(WorkbookError);
    expect(() => fitWriteBatch({ cells: [{ table: "Plan", column: "Status", row: MAX_SHEET_ROWS, value: 1 }] })).toThrow(WorkbookError);
  });

  it("fitTableSpecs fits Set up's tables the same way", () => {
    const [spec] = fitTableSpecs([{ name: "Plan", sheet: "Plan", headers: ["Ref", "Comment"], rows: [["1-a", LONG]] }]);
    expect((spec.rows[0][1] as string).length).toBe(MAX_CELL_CHARS);
    expect(() => fitTableSpecs([{ name: "Plan", sheet: "Plan?", headers: ["Ref"], rows: [] }])).toThrow(WorkbookError);
  });
});
