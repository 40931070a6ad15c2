import { isoToSerial } from "../../../src/core/dates";
import { parseRspReference, milestoneKey } from "../../../src/core/rsp";
import { isFailure } from "../../../src/core/types";
import { BUNDLED_PLAN } from "../../../src/workbook/bundled";
import { SAP_2022_ACTIONS } from "../../../src/workbook/bundled/sap2022";
import { ANNEX_II, ANNEX_II_TABLE, normalizeSpace } from "../../fixtures/import/seedSections";

const tableLines = ANNEX_II_TABLE.split("\n");
// Every action row of Annex II ends with its "Deliverables" date; wrapped and split rows do not.
const ACTION_ROW_LINE = /\t30 June? 2024\s*$/;

function pillarOfLines(): number[] {
  let pillar = 0;
  return tableLines.map((line) => {
    const heading = /^(\d)\. \S/.exec(line);
    if (heading) pillar = Number(heading[1]);
    return pillar;
  });
}

describe("bundled Strategic Action Plan 2022-2024", () => {
  const plan = BUNDLED_PLAN.plan;
  const refs = [...new Set(plan.map((row) => row.ref))];

  it("has one action per action row of Annex II, per pillar", () => {
    const pillars = pillarOfLines();
    const seedCounts = new Map<number, number>();
    tableLines.forEach((line, index) => {
      if (ACTION_ROW_LINE.test(line)) seedCounts.set(pillars[index], (seedCounts.get(pillars[index]) ?? 0) + 1);
    });
    const bundledCounts = new Map<number, number>();
    for (const ref of refs) {
      const pillar = Number(ref.split("-")[0]);
      bundledCounts.set(pillar, (bundledCounts.get(pillar) ?? 0) + 1);
    }
    expect(bundledCounts).toEqual(seedCounts);
    expect(refs).toHaveLength(54);
    expect(Object.fromEntries(bundledCounts)).toEqual({ 1: 37, 2: 2, 3: 12, 4: 3 });
  });

  it("letters each pillar a, b, c … z, aa, bb … without gaps, rows in plan order", () => {
    for (const pillar of [1, 2, 3, 4]) {
      const letters = refs.filter((ref) => ref.startsWith(`${pillar}-`)).map((ref) => ref.split("-")[1]);
      const expected = letters.map((_, index) => String.fromCharCode(97 + (index % 26)).repeat(Math.floor(index / 26) + 1));
      expect(letters).toEqual(expected);
    }
  });

  it("copies action, RSP reference, KPI and every target part from the action's own row of the seed", () => {
    for (const action of SAP_2022_ACTIONS) {
      const actionCell = (line: string) => line.replace(/^[A-Za-z]{0,2}\)?\s*/, "").split("\t")[0].trim();
      const rowLines = tableLines.filter(
        (line) => ACTION_ROW_LINE.test(line) && actionCell(line).length > 20 && action.action.startsWith(actionCell(line)),
      );
      expect({ ref: action.ref, found: rowLines.length }).toEqual({ ref: action.ref, found: 1 });
      const cells = rowLines[0].split("\t").map((cell) => cell.trim());
      expect(cells).toContain(action.rspReference);
      expect(cells).toContain(action.kpi);
      const targetCell = normalizeSpace(cells[cells.length - 2]);
      for (const target of action.targets) expect(targetCell).toContain(target);
      for (const kpi of action.kpiParts ?? []) expect(action.kpi).toContain(kpi);
      expect(normalizeSpace(ANNEX_II_TABLE)).toContain(action.action.slice(0, 60));
    }
  });

  it("joins the rows the page breaks split", () => {
    const action = (ref: string) => SAP_2022_ACTIONS.find((candidate) => candidate.ref === ref)?.action;
    expect(action("1-s")).toBe(
      "Upon request, assist Member's effort in promoting cooperation and coordination for Coordinated Border Management (CBM)",
    );
    expect(action("1-dd")).toMatch(/in order to tackle with terrorists' threats$/);
    expect(action("1-l")).toMatch(/self-certification for Rules of Origin/);
    expect(action("3-l")).toMatch(/^Further strengthen cooperation among the Regional Entities/);
  });

  it("makes one row per part of the multi-part KPIs, each with its own target", () => {
    const parts = (ref: string) => plan.filter((row) => row.ref === ref);
    expect(parts("1-i").map((row) => [row.part, row.kpi, row.target])).toEqual([
      [1, "Number of implementing Members", "At least 27 Members"],
      [2, "Number of new contracting Members", "6 new contracting parties"],
    ]);
    expect(parts("1-ff").map((row) => row.target)).toEqual(["25/33 Members", "once per year", "At least 5 Members per year"]);
    expect(new Set(parts("1-ff").map((row) => row.kpi)).size).toBe(1);
    expect(parts("3-e")).toHaveLength(2);
    expect(parts("3-k").map((row) => row.kpi)).toEqual([
      "Number of expert exchanges",
      "Number of Members sharing their experiences",
      "Workshops conducted",
    ]);
    const multiPart = refs.filter((ref) => parts(ref).length > 1);
    expect(multiPart).toEqual(["1-i", "1-ff", "3-e", "3-k"]);
    expect(plan).toHaveLength(54 + 1 + 2 + 1 + 2);
  });

  it("keeps RSP references exactly as written", () => {
    expect(plan[0].rspReference).toBe("1.1.1 – 1 st milestone");
    for (const row of plan) expect(ANNEX_II_TABLE).toContain(row.rspReference);
  });

  it("sets the Deliverables date as deadline and the documented defaults", () => {
    for (const row of plan) {
      expect(row).toMatchObject({
        deadline: isoToSerial("2024-06-30"),
        baseline: null,
        actual: null,
        measure: "manual",
        weight: 1,
        owner: "",
        comment: "",
      });
      expect(row.pillar).toBe(Number(row.ref.split("-")[0]));
    }
  });

  it("has no duplicate Ref/Part", () => {
    const keys = plan.map((row) => `${row.ref}#${row.part}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("bundled RSP milestones", () => {
  const keyOf = (objective: string, milestone: number) => `${objective}-M${milestone}`;

  it("are exactly the milestones the plan's RSP references name", () => {
    const referred = new Set<string>();
    for (const row of BUNDLED_PLAN.plan) {
      const parsed = parseRspReference(row.rspReference);
      if (isFailure(parsed)) throw new Error(`${row.ref}: ${parsed.error}`);
      for (const key of parsed.keys) referred.add(key);
    }
    const bundled = BUNDLED_PLAN.rsp.map((record) => milestoneKey(record.objective, record.milestone));
    expect(new Set(bundled).size).toBe(bundled.length);
    expect([...bundled].sort()).toEqual([...referred].sort());
    expect(bundled).toHaveLength(62);
  });

  it("expands ranges and lists", () => {
    const keys = BUNDLED_PLAN.rsp.map((record) => keyOf(record.objective, record.milestone));
    expect(keys).toEqual(expect.arrayContaining(["1.2.1-M1", "1.2.1-M3", "1.2.1-M4", "3.3.1-M1", "3.3.1-M2", "3.3.1-M3"]));
    expect(keys).not.toContain("1.2.1-M5");
  });

  it("describes each milestone by the first action that refers to it", () => {
    const m = (objective: string, milestone: number) =>
      BUNDLED_PLAN.rsp.find((record) => record.objective === objective && record.milestone === milestone);
    expect(m("1.1.1", 1)?.description).toBe(BUNDLED_PLAN.plan[0].action);
    expect(m("2.2.2", 1)?.description).toMatch(/^Work with Vice Chair, RILO A\/P and Members to promote the application/);
    for (const record of BUNDLED_PLAN.rsp) {
      const referring = BUNDLED_PLAN.plan.find((row) => row.rspReference.startsWith(record.objective));
      expect(referring).toBeDefined();
      expect(BUNDLED_PLAN.plan.some((row) => row.action === record.description)).toBe(true);
    }
  });
});

describe("bundled settings", () => {
  const value = (key: string) => BUNDLED_PLAN.settings.find((setting) => setting.key === key)?.value;

  it("hold the DESIGN §2 defaults", () => {
    expect(value("Plan name")).toBe("ROCB A/P Strategic Action Plan 2022-2024");
    expect(value("Plan start")).toBe(isoToSerial("2022-07-01"));
    expect(value("Plan end")).toBe(isoToSerial("2024-06-30"));
    expect(value("As of")).toBeNull();
    expect(value("Fiscal year starts")).toBe(7);
    expect(value("On track at")).toBe(1);
    expect(value("At risk at")).toBe(0.8);
    expect(value("Stale after days")).toBe(90);
    expect(BUNDLED_PLAN.updates).toEqual([]);
  });

  it("take the pillar titles from the list in Annex II section 3", () => {
    for (const pillar of [1, 2, 3, 4]) {
      expect(ANNEX_II).toContain(`- (${pillar}) ${value(`Pillar ${pillar}`)}\n`);
    }
  });
});
