import { readKpiRecords } from "../../src/workbook/kpiRecords";
import { membersCoverage } from "../../src/workbook/membersCoverage";
import { smallPlanGateway, SMALL_PLAN } from "./recordFixtures";
import { d } from "./fixtures";

describe("readKpiRecords", () => {
  it("lists a KPI's updates newest first with evidence and by, and who is still missing by sub-region", async () => {
    const records = await readKpiRecords(await smallPlanGateway(), "1-b", 1);
    expect(records.updates.map((u) => u.member)).toEqual(["FJ", "Mongolia", "ID"]);
    expect(records.updates[2]).toMatchObject({ evidence: "Letter", by: "CBM" });
    expect(records.coverage).toMatchObject({ source: "updates", counted: 2, total: 4, unknown: [] });
    // Fiji's update is dated after As of (2023-07-01), so Fiji is not counted yet.
    expect(records.coverage?.subregions.map((g) => [g.subregion, g.counted.map((m) => m.code), g.missing.map((m) => m.code)])).toEqual([
      ["ECWA", ["MN"], []],
      ["PI", [], ["FJ"]],
      ["SEA", ["ID"], ["TH"]],
    ]);
  });

  it("lists the activities serving a Ref newest first, and counts Members of held ones only", async () => {
    const records = await readKpiRecords(await smallPlanGateway(), "1-c", 1);
    expect(records.activities.map((a) => [a.id, a.held])).toEqual([["AWP-002", false], ["AWP-001", true]]);
    expect(records.coverage?.source).toBe("activities");
    expect(records.coverage?.counted).toBe(2);
  });

  it("has no coverage for a KPI that does not count Members", async () => {
    const records = await readKpiRecords(await smallPlanGateway(), "1-a", 1);
    expect(records.coverage).toBeNull();
    expect(records.history).toEqual([]);
  });
});

describe("membersCoverage", () => {
  it("keeps Members named in the data but missing from the Members table apart", () => {
    const coverage = membersCoverage(
      { ref: "1-b", part: 1, measure: "updates:members" },
      {
        members: SMALL_PLAN.members,
        updates: [{ ref: "1-b", part: 1, date: d("2023-01-01"), member: "Atlantis" }, { ref: "1-b", part: 2, date: d("2023-01-01"), member: "ID" }],
        activities: [],
        asOf: d("2023-07-01"),
      }
    );
    expect(coverage).toMatchObject({ counted: 0, total: 4, unknown: ["Atlantis"] });
  });
});
