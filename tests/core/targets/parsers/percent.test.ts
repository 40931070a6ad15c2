import { parseTarget } from "../../../../src/core/targets";

describe("percentage targets: a share, as a fraction", () => {
  test.each([
    ["75% of the ROCB requests", 0.75, "ROCB requests"],
    ["Meet at least 75% of the ROCB requests", 0.75, "ROCB requests"],
    ["At least 25% of the participations", 0.25, "participations"],
    ["80 percent", 0.8, undefined],
    ["80 per cent of Members", 0.8, "Members"],
    ["12.5% of staff", 0.125, "staff"],
    ["100% of Members", 1, "Members"],
    ["At least 0%", 0, undefined],
    ["75 ％ of requests", 0.75, "requests"],
  ])("%j is a share of %d", (text, value, unit) => {
    const part = { kind: "share", comparator: ">=", value, ...(unit === undefined ? {} : { unit }) };
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test("a percentage never sets of", () => {
    expect(parseTarget("At least 50% of 33 Members")).toStrictEqual({
      error: expect.stringContaining('did not expect "33 Members"'),
    });
  });

  test("a share above 100% is an error (growth may exceed 100%, a share of a population cannot)", () => {
    expect(parseTarget("150% of requests")).toStrictEqual({
      error: '"150% of requests": a share cannot be more than 100% (it says 150%)',
    });
  });

  test("a share has no period", () => {
    expect(parseTarget("25% of participations per year")).toStrictEqual({
      error: expect.stringContaining('did not expect "per year"'),
    });
  });

  test("No more than 10% of shipments is a ceiling", () => {
    expect(parseTarget("No more than 10% of shipments")).toStrictEqual({
      parts: [{ kind: "share", comparator: "<=", value: 0.1, unit: "shipments" }],
    });
  });
});
