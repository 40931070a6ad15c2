import { parseTarget } from "../../../src/core/targets";

/** Phrasings a planner writes that a person reads one way only (DESIGN.md §3). */
describe("planner phrasings", () => {
  test.each([
    ["≥ 4/5 average", { kind: "average", comparator: ">=", value: 4, of: 5 }],
    ["4.5/5 average", { kind: "average", comparator: ">=", value: 4.5, of: 5 }],
    ["4 out of 5 on average", { kind: "average", comparator: ">=", value: 4, of: 5 }],
    ["At least 4/5 average score", { kind: "average", comparator: ">=", value: 4, of: 5 }],
  ])("%j is an average on a scale, not a count", (text, part) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test.each([
    ["Maximum 2 per year", { kind: "count", comparator: "<=", value: 2, perMonths: 12 }],
    ["Max. 2 complaints", { kind: "count", comparator: "<=", value: 2, unit: "complaints" }],
    ["2 complaints maximum", { kind: "count", comparator: "<=", value: 2, unit: "complaints" }],
    ["2 complaints at most per year", { kind: "count", comparator: "<=", value: 2, unit: "complaints", perMonths: 12 }],
    ["Minimum 5 workshops", { kind: "count", comparator: ">=", value: 5, unit: "workshops" }],
    ["5 workshops minimum", { kind: "count", comparator: ">=", value: 5, unit: "workshops" }],
    ["Min 5 Members", { kind: "count", comparator: ">=", value: 5, unit: "Members" }],
  ])("%j reads its comparator before or after the number", (text, part) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test("a maximum starting the next part is a new part, not a trailing comparator", () => {
    expect(parseTarget("At least 5 Members Maximum 2 complaints")).toStrictEqual({
      parts: [
        { kind: "count", comparator: ">=", value: 5, unit: "Members" },
        { kind: "count", comparator: "<=", value: 2, unit: "complaints" },
      ],
    });
    expect(parseTarget("At least 5 Members At least average of 4 out of 5")).toStrictEqual({
      parts: [
        { kind: "count", comparator: ">=", value: 5, unit: "Members" },
        { kind: "average", comparator: ">=", value: 4, of: 5 },
      ],
    });
  });

  test("trailing punctuation is not part of the target", () => {
    expect(parseTarget("5 events per year!")).toStrictEqual({
      parts: [{ kind: "count", comparator: ">=", value: 5, unit: "events", perMonths: 12 }],
    });
  });

  test.each(["Zero complaints", "0", "0 incidents per year", "0%", "0/33 Members"])(
    "%j is not guessed to be a target met from the start",
    (text) => {
      expect(parseTarget(text)).toStrictEqual({ error: expect.stringContaining('write "At most 0 …"') });
    },
  );

  test("a zero with a comparator is read as written", () => {
    expect(parseTarget("At most 0 complaints")).toStrictEqual({
      parts: [{ kind: "count", comparator: "<=", value: 0, unit: "complaints" }],
    });
    expect(parseTarget("0% growth")).toStrictEqual({ parts: [{ kind: "growth", comparator: ">=", value: 0 }] });
  });
});
