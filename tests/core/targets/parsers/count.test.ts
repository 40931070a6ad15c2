import { parseTarget } from "../../../../src/core/targets";
import type { TargetPart } from "../../../../src/core/types";

const count = (extra: Omit<TargetPart, "kind" | "comparator">, comparator: ">=" | "<=" = ">="): TargetPart => ({
  kind: "count",
  comparator,
  ...extra,
});

describe("plain count targets", () => {
  test.each([
    ["At least 28 MRA", count({ value: 28, unit: "MRA" })],
    ["At least 10 success stories", count({ value: 10, unit: "success stories" })],
    ["6 new contracting parties", count({ value: 6, unit: "new contracting parties" })],
    ["1,200 participants", count({ value: 1200, unit: "participants" })],
    ["1,200", count({ value: 1200 })],
    ["12,000,000 USD", count({ value: 12000000, unit: "USD" })],
    ["At least five Members", count({ value: 5, unit: "Members" })],
    ["twenty-five Members", count({ value: 25, unit: "Members" })],
    ["thirty three Members", count({ value: 33, unit: "Members" })],
    ["a dozen workshops", count({ value: 12, unit: "workshops" })],
    ["At least 5 Members per year", count({ value: 5, unit: "Members", perMonths: 12 })],
    ["5 workshops annually", count({ value: 5, unit: "workshops", perMonths: 12 })],
    ["2 newsletters quarterly", count({ value: 2, unit: "newsletters", perMonths: 3 })],
    ["5 per year", count({ value: 5, perMonths: 12 })],
    ["minimum of 3 workshops", count({ value: 3, unit: "workshops" })],
    ["a minimum of 3 workshops", count({ value: 3, unit: "workshops" })],
    ["not less than 4 seminars", count({ value: 4, unit: "seminars" })],
    ["5 or more Members", count({ value: 5, unit: "Members" })],
    ["At least 5 Members or more", count({ value: 5, unit: "Members" })],
    ["At most 2 complaints per year", count({ value: 2, unit: "complaints", perMonths: 12 }, "<=")],
    ["No more than 3 incidents", count({ value: 3, unit: "incidents" }, "<=")],
    ["not more than 3 incidents", count({ value: 3, unit: "incidents" }, "<=")],
    ["maximum of 2 complaints", count({ value: 2, unit: "complaints" }, "<=")],
    ["≤ 2 complaints per month", count({ value: 2, unit: "complaints", perMonths: 1 }, "<=")],
    ["<= 2 complaints", count({ value: 2, unit: "complaints" }, "<=")],
    ["2 complaints or fewer", count({ value: 2, unit: "complaints" }, "<=")],
    ["At least 0 Members", count({ value: 0, unit: "Members" })],
  ])("%j", (text, part) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test.each([
    ["-3 Members", '"-3 Members": a target cannot be negative'],
    ["At least -3 Members", '"At least -3 Members": a target cannot be negative'],
    ["At least 2.5 workshops", '"At least 2.5 workshops": a count must be a whole number, not 2.5'],
    ["999999999999999999999", '"999999999999999999999": the number is too large to be a target'],
  ])("%j is an error", (text, error) => {
    expect(parseTarget(text)).toStrictEqual({ error });
  });

  test('"27,33 Members" is not a thousands separator, so it is not read as 2733', () => {
    expect(parseTarget("27,33 Members")).toStrictEqual({ error: expect.stringContaining('did not expect ",33 Members"') });
  });

  test("a count per a non-period is an error rather than a guess", () => {
    expect(parseTarget("5 Members per sub-region")).toStrictEqual({
      error: '"5 Members per sub-region": "per sub-region" is not a period: expected "per year", "per quarter" or "per month"',
    });
  });
});
