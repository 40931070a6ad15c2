import { parseTarget } from "../../../src/core/targets";
import { normalizeTargetText } from "../../../src/core/targets/normalize";
import { splitWrittenParts } from "../../../src/core/targets/splitter";

const split = (text: string): string[] => splitWrittenParts(normalizeTargetText(text));

describe("splitting written parts", () => {
  test.each([
    ["(1) At least 27 Members(2) 6 new contracting parties", ["At least 27 Members", "6 new contracting parties"]],
    [" (1) 25/33 Members (2) once per year (3) At least 5 Members per year ", ["25/33 Members", "once per year", "At least 5 Members per year"]],
    ["(1)5 Members\n(2)\ttwice a year", ["5 Members", "twice a year"]],
    ["1) 5 Members 2) 3 workshops", ["5 Members", "3 workshops"]],
    ["( 1 ) 5 Members ( 2 ) 3 workshops", ["5 Members", "3 workshops"]],
    ["• At least 5 Members\n• twice per year", ["At least 5 Members", "twice per year"]],
    ["- At least 5 Members\n- twice per year", ["At least 5 Members", "twice per year"]],
    ["* 5 Members\n* 3 workshops", ["5 Members", "3 workshops"]],
    ["At least 5 Members (2 per year)", ["At least 5 Members (2 per year)"]],
    ["(1) 5 (3) 6", ["5 (3) 6"]],
    ["", []],
    ["(1)", []],
  ])("%j", (text, parts) => {
    expect(split(text)).toEqual(parts);
  });

  test("a numbered target's part that does not parse names its part number", () => {
    expect(parseTarget("(1) At least 27 Members (2) several")).toStrictEqual({
      error: expect.stringMatching(/^Could not read part 2 "several": expected a number/),
    });
    expect(parseTarget("(1) 40/33 Members (2) 6 Members")).toStrictEqual({
      error: 'Part 1 "40/33 Members": 40 is more than the 33 it is counted out of',
    });
  });

  test("out-of-sequence numbering is reported, not skipped", () => {
    expect(parseTarget("(1) 5 Members (3) 6 Members")).toStrictEqual({
      error: expect.stringContaining('did not expect "(3) 6 Members"'),
    });
  });
});

describe("unnumbered multi-part targets", () => {
  test.each([
    ["At least once per year At least 5 Members per year At least twice per year", 3],
    ["At least 25% of the participations At least 20% annual growth of female Head of delegation", 2],
    ["Once a year Twice a year", 2],
    ["At least twice a year, at least 5 Members per year", 2],
    ["At least 5 Members; at most 2 complaints", 2],
    ["At least 5 Members and at least 3 MRA", 2],
    ["≥ 5 Members ≤ 2 complaints", 2],
    ["At least 5 Members No more than 2 complaints", 2],
  ])("%j has %d parts", (text, count) => {
    const result = parseTarget(text);
    expect("parts" in result && result.parts.length).toBe(count);
  });

  test('a joining "and" is not part of the unit', () => {
    expect(parseTarget("At least 5 Members and at least 3 MRA")).toStrictEqual({
      parts: [
        { kind: "count", comparator: ">=", value: 5, unit: "Members" },
        { kind: "count", comparator: ">=", value: 3, unit: "MRA" },
      ],
    });
  });

  test('a lower-case "once" after a count is not read as a new part', () => {
    expect(parseTarget("At least 5 Members once a year")).toStrictEqual({
      error: expect.stringContaining('did not expect "once a year" after "At least 5 Members"'),
    });
  });
});

describe("normalization", () => {
  test.each([
    ["At\u00a0least\u202f28\u00a0MRA", "At least 28 MRA"],
    ["At least 28 MRA.", "At least 28 MRA"],
    ["  At least\n  28   MRA  ", "At least 28 MRA"],
    ["\u201cAt least 28 MRA\u201d", "At least 28 MRA"],
    ["'At least 28 MRA'", "At least 28 MRA"],
    ["At least 28\u200b MRA", "At least 28 MRA"],
  ])("%j reads as %j", (raw, clean) => {
    expect(parseTarget(raw)).toStrictEqual(parseTarget(clean));
    expect("parts" in parseTarget(raw)).toBe(true);
  });

  test.each([
    [">= 30 of 33", "≥ 30 of 33"],
    ["=> 30 of 33", "≥ 30 of 33"],
    ["<= 2 complaints", "≤ 2 complaints"],
    ["\u2013 At least 5 Members", "• At least 5 Members"],
    ["\u22123 Members", "-3 Members"],
  ])("%j normalizes to %j", (raw, clean) => {
    expect(normalizeTargetText(raw)).toBe(clean);
  });

  test("an en dash before a number is a minus sign, so the target is negative", () => {
    expect(parseTarget("\u20133 Members")).toStrictEqual({ error: '"-3 Members": a target cannot be negative' });
  });
});
