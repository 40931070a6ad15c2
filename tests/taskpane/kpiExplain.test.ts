import { describeTarget, refsWithParts, statusReason } from "../../src/taskpane/kpiExplain";
import { isoToSerial } from "../../src/core/dates";
import { kpi, makeEvaluation } from "./fixtures";

const d = (iso: string) => isoToSerial(iso) as number;
const settings = { ...makeEvaluation().settings, planStart: d("2022-07-01"), planEnd: d("2024-06-30") };

describe("describeTarget", () => {
  it("spells out a rate as a plan total", () => {
    const twice = kpi({ row: 0, ref: "3-a", status: "Off track", target: "At least twice per year", deadline: d("2024-06-30"), targetValue: 4 });
    expect(describeTarget(twice, settings)).toBe("4 in total by 30 Jun 2024: twice per year × 2 years");
  });

  it("reads a Member count and a share", () => {
    const members = kpi({ row: 0, ref: "1-b", status: "Off track", target: "At least 27/33 Members", deadline: d("2024-06-30") });
    expect(describeTarget(members, settings)).toBe("at least 27 of 33 Members by 30 Jun 2024");
    const share = kpi({ row: 0, ref: "2-c", status: "On track", target: "Meet at least 75% of the ROCB requests" });
    expect(describeTarget(share, settings)).toMatch(/^at least 75% of .*requests \(a share: not pro-rated over time\)$/);
  });

  it("is null for a target it cannot read", () => {
    expect(describeTarget(kpi({ row: 0, ref: "1-a", status: "Invalid", target: "lots" }), settings)).toBeNull();
  });
});

describe("statusReason", () => {
  it("gives the numbers behind a pace status", () => {
    const offTrack = kpi({ row: 0, ref: "1-a", status: "Off track", target: "At least 28 MRA", actual: 5, expected: 14, deadline: d("2024-06-30") });
    expect(statusReason(offTrack, settings, d("2023-07-01"))).toBe("Off track: 5 against 14 expected, 50% of the plan elapsed.");
  });

  it("says where the actual will come from when there is none", () => {
    const none = kpi({ row: 0, ref: "1-a", status: "No data", actual: null, measure: "updates:members" });
    expect(statusReason(none, settings, d("2023-07-01"))).toBe("No data: no actual yet; it comes from the distinct Members logged in Updates.");
  });
});

describe("refsWithParts", () => {
  it("lists only the Refs with several rows", () => {
    expect([...refsWithParts(makeEvaluation().kpis)]).toEqual(["1-b"]);
  });
});
