import { countOf, formatDate, formatDuration, formatPercent } from "../../src/taskpane/format";

describe("task pane formats", () => {
  it("formats Excel serial dates as day, short month, year", () => {
    expect(formatDate(45473)).toBe("30 Jun 2024");
    expect(formatDate(44743)).toBe("1 Jul 2022");
    expect(formatDate(45473.75)).toBe("30 Jun 2024");
  });

  it("formats progress as a whole percentage, and no data in words", () => {
    expect(formatPercent(0.456)).toBe("46%");
    expect(formatPercent(1.25)).toBe("125%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(null)).toBe("no data");
    expect(formatPercent(Number.NaN)).toBe("no data");
  });

  it("formats durations in ms, tenths of seconds, or minutes", () => {
    expect(formatDuration(40)).toBe("40 ms");
    expect(formatDuration(420)).toBe("0.4 s");
    expect(formatDuration(12_345)).toBe("12.3 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
  });

  it("counts in the singular and the plural", () => {
    expect(countOf(1, "KPI")).toBe("1 KPI");
    expect(countOf(57, "KPI")).toBe("57 KPIs");
    expect(countOf(0, "row")).toBe("0 rows");
  });
});
