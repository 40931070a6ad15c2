import { parseTarget } from "../../../../src/core/targets";
import { parseFrequency } from "../../../../src/core/targets/parsers/frequency";

describe("frequency targets: a count per period, no unit", () => {
  test.each([
    ["once a year", 1, 12],
    ["Once per year", 1, 12],
    ["twice per year", 2, 12],
    ["At least twice a year", 2, 12],
    ["3 times per year", 3, 12],
    ["three times a year", 3, 12],
    ["thrice yearly", 3, 12],
    ["twice annually", 2, 12],
    ["once every 2 years", 1, 24],
    ["once every two years", 1, 24],
    ["once every other year", 1, 24],
    ["once every 6 months", 1, 6],
    ["once per quarter", 1, 3],
    ["once a quarter", 1, 3],
    ["4 times each year", 4, 12],
    ["twice per calendar year", 2, 12],
    ["once a month", 1, 1],
    ["quarterly", 1, 3],
    ["At least quarterly", 1, 3],
    ["annually", 1, 12],
    ["yearly", 1, 12],
    ["semi-annually", 1, 6],
    ["half-yearly", 1, 6],
    ["monthly", 1, 1],
    ["biennially", 1, 24],
    ["every quarter", 1, 3],
    ["Each year", 1, 12],
  ])("%j is %d per %d months", (text, value, perMonths) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [{ kind: "count", comparator: ">=", value, perMonths }] });
  });

  test('"twice a year" is 2 per 12 months, not once per 6', () => {
    expect(parseTarget("twice a year")).toStrictEqual({
      parts: [{ kind: "count", comparator: ">=", value: 2, perMonths: 12 }],
    });
  });

  test("a number of times with no period is a total over the plan", () => {
    expect(parseTarget("At least 3 times")).toStrictEqual({ parts: [{ kind: "count", comparator: ">=", value: 3 }] });
  });

  test.each([
    ["biannually", "can mean twice per period or once every two periods"],
    ["twice bi-monthly", "can mean twice per period or once every two periods"],
    ["once a week", "is not a whole number of months"],
    ["weekly", "is not a whole number of months"],
    ["once every 0 years", "expected a number above 0"],
    ["once per 2 years", '"per 2" is not a period'],
  ])("%j is an error", (text, message) => {
    expect(parseTarget(text)).toStrictEqual({ error: expect.stringContaining(message) });
  });

  test("leaves other phrasings to the other parsers", () => {
    expect(parseFrequency("5 Members")).toBeNull();
    expect(parseFrequency("a quarter of the Members")).toBeNull();
    expect(parseFrequency("per year")).toBeNull();
  });
});
