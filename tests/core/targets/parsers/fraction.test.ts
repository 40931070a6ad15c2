import { parseTarget } from "../../../../src/core/targets";

describe("fraction-word targets: a share", () => {
  test.each([
    ["one half of the requested missions", 0.5, "requested missions"],
    ["at least one half of the requested missions", 0.5, "requested missions"],
    ["half of the Members", 0.5, "Members"],
    ["a half", 0.5, undefined],
    ["one-half", 0.5, undefined],
    ["two thirds", 2 / 3, undefined],
    ["two-thirds of Members", 2 / 3, "Members"],
    ["a quarter of the Members", 0.25, "Members"],
    ["three quarters of the requests", 0.75, "requests"],
    ["one third of the Members", 1 / 3, "Members"],
    ["seven eighths", 7 / 8, undefined],
  ])("%j is a share of %d", (text, value, unit) => {
    const part = { kind: "share", comparator: ">=", value, ...(unit === undefined ? {} : { unit }) };
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test("more than a whole is an error", () => {
    expect(parseTarget("three halves")).toStrictEqual({
      error: '"three halves": a share cannot be more than 100% (it says 150%)',
    });
  });
});
