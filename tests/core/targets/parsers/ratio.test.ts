import { parseTarget } from "../../../../src/core/targets";
import { parseRatio } from "../../../../src/core/targets/parsers/ratio";

describe("ratio targets: a count out of a population", () => {
  test.each([
    ["27/33 Members", { value: 27, of: 33, unit: "Members" }],
    ["27 / 33 Members", { value: 27, of: 33, unit: "Members" }],
    ["≥ 30 of 33", { value: 30, of: 33 }],
    [">= 30 of 33 Members", { value: 30, of: 33, unit: "Members" }],
    ["4 out of 5", { value: 4, of: 5 }],
    ["four out of five Members", { value: 4, of: 5, unit: "Members" }],
    ["At least 33/33", { value: 33, of: 33 }],
    ["At least 0/33 Members", { value: 0, of: 33, unit: "Members" }],
    ["5/33 Members per year", { value: 5, of: 33, unit: "Members", perMonths: 12 }],
  ])("%j", (text, expected) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [{ kind: "count", comparator: ">=", ...expected }] });
  });

  test("a ceiling out of a population", () => {
    expect(parseTarget("At most 3/33 Members")).toStrictEqual({
      parts: [{ kind: "count", comparator: "<=", value: 3, of: 33, unit: "Members" }],
    });
  });

  test.each([
    ["40/33 Members", '"40/33 Members": 40 is more than the 33 it is counted out of'],
    ["0/0", '"0/0": nothing can be counted out of 0'],
    ["6 out of 5", '"6 out of 5": 6 is more than the 5 it is counted out of'],
  ])("%j is out of range", (text, error) => {
    expect(parseTarget(text)).toStrictEqual({ error });
  });

  test('"1/2 of the missions" could be a count or a share, so it is an error', () => {
    const result = parseTarget("1/2 of the missions");
    expect(result).toStrictEqual({ error: expect.stringContaining("could be a count or a share") });
  });

  test("leaves phrasings without a population to the other parsers", () => {
    expect(parseRatio("5 Members")).toBeNull();
    expect(parseRatio("5 of the Members")).toBeNull();
    expect(parseRatio("Members")).toBeNull();
  });
});
