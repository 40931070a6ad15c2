import { kpisNeedingAttention } from "../../src/taskpane/attention";
import { KPIS, kpi } from "./fixtures";

describe("kpisNeedingAttention", () => {
  it("puts Off track, then Missed, then At risk, then stale KPIs, plan order within each", () => {
    expect(kpisNeedingAttention(KPIS).map((item) => item.row)).toEqual([3, 7, 5, 1, 4, 6]);
  });

  it("leaves out fresh KPIs that are on track, achieved or without data", () => {
    const calm = [
      kpi({ row: 0, ref: "1-a", status: "On track" }),
      kpi({ row: 1, ref: "1-b", status: "Achieved" }),
      kpi({ row: 2, ref: "1-c", status: "No data" }),
    ];
    expect(kpisNeedingAttention(calm)).toEqual([]);
  });

  it("lists a stale Off track KPI once, among the Off track ones", () => {
    const items = [kpi({ row: 0, ref: "1-a", status: "On track", stale: true }), kpi({ row: 1, ref: "1-b", status: "Off track", stale: true })];
    expect(kpisNeedingAttention(items).map((item) => item.row)).toEqual([1, 0]);
  });
});
