import { parseTarget } from "../../../../src/core/targets";

describe("average targets", () => {
  test.each([
    ["At least average of 4 out of 5", { value: 4, of: 5 }],
    ["An average of 4 out of 5", { value: 4, of: 5 }],
    ["average score of 4.2/5", { value: 4.2, of: 5 }],
    ["An average rating of at least 4.5 out of 5", { value: 4.5, of: 5 }],
    ["mean of 3", { value: 3 }],
    ["average of 80 points", { value: 80, unit: "points" }],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [{ kind: "average", comparator: ">=", ...expected }] });
  });

  test("an average above its scale is an error", () => {
    expect(parseTarget("average of 6 out of 5")).toStrictEqual({
      error: '"average of 6 out of 5": 6 is more than the 5 it is counted out of',
    });
  });

  test("an average with no number says what was expected", () => {
    expect(parseTarget("At least average")).toStrictEqual({
      error: expect.stringContaining('as in "average of 4 out of 5"'),
    });
  });
});
