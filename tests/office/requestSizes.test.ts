import { estimateBytes, sliceRows } from "../../src/office/requestChunks";
import { planSlices } from "../../src/office/tableReader";
import { jsonBytes, utf8Length } from "../../src/office/utf8";

describe("sizes as they travel: UTF-8 bytes of the JSON", () => {
  test("a dash or ≥ is three bytes, an emoji four, ASCII one", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("–")).toBe(3);
    expect(utf8Length("≥ 30 of 33")).toBe(12);
    expect(utf8Length("é")).toBe(2);
    expect(utf8Length("😀")).toBe(4);
    expect(jsonBytes([["1.2.1 – 1st"]])).toBe(JSON.stringify([["1.2.1 – 1st"]]).length + 2);
  });

  test("estimateBytes and sliceRows count bytes, not UTF-16 units", () => {
    expect(estimateBytes("–") - estimateBytes("-")).toBe(2);
    const rows = Array.from({ length: 100 }, () => ["≥".repeat(100)]);
    // 100 rows of ~306 bytes: a 3,000-byte budget holds 9 rows (it would hold 27 counted in units).
    const slices = sliceRows(rows, 3_000);
    expect(slices[0]).toEqual([0, 9]);
    expect(slices.at(-1)?.[1]).toBe(100);
  });
});

describe("planSlices", () => {
  test("groups unread rows into syncs under the byte budget and the 5,000,000-cell limit", () => {
    const syncs = planSlices(
      [
        { rowCount: 1_000, columnCount: 10, readRows: 100, bytesPerRow: 1_000 },
        { rowCount: 200_000, columnCount: 30, readRows: 0, bytesPerRow: 10 },
      ],
      400_000
    );
    for (const slices of syncs) {
      const bytes = slices.reduce((sum, s) => sum + s.rows * (s.table === 0 ? 1_000 : 10), 0);
      const cells = slices.reduce((sum, s) => sum + s.rows * (s.table === 0 ? 10 : 30), 0);
      expect(bytes).toBeLessThanOrEqual(400_000);
      expect(cells).toBeLessThanOrEqual(5_000_000);
    }
    const covered = (table: number) => syncs.flat().filter((s) => s.table === table).reduce((sum, s) => sum + s.rows, 0);
    expect(covered(0)).toBe(900);
    expect(covered(1)).toBe(200_000);
    expect(syncs.length).toBe(Math.ceil((900 * 1_000 + 200_000 * 10) / 400_000));
  });
});
