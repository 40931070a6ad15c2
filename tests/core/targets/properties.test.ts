import fc from "fast-check";
import { parseTarget } from "../../../src/core/targets";
import type { TargetParseResult, TargetPart } from "../../../src/core/types";

const PART_KEYS = new Set(["kind", "comparator", "value", "of", "unit", "perMonths"]);

/** The contract every result keeps, whatever the input: checked with expect so failures say which rule broke. */
function expectWellFormed(result: TargetParseResult): void {
  const keys = Object.keys(result);
  if ("error" in result) {
    expect(keys).toEqual(["error"]);
    expect(typeof result.error).toBe("string");
    expect(result.error.length).toBeGreaterThan(0);
    expect(result.error).not.toMatch(/Internal error/);
    return;
  }
  expect(keys).toEqual(["parts"]);
  expect(result.parts.length).toBeGreaterThan(0);
  for (const part of result.parts) {
    for (const [key, value] of Object.entries(part)) {
      expect(PART_KEYS.has(key)).toBe(true);
      expect(value).not.toBeUndefined();
    }
    expect(["count", "share", "average", "growth"]).toContain(part.kind);
    expect([">=", "<="]).toContain(part.comparator);
    expect(Number.isFinite(part.value)).toBe(true);
    expect(part.value).toBeGreaterThanOrEqual(0);
    if (part.of !== undefined) {
      expect(Number.isFinite(part.of)).toBe(true);
      expect(part.of).toBeGreaterThanOrEqual(part.value);
      expect(part.of).toBeGreaterThan(0);
    }
    if (part.kind === "count") expect(Number.isInteger(part.value)).toBe(true);
    if (part.kind === "share") expect(part.value).toBeLessThanOrEqual(1);
    if (part.perMonths !== undefined) {
      expect(Number.isFinite(part.perMonths)).toBe(true);
      expect(part.perMonths).toBeGreaterThan(0);
    }
    if (part.unit !== undefined) {
      expect(part.unit).toBe(part.unit.trim());
      expect(part.unit.length).toBeGreaterThan(0);
    }
  }
}

const VOCABULARY = [
  "At least", "at most", "No more than", "≥", "≤", ">=", "up to", "(1)", "(2)", "1)", "•", "\n", "-",
  "27", "33", "0", "1,200", "27,33", "4.5", "-3", "/", "of", "out of", "%", "percent", "one", "two",
  "half", "thirds", "a", "quarter", "once", "twice", "3 times", "per", "year", "every", "2 years",
  "quarterly", "annually", "semi-annually", "biannually", "average", "growth", "annual", "Members",
  "MRA", "success stories", "the", "and", ",", ".", "or more", "or fewer", "TBD", "\u00a0", "\u2013",
];
const targetSoup = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 12 })
  .map((words) => words.join(" "));

describe("parseTarget properties", () => {
  test("never throws and always returns a well-formed result, on any ASCII string", () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => expectWellFormed(parseTarget(text))), {
      numRuns: 1000,
    });
  });

  test("never throws on any Unicode string, including lone surrogates", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => expectWellFormed(parseTarget(text))), {
      numRuns: 1000,
    });
  });

  test("never throws on soups of target words", () => {
    fc.assert(fc.property(targetSoup, (text) => expectWellFormed(parseTarget(text))), { numRuns: 1500 });
  });

  test("never throws on long strings around the length limit", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 300, maxLength: 700 }), (text) => expectWellFormed(parseTarget(text))),
      { numRuns: 200 },
    );
  });

  test("surrounding whitespace and a trailing full stop do not change the result", () => {
    fc.assert(
      fc.property(targetSoup, (text) => {
        expect(parseTarget(` \n${text}.  `)).toStrictEqual(parseTarget(text.trim() === "" ? "" : `${text}.`));
      }),
      { numRuns: 500 },
    );
  });
});

const COMPARATORS: Array<[string, ">=" | "<="]> = [
  ["", ">="],
  ["At least ", ">="],
  ["at least ", ">="],
  ["≥ ", ">="],
  ["Minimum of ", ">="],
  ["At most ", "<="],
  ["No more than ", "<="],
  ["≤ ", "<="],
];
const UNITS = ["Members", "MRA", "success stories", "new contracting parties", "workshops", ""];
const PERIODS: Array<[string, number | undefined]> = [
  ["", undefined],
  [" per year", 12],
  [" a year", 12],
  [" annually", 12],
  [" per quarter", 3],
  [" quarterly", 3],
  [" every 2 years", 24],
  [" per month", 1],
];

/** Plausible phrases built from parts whose meaning is known, so the parse can be checked exactly. */
const plausibleCount = fc
  .record({
    comparator: fc.constantFrom(...COMPARATORS),
    value: fc.integer({ min: 0, max: 50_000 }),
    unit: fc.constantFrom(...UNITS),
    period: fc.constantFrom(...PERIODS),
  })
  // A bare 0 ("0 Members", "Zero complaints") is an error: it could mean "none allowed".
  .filter(({ comparator: [words], value }) => words !== "" || value !== 0)
  .map(({ comparator: [words, comparator], value, unit, period: [periodWords, perMonths] }) => {
    const number = value.toLocaleString("en-US");
    const text = `${words}${number}${unit ? ` ${unit}` : ""}${periodWords}`;
    const part: TargetPart = { kind: "count", comparator, value };
    if (unit) part.unit = unit;
    if (perMonths !== undefined) part.perMonths = perMonths;
    return { text, part };
  });

const plausibleRatio = fc
  .record({ of: fc.integer({ min: 1, max: 500 }), fraction: fc.double({ min: 0, max: 1, noNaN: true }) })
  .chain(({ of, fraction }) =>
    fc.record({
      of: fc.constant(of),
      value: fc.constant(Math.floor(of * fraction)),
      separator: fc.constantFrom("/", " / ", " of ", " out of "),
      unit: fc.constantFrom(...UNITS),
    }),
  )
  .map(({ of, value, separator, unit }) => {
    const part: TargetPart = { kind: "count", comparator: ">=", value, of };
    if (unit) part.unit = unit;
    return { text: `At least ${value}${separator}${of}${unit ? ` ${unit}` : ""}`, part };
  });

const plausibleShare = fc
  .record({ percent: fc.integer({ min: 0, max: 100 }), sign: fc.constantFrom("%", " percent", " per cent") })
  .map(({ percent, sign }) => ({
    text: `At least ${percent}${sign} of the ROCB requests`,
    part: { kind: "share", comparator: ">=", value: percent / 100, unit: "ROCB requests" } as TargetPart,
  }));

describe("plausible targets parse as a person reads them", () => {
  test.each([
    ["counts", plausibleCount],
    ["ratios", plausibleRatio],
    ["shares", plausibleShare],
  ])("%s", (_name, phrases) => {
    fc.assert(
      fc.property(phrases, ({ text, part }) => {
        expect(parseTarget(text)).toStrictEqual({ parts: [part] });
      }),
      { numRuns: 500 },
    );
  });

  test("any two plausible parts joined unnumbered or numbered read as two parts", () => {
    const withComparator = plausibleCount.filter(({ text }) => /^(At|No|≥|≤|Minimum)/.test(text));
    fc.assert(
      fc.property(withComparator, withComparator, fc.boolean(), (first, second, numbered) => {
        const text = numbered ? `(1) ${first.text}(2) ${second.text}` : `${first.text} ${second.text}`;
        expect(parseTarget(text)).toStrictEqual({ parts: [first.part, second.part] });
      }),
      { numRuns: 500 },
    );
  });

  test("a count above its population is always an error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (of, extra) => {
        expect(parseTarget(`${of + extra}/${of} Members`)).toStrictEqual({
          error: `"${of + extra}/${of} Members": ${of + extra} is more than the ${of} it is counted out of`,
        });
      }),
    );
  });
});
