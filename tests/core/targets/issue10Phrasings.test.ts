import { parseTarget } from "../../../src/core/targets";

/** Targets people write that failed before issue 10 §7: one test per phrasing. */
describe("issue 10 phrasings", () => {
  const twentyMembers = { kind: "count", comparator: ">=", value: 20, unit: "Members" };
  const twicePerYear = { kind: "count", comparator: ">=", value: 2, perMonths: 12 };

  test.each([
    ["(a) 20 Members (b) twice per year", [twentyMembers, twicePerYear]],
    ["(a) At least 20 Members(b) At least twice per year", [twentyMembers, twicePerYear]],
    ["a) 20 Members b) twice per year", [twentyMembers, twicePerYear]],
    ["(A) 20 Members (B) twice per year", [twentyMembers, twicePerYear]],
    [
      "(a) At least 20 Members\n(b) 6 new contracting parties\n(c) once in 2 years",
      [twentyMembers, { kind: "count", comparator: ">=", value: 6, unit: "new contracting parties" }, { kind: "count", comparator: ">=", value: 1, perMonths: 24 }],
    ],
  ])("lettered parts %j", (text, parts) => {
    expect(parseTarget(text)).toStrictEqual({ parts });
  });

  test("lettered markers out of sequence are reported, not skipped", () => {
    expect(parseTarget("(a) 5 Members (c) 6 Members")).toStrictEqual({ error: expect.stringContaining("(c) 6 Members") });
  });

  test.each([
    ["All 33 Members", { kind: "count", comparator: ">=", value: 33, of: 33, unit: "Members" }],
    ["all of the 12 RTCs", { kind: "count", comparator: ">=", value: 12, of: 12, unit: "RTCs" }],
  ])("%j is every one of a population", (text, part) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test('"All Members" without the number says what to write', () => {
    expect(parseTarget("All Members")).toStrictEqual({ error: expect.stringContaining('write "All 33 Members" for a count, or "100% of Members" for a share') });
  });

  test('"100% of Members" is a share of 1', () => {
    expect(parseTarget("100% of Members")).toStrictEqual({ parts: [{ kind: "share", comparator: ">=", value: 1, unit: "Members" }] });
  });

  test.each([
    ["Increase by 10%", { kind: "growth", comparator: ">=", value: 0.1 }],
    ["Increase of 10%", { kind: "growth", comparator: ">=", value: 0.1 }],
    ["Increase by at least 10%", { kind: "growth", comparator: ">=", value: 0.1 }],
    ["Annual growth of 20% in participants", { kind: "growth", comparator: ">=", value: 0.2, unit: "participants", perMonths: 12 }],
    ["Increase participation of women by 10% per year", { kind: "growth", comparator: ">=", value: 0.1, unit: "participation of women", perMonths: 12 }],
  ])("growth written first: %j", (text, part) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [part] });
  });

  test("a growth-first phrase with a number before \"by\" is not guessed", () => {
    expect(parseTarget("Increase 3 workshops by 10%")).toHaveProperty("error");
  });

  test.each([
    ["once in 2 years", 1, 24],
    ["Once in two years", 1, 24],
    ["At least twice in 3 years", 2, 36],
    ["once in every 2 years", 1, 24],
  ])("%j is a rate over several years", (text, value, perMonths) => {
    expect(parseTarget(text)).toStrictEqual({ parts: [{ kind: "count", comparator: ">=", value, perMonths }] });
  });
});
