import { parseTarget, targetPartFor } from "../../../src/core/targets";

describe("targetPartFor", () => {
  const threeParts = parseTarget(" (1) 25/33 Members (2) once per year (3) At least 5 Members per year ");

  test("a multi-part target gives its part-th part", () => {
    expect(targetPartFor(threeParts, 1)).toStrictEqual({ kind: "count", comparator: ">=", value: 25, of: 33, unit: "Members" });
    expect(targetPartFor(threeParts, 2)).toStrictEqual({ kind: "count", comparator: ">=", value: 1, perMonths: 12 });
    expect(targetPartFor(threeParts, 3)).toStrictEqual({
      kind: "count",
      comparator: ">=",
      value: 5,
      unit: "Members",
      perMonths: 12,
    });
  });

  test.each([0, 4, 1.5, Number.NaN])("a multi-part target has no Part %p", (part) => {
    expect(targetPartFor(threeParts, part)).toStrictEqual({
      error: `This target has 3 parts: Part must be a whole number from 1 to 3, not ${String(part)}`,
    });
  });

  test("a one-part target serves any Part", () => {
    const one = parseTarget("At least 28 MRA");
    for (const part of [1, 2, 7, Number.NaN]) {
      expect(targetPartFor(one, part)).toStrictEqual({ kind: "count", comparator: ">=", value: 28, unit: "MRA" });
    }
  });

  test("a failed parse passes its failure through", () => {
    const failed = parseTarget("TBD");
    expect(targetPartFor(failed, 1)).toBe(failed);
  });
});
