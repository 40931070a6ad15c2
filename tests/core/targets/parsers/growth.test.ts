import { parseTarget } from "../../../../src/core/targets";

describe("growth targets", () => {
  test('"annual growth" is a rate: it keeps perMonths 12 (the engine does not pro-rate growth)', () => {
    expect(parseTarget("At least 20% annual growth of female Head of delegation")).toStrictEqual({
      parts: [{ kind: "growth", comparator: ">=", value: 0.2, unit: "female Head of delegation", perMonths: 12 }],
    });
  });

  test.each([
    ["10% increase in participants per year", { value: 0.1, unit: "participants", perMonths: 12 }],
    ["15% growth", { value: 0.15 }],
    ["5% quarterly growth", { value: 0.05, perMonths: 3 }],
    ["150% growth", { value: 1.5 }],
    ["20 percent yearly increase of women participants", { value: 0.2, unit: "women participants", perMonths: 12 }],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [{ kind: "growth", comparator: ">=", ...expected }] });
  });

  test("two different periods are an error", () => {
    expect(parseTarget("20% annual growth quarterly")).toStrictEqual({
      error: expect.stringContaining("write one period"),
    });
  });
});
