import { isoToSerial } from "../../../src/core/dates";
import { parsePlanText } from "../../../src/core/importer";
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import { ANNEX_II_TABLE, normalizeSpace } from "../../fixtures/import/seedSections";

describe("parsePlanText on Annex II of the seed", () => {
  const result = parsePlanText(ANNEX_II_TABLE);

  it("imports the same rows as the bundled plan", () => {
    const comparable = (rows: typeof BUNDLED_PLAN.plan) =>
      rows.map((row) => ({
        ref: row.ref,
        part: row.part,
        pillar: row.pillar,
        action: normalizeSpace(row.action),
        rspReference: row.rspReference,
        kpi: row.kpi,
        target: row.target,
        deadline: row.deadline,
        measure: row.measure,
        weight: row.weight,
      }));
    expect(comparable(result.rows)).toEqual(comparable(BUNDLED_PLAN.plan));
  });

  it("reads the plan's name, period and pillar titles from its title and headings", () => {
    expect(result.plan.name?.value).toBe("ROCB A/P Strategic Action Plan 2022-2024");
    expect([result.plan.start?.value, result.plan.end?.value]).toEqual([isoToSerial("2022-07-01"), isoToSerial("2024-06-30")]);
    expect(Object.keys(result.pillars)).toEqual(["1", "2", "3", "4"]);
    expect(result.userColumns).toEqual([]);
  });

  it("places every line: headers, headings and page-split halves are all recognised", () => {
    expect(result.unplaced).toEqual([]);
  });

  it("notes what it repaired", () => {
    expect(result.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ref: "1-i", note: expect.stringContaining("restored") }),
        expect.objectContaining({ ref: "1-ff", note: expect.stringContaining("whole KPI") }),
      ]),
    );
  });

  it("survives Windows line ends, form feeds and a header before every row", () => {
    const header = "\tSpecific Actions of ROCB A/P\tRelevant part of RSP 2022- 2024\tKPI\tTarget\tDeliverables in the RSP";
    const noisy = ANNEX_II_TABLE.split("\n")
      .map((line) => (/^[a-z]{1,2}\)/.test(line) ? `\f${header}\r\n${line}` : line))
      .join("\r\n");
    const again = parsePlanText(noisy);
    expect(again.rows.map((row) => `${row.ref}#${row.part}:${row.target}`)).toEqual(
      result.rows.map((row) => `${row.ref}#${row.part}:${row.target}`),
    );
    expect(again.unplaced).toEqual([]);
  });
});
