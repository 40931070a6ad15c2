import { headlineStatus } from "../../src/workbook/headlineStatus";
import { rollup } from "../../src/core/rollup";
import type { Status } from "../../src/core/types";

const of = (...statuses: Status[]) => headlineStatus(rollup(statuses.map((status) => ({ status, progress: 0.5, weight: 1 }))));

describe("headlineStatus", () => {
  it("is the most pressing verdict among the KPIs", () => {
    expect(of("On track", "Missed", "Off track")).toBe("Missed");
    expect(of("On track", "Off track", "At risk")).toBe("Off track");
    expect(of("Achieved", "At risk", "No data")).toBe("At risk");
    expect(of("Achieved", "On track")).toBe("On track");
    expect(of("Achieved", "Achieved", "Invalid")).toBe("Achieved");
  });

  it("falls back to Not started, No data, Invalid only without any verdict, and null without KPIs", () => {
    expect(of("Not started", "No data")).toBe("Not started");
    expect(of("No data", "Invalid")).toBe("No data");
    expect(of("Invalid")).toBe("Invalid");
    expect(of()).toBeNull();
  });
});
