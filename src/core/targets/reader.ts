/**
 * Small readers shared by the pattern parsers. Each reads one thing from the start of a
 * whitespace-normalized string and returns it with the rest, or null when it is not there.
 */
import type { Comparator } from "../types";
import {
  AT_LEAST_PATTERN,
  AT_MOST_PATTERN,
  FRACTION_DENOMINATORS,
  FREQUENCY_WORDS,
  NUMBER_WORDS,
  OR_FEWER_PATTERN,
  OR_MORE_PATTERN,
  PERIOD_ADVERBS,
  PERIOD_MONTHS,
  TENS_WORDS,
  TRAILING_AT_LEAST_PATTERN,
  TRAILING_AT_MOST_PATTERN,
  UNCLEAR_PERIODS,
  UNSUPPORTED_COMPARATORS,
} from "./constants";
import type { Rejection } from "./parsers/types";

export interface Read<T> {
  value: T;
  rest: string;
}

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[ -]/g, "[-\\s]"))
    .join("|");
}

const UNITS_1_TO_9 = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const COMPOUND_NUMBER = new RegExp(
  `^(${alternation(Object.keys(TENS_WORDS))})[-\\s](${UNITS_1_TO_9.join("|")})(?![a-z])`,
  "i",
);
const NUMBER_WORD = new RegExp(
  `^(${alternation([...Object.keys(NUMBER_WORDS), ...Object.keys(TENS_WORDS)])})(?![a-z-])`,
  "i",
);
/** A comma followed by exactly three digits is a thousands separator: "1,200". */
const DIGITS = /^(\d{1,3}(?:,\d{3})+(?![\d])|\d+)(\.\d+)?/;

function wordValue(word: string): number {
  const key = word.toLowerCase().replace(/[-\s]+/g, " ");
  return NUMBER_WORDS[key] ?? TENS_WORDS[key];
}

/** "1,200", "4.5", "27", "twenty-five", "a dozen". */
export function readNumber(text: string): Read<number> | null {
  const digits = DIGITS.exec(text);
  if (digits) {
    const value = Number(digits[1].replace(/,/g, "") + (digits[2] ?? ""));
    return { value, rest: text.slice(digits[0].length).trimStart() };
  }
  const compound = COMPOUND_NUMBER.exec(text);
  if (compound) {
    return {
      value: wordValue(compound[1]) + UNITS_1_TO_9.indexOf(compound[2].toLowerCase()) + 1,
      rest: text.slice(compound[0].length).trimStart(),
    };
  }
  const word = NUMBER_WORD.exec(text);
  if (word) return { value: wordValue(word[1]), rest: text.slice(word[0].length).trimStart() };
  return null;
}

const PERCENT_SIGN = /^(?:%|per\s*cent(?![a-z])|percent(?![a-z])|pct(?![a-z]))\s*/i;

/** "25%", "80 percent", "12.5 per cent": the fraction 0.25, 0.8, 0.125. */
export function readPercent(text: string): Read<number> | null {
  const number = readNumber(text);
  if (!number) return null;
  const sign = PERCENT_SIGN.exec(number.rest);
  if (!sign) return null;
  return { value: number.value / 100, rest: number.rest.slice(sign[0].length) };
}

const FREQUENCY_WORD = new RegExp(`^(${alternation(Object.keys(FREQUENCY_WORDS))})(?![a-z])\\s*`, "i");

/** "once" = 1, "twice" = 2, "thrice" = 3. */
export function readFrequencyWord(text: string): Read<number> | null {
  const match = FREQUENCY_WORD.exec(text);
  if (!match) return null;
  return { value: FREQUENCY_WORDS[match[1].toLowerCase()], rest: text.slice(match[0].length) };
}

const FRACTION = new RegExp(
  `^(?:(an?|one|${alternation(UNITS_1_TO_9.slice(1))}|\\d+)[-\\s]+)?(${alternation(Object.keys(FRACTION_DENOMINATORS))})(?![a-z-])\\s*`,
  "i",
);

/** "one half", "a quarter", "two thirds", "half": the fraction 0.5, 0.25, 2/3, 0.5. */
export function readFraction(text: string): Read<number> | null {
  const match = FRACTION.exec(text);
  if (!match) return null;
  const numeratorText = (match[1] ?? "one").toLowerCase();
  const numerator = /^an?$/.test(numeratorText) ? 1 : (readNumber(numeratorText)?.value ?? NaN);
  const denominator = FRACTION_DENOMINATORS[match[2].toLowerCase().replace(/\s+/g, " ")];
  return { value: numerator / denominator, rest: text.slice(match[0].length) };
}

const PERIOD_ADVERB = new RegExp(`^(${alternation(Object.keys(PERIOD_ADVERBS))})(?![a-z])\\s*`, "i");
const PER_PERIOD = new RegExp(
  `^(?:per|a|an|each|every|in\\s+a|in\\s+each)\\s+(${alternation(Object.keys(PERIOD_MONTHS))})(?![a-z])\\s*`,
  "i",
);
const EVERY_OTHER = new RegExp(`^every\\s+other\\s+(year|quarter|month)(?![a-z])\\s*`, "i");
const EVERY_N = /^every\s+/i;
/** "once in 2 years", "twice in every 3 years": the same rate as "every 2 years". */
const IN_N = /^in\s+(?:every\s+)?/i;
const PERIOD_UNIT = /^(years?|quarters?|months?)(?![a-z])\s*/i;
const PER_ANYTHING = /^per\s+(\S+)/i;

function periodMonths(word: string): number {
  return PERIOD_MONTHS[word.toLowerCase().replace(/[-\s]+/g, (gap) => (gap.includes("-") ? "-" : " "))];
}

/**
 * A rate's period in months: "per year" 12, "quarterly" 3, "every 2 years" 24.
 * Returns a rejection for periods that cannot be read one way ("biannually", "weekly", "per sub-region").
 */
export function readPeriod(text: string): Read<number> | Rejection | null {
  for (const unclear of UNCLEAR_PERIODS) {
    const match = unclear.pattern.exec(text);
    if (match) return { reason: `"${match[0]}" ${unclear.reason}` };
  }
  const adverb = PERIOD_ADVERB.exec(text);
  if (adverb) {
    const key = adverb[1].toLowerCase().replace(/\s+/g, " ");
    return { value: PERIOD_ADVERBS[key], rest: text.slice(adverb[0].length) };
  }
  const per = PER_PERIOD.exec(text);
  if (per) return { value: periodMonths(per[1]), rest: text.slice(per[0].length) };
  const other = EVERY_OTHER.exec(text);
  if (other) return { value: 2 * periodMonths(other[1]), rest: text.slice(other[0].length) };
  const every = EVERY_N.exec(text) ?? IN_N.exec(text);
  if (every) {
    const count = readNumber(text.slice(every[0].length));
    const unit = count && PERIOD_UNIT.exec(count.rest);
    if (count && unit) {
      if (!(count.value > 0)) return { reason: `"${every[0]}${count.value} ${unit[1]}" is not a period: expected a number above 0` };
      return { value: count.value * periodMonths(unit[1]), rest: count.rest.slice(unit[0].length) };
    }
  }
  const perOther = PER_ANYTHING.exec(text);
  if (perOther) {
    return { reason: `"per ${perOther[1]}" is not a period: expected "per year", "per quarter" or "per month"` };
  }
  return null;
}

/** "At least", "≥", "No more than" … at the start of a part. */
export function readComparator(text: string): Read<Comparator> | Rejection | null {
  const atLeast = AT_LEAST_PATTERN.exec(text);
  if (atLeast) return { value: ">=", rest: text.slice(atLeast[0].length) };
  const atMost = AT_MOST_PATTERN.exec(text);
  if (atMost) return { value: "<=", rest: text.slice(atMost[0].length) };
  for (const unsupported of UNSUPPORTED_COMPARATORS) {
    if (unsupported.pattern.test(text)) return { reason: unsupported.reason };
  }
  return null;
}

const TRAILING_COMPARATORS: ReadonlyArray<[RegExp, Comparator]> = [
  [TRAILING_AT_LEAST_PATTERN, ">="],
  [TRAILING_AT_MOST_PATTERN, "<="],
];

/** A trailing "minimum" ends its part: nothing, a joiner or a period may follow, never a next quantity. */
function endsPart(text: string): boolean {
  return text === "" || /^(?:[,;&+]|and(?![a-z]))/i.test(text) || readPeriod(text) !== null;
}

/** "or more" / "or fewer" after a number; "minimum" / "at most" at the end of a part ("2 complaints at most"). */
export function readSuffixComparator(text: string): Read<Comparator> | null {
  const more = OR_MORE_PATTERN.exec(text);
  if (more) return { value: ">=", rest: text.slice(more[0].length) };
  const fewer = OR_FEWER_PATTERN.exec(text);
  if (fewer) return { value: "<=", rest: text.slice(fewer[0].length) };
  for (const [pattern, value] of TRAILING_COMPARATORS) {
    const match = pattern.exec(text);
    if (match && endsPart(text.slice(match[0].length))) return { value, rest: text.slice(match[0].length) };
  }
  return null;
}

/** Where a unit's noun phrase ends: at a word with a digit, a comparator, a frequency word or a period. */
function endsUnit(text: string): boolean {
  return (
    /^\S*\d/.test(text) ||
    AT_LEAST_PATTERN.test(text) ||
    AT_MOST_PATTERN.test(text) ||
    FREQUENCY_WORD.test(text) ||
    readSuffixComparator(text) !== null ||
    readPeriod(text) !== null
  );
}

const TRAILING_PUNCTUATION = /[\s,;:.&]+$/;
const TRAILING_CONJUNCTION = /(?:^|\s+)(?:and|or)$/i;

/** The noun phrase after a number: "Members", "new contracting parties". Absent → undefined. */
export function readUnit(text: string): Read<string | undefined> {
  let end = 0;
  while (end < text.length && !endsUnit(text.slice(end))) {
    const nextSpace = text.indexOf(" ", end);
    end = nextSpace < 0 ? text.length : nextSpace + 1;
  }
  let unit = text.slice(0, end);
  let previous;
  do {
    previous = unit;
    unit = unit.replace(TRAILING_PUNCTUATION, "").replace(TRAILING_CONJUNCTION, "");
  } while (unit !== previous);
  return { value: unit === "" ? undefined : unit, rest: text.slice(end) };
}

/** A share's unit without its "of the": "of the ROCB requests" → "ROCB requests". */
export function withoutOfThe(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const stripped = unit.replace(/^of(?:\s+the)?(?:\s+|$)/i, "").trim();
  return stripped === "" ? undefined : stripped;
}
