import { NO_FILTER, distinctValues, filterKpis } from "../../src/taskpane/planFilter";
import { KPIS, kpi } from "./fixtures";

describe("filterKpis", () => {
  it("keeps everything with no filter", () => {
    expect(filterKpis(KPIS, NO_FILTER)).toHaveLength(KPIS.length);
  });

  it("combines pillar, status, owner and objective", () => {
    const rows = (filter: Partial<typeof NO_FILTER>) => filterKpis(KPIS, { ...NO_FILTER, ...filter }).map((k) => k.row);
    expect(rows({ pillar: "2" })).toEqual([3, 4]);
    expect(rows({ status: "Off track" })).toEqual([3, 7]);
    expect(rows({ owner: "Head", pillar: "1" })).toEqual([1, 2]);
    expect(rows({ objective: "1.1.3" })).toEqual([0, 7]);
    expect(rows({ objective: "1.1.3", status: "On track" })).toEqual([0]);
  });

  it("matches owners regardless of surrounding spaces", () => {
    const items = [kpi({ row: 0, ref: "1-a", status: "On track", owner: " Head " })];
    expect(filterKpis(items, { ...NO_FILTER, owner: "Head" })).toHaveLength(1);
  });
});

describe("distinctValues", () => {
  it("drops blanks and duplicates and sorts numerically", () => {
    expect(distinctValues(["1.1.10", "1.1.9", "", " 1.1.9 ", "2.1.1"])).toEqual(["1.1.9", "1.1.10", "2.1.1"]);
  });
});
