/**
 * Every text parser of the engine is linear in its input and never throws (issue 10, item 5):
 * a cell of Excel's maximum 32,767 characters parses, and four times the text takes about four
 * times as long, never sixteen (the RSP parser used to take 1 s for 32,767 digits, 13 s for 100,000).
 */
import fc from "fast-check";
import { parseRefList, parseSeeAlso, normalizeRef, RefListReader } from "../../src/core/actionRefs";
import { isoToSerial } from "../../src/core/dates";
import { parsePlanText } from "../../src/core/importer";
import { parseDeadline } from "../../src/core/importer/deadline";
import { parseMilestoneKey, parseRspReference } from "../../src/core/rsp";
import { parseTarget } from "../../src/core/targets";
import { isFailure } from "../../src/core/types";
import { MAX_CELL_CHARS } from "../../src/workbook/excelLimits";

type Parser = (text: string) => unknown;

const PARSERS: Record<string, Parser> = {
  parseRspReference,
  parseMilestoneKey,
  parseSeeAlso,
  parseRefList,
  normalizeRef: (text) => normalizeRef(text, 1),
  "RefListReader.read": (text) => new RefListReader().read(text),
  parseTarget,
  parsePlanText,
  parseDeadline,
  isoToSerial,
};

/** Inputs that made regular expressions backtrack, or that repeat a token without end. */
const ADVERSARIAL: Record<string, (n: number) => string> = {
  "a digit run": (n) => "1".repeat(n),
  "an objective then digits": (n) => `1.1.1 ${"1".repeat(n - 6)}`,
  "unclosed tags": (n) => "<a".repeat(n / 2),
  "a dash then spaces": (n) => `1-${" ".repeat(n - 3)}!`,
  "a dash then newlines": (n) => `1-${"\n".repeat(n - 3)})`,
  "repeated milestones": (n) => `1.1.1 – ${"1st, ".repeat(n / 5)}`.slice(0, n),
  "repeated objectives": (n) => "1.1.1 – 1st milestone; 2.3.4 – 2nd to 3rd milestones; ".repeat(n / 50).slice(0, n),
  "repeated see-also lists": (n) => "(See also 1-(b), (c) and 3-k) ".repeat(n / 30).slice(0, n),
  "trailing separators": (n) => `1.1.1 – 1st${" -,; and".repeat(n / 8)}x`,
  "open parentheses": (n) => `(RSP ${"( ".repeat(n / 2)}`,
  "repeated targets": (n) => "At least 27/33 Members and twice per year, ".repeat(n / 43),
  "lettered parts": (n) => "(a) 20 Members (b) twice per year ".repeat(n / 34),
  "unicode": (n) => "1.1.1 – 1ˢᵗ 😀 é 第一 ".repeat(n / 16),
  "plan-table lines": (n) => "1-a\tAction\t1.1.1 – 1st\tKPI\tAt least once\tJune 2024\n".repeat(n / 48),
};

function fitted(make: (n: number) => string, n: number): string {
  const text = make(n);
  return text.length > n ? text.slice(0, n) : text;
}

/**
 * CPU time of this process (nanoseconds) for `repeat` calls: unlike the wall clock it does not
 * count the time other processes on a loaded machine hold the cores.
 */
function timeOf(parse: Parser, text: string, repeat: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i += 1) parse(text);
  const spent = process.cpuUsage(start);
  return (spent.user + spent.system) * 1000;
}

/** How many calls on the small input take at least ~2 ms, so the timer's grain does not dominate. */
function repeatsFor(parse: Parser, text: string): number {
  let repeat = 1;
  while (repeat < 65536 && timeOf(parse, text, repeat) < 2e6) repeat *= 2;
  return repeat;
}

/**
 * Time on the large text over time on the small one, each the fastest of interleaved runs (the run
 * least disturbed by garbage collection and the other processes on the machine).
 */
function growth(parse: Parser, small: string, large: string): number {
  parse(large); // compile the code paths the large text takes
  const repeat = repeatsFor(parse, small);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let run = 0; run < 3; run += 1) {
    bestSmall = Math.min(bestSmall, timeOf(parse, small, repeat));
    bestLarge = Math.min(bestLarge, timeOf(parse, large, repeat));
  }
  return bestLarge / bestSmall;
}

describe("every parser on a cell of Excel's maximum length", () => {
  for (const [name, parse] of Object.entries(PARSERS)) {
    it.each(Object.keys(ADVERSARIAL))(`${name} reads %s of 32,767 characters without throwing`, (shape) => {
      const text = fitted(ADVERSARIAL[shape], MAX_CELL_CHARS);
      expect(() => parse(text)).not.toThrow();
    });
  }

  it("the RSP parser reads a 32,767-character reference and keeps its messages short", () => {
    const long = `1.1.1 – ${"1st, 2nd, ".repeat(4000)}`.slice(0, MAX_CELL_CHARS);
    const read = parseRspReference(long);
    expect(read).toEqual({ keys: ["1.1.1-M1", "1.1.1-M2"], specificAction: false });
    const digits = parseRspReference("1".repeat(MAX_CELL_CHARS));
    expect(isFailure(digits) && digits.error.length).toBeLessThan(400);
  });
});

describe("parsing time grows linearly with the text", () => {
  const SMALL = 4096;
  const LARGE = 32768;
  // 8 times the text: a linear parser takes about 8 times as long, a quadratic one 64 times.
  // The limit leaves room for a loaded machine without letting a quadratic parser through.
  const LINEAR_LIMIT = 24;

  for (const [name, parse] of Object.entries(PARSERS)) {
    it(`${name}: 8× the text takes less than ${LINEAR_LIMIT}× the time, for every adversarial shape`, () => {
      const ratios = Object.entries(ADVERSARIAL).map(([shape, make]) => {
        // A garbage collection or a busy machine can spoil one measurement; a quadratic parser
        // is over the limit every time, so a shape fails only when three measurements agree.
        let ratio = Infinity;
        for (let attempt = 0; attempt < 3 && ratio >= LINEAR_LIMIT; attempt += 1) {
          ratio = Math.min(ratio, growth(parse, fitted(make, SMALL), fitted(make, LARGE)));
        }
        return { shape, ratio };
      });
      expect(ratios.filter(({ ratio }) => ratio >= LINEAR_LIMIT)).toEqual([]);
    });
  }
});

describe("every parser returns a value for any input, never throws", () => {
  const piece = fc.constantFrom(
    "1", "0", "1.1.1", " – ", "-", "1st", "3rd", "to", "and", ",", ";", "(", ")", "<b>", "</b>", "RSP",
    "See also", "1-(b)", "0-(a)", "(dd)", "I)", "M", "milestones", "At least", "27/33", "Members", "%",
    "twice", "per year", "every 2 years", "(a)", "(b)", "by", "June 2024", "2023-13-01", "\t", "\n",
    " ", "é", "😀", "\u00a0", "\u2212", "ˢᵗ", "第", "=", "+", "@",
  );
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join("")));

  it.each(Object.keys(PARSERS))("%s on arbitrary text", (name) => {
    fc.assert(fc.property(text, (input) => void PARSERS[name](input)), { numRuns: 300, seed: 20261130 });
  });

  it.each(Object.keys(PARSERS))("%s on numbers, booleans, null, undefined, objects and arrays", (name) => {
    fc.assert(
      fc.property(fc.anything(), (input) => void PARSERS[name](input as string)),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it("unreadable input comes back as an error value, not as a result", () => {
    for (const input of [42, true, null, undefined, { text: "1.1.1 – 1st" }, ["1-a"]] as unknown[]) {
      expect(isFailure(parseRspReference(input as string))).toBe(true);
      expect(parseSeeAlso(input as string)).toEqual([]);
      expect(normalizeRef(input as string)).toBeNull();
      expect(parseMilestoneKey(input as string)).toBeNull();
      expect(isoToSerial(input as string)).toBeNull();
      expect(parseDeadline(input as string)).toBeNull();
    }
    expect(isFailure(parseRefList(42 as unknown as string))).toBe(true);
    expect(parseRefList(null as unknown as string)).toEqual([]);
    expect(isFailure(parseTarget(42 as unknown as string))).toBe(true);
    expect(parsePlanText(null as unknown as string).rows).toEqual([]);
  });
});

describe("parseSeeAlso never yields a pillar-0 Ref", () => {
  it("stops at a pillar 0, as at any other unreadable token", () => {
    expect(parseSeeAlso("(See also 0-(b))")).toEqual([]);
    expect(parseSeeAlso("(See also 1-(b), 0-(c) and (d))")).toEqual(["1-b"]);
    expect(parseSeeAlso("(See also 00-k)")).toEqual([]);
  });

  it("holds for any text", () => {
    const piece = fc.constantFrom("See also ", "0", "00", "1", "-", "(", ")", "b", "dd", ",", " and ", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        for (const ref of parseSeeAlso(pieces.join(""))) expect(ref).toMatch(/^[1-9]\d?-[a-z]{1,2}$/);
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });

  it("normalizeRef gives no pillar-0 Ref either", () => {
    expect(normalizeRef("0-a")).toBeNull();
    expect(normalizeRef("(b)", 0)).toBeNull();
  });
});
