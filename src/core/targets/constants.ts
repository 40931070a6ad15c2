/**
 * Words the target parser understands, in one place (like chrono-node's locale constants).
 * Every table is lower case; look-ups lower-case the input first.
 */

/** Cardinal number words; compounds such as "twenty-five" are built from these. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  "a dozen": 12,
  dozen: 12,
};

/** Tens that combine with a unit word: "thirty-three" = 33. */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** How many times something happens: "once a year" is 1 per 12 months. */
export const FREQUENCY_WORDS: Readonly<Record<string, number>> = {
  once: 1,
  twice: 2,
  thrice: 3,
};

/** Denominators of fraction words: "two thirds" = 2/3, "one half" = 1/2. */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** Calendar units a rate can be counted per, in months. */
export const PERIOD_MONTHS: Readonly<Record<string, number>> = {
  year: 12,
  years: 12,
  annum: 12,
  "calendar year": 12,
  "fiscal year": 12,
  "financial year": 12,
  "half-year": 6,
  "half year": 6,
  quarter: 3,
  quarters: 3,
  month: 1,
  months: 1,
};

/** One-word rates: "quarterly" is once every 3 months. */
export const PERIOD_ADVERBS: Readonly<Record<string, number>> = {
  annually: 12,
  yearly: 12,
  "per annum": 12,
  "p.a.": 12,
  "semi-annually": 6,
  semiannually: 6,
  "semi annually": 6,
  "half-yearly": 6,
  "half yearly": 6,
  quarterly: 3,
  monthly: 1,
  biennially: 24,
};

/**
 * Period words (each `reason` follows the quoted words) a person cannot read one way only ("biannually" is twice a year to some,
 * every two years to others) or that are not a whole number of months.
 */
export const UNCLEAR_PERIODS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /^(?:bi-?annual(?:ly)?|bi-?monthly|bi-?yearly)\b/i,
    reason: 'can mean twice per period or once every two periods: write "twice per year" or "once every 2 years"',
  },
  {
    pattern: /^(?:(?:per|a|an|each|every)\s+(?:\d+\s+|other\s+)?(?:weeks?|days?|fortnights?)|weekly|daily|fortnightly|bi-?weekly)\b/i,
    reason: 'is not a whole number of months: write "per month", "per quarter" or "per year"',
  },
];

/** "Minimum 5", "a minimum of 5", "min. 5": the word alone or with "of". */
const MINIMUM = "(?:a\\s+)?(?:minimum|min\\.|min(?![a-z.]))(?:\\s+of(?![a-z]))?";
const MAXIMUM = "(?:a\\s+)?(?:maximum|max\\.|max(?![a-z.]))(?:\\s+of(?![a-z]))?";

export const AT_LEAST_PATTERN = new RegExp(
  `^(?:at\\s+least|not\\s+less\\s+than|no\\s+less\\s+than|not\\s+fewer\\s+than|no\\s+fewer\\s+than|${MINIMUM}|≥)\\s*`,
  "i",
);

export const AT_MOST_PATTERN = new RegExp(
  `^(?:at\\s+most|no\\s+more\\s+than|not\\s+more\\s+than|${MAXIMUM}|not\\s+exceeding|not\\s+to\\s+exceed|≤)\\s*`,
  "i",
);

/** Comparators a person might write that the engine cannot measure without guessing. */
export const UNSUPPORTED_COMPARATORS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /^up\s+to\b/i,
    reason: '"up to" can mean a ceiling or a goal: write "At most" or "At least" with the number',
  },
  {
    pattern: /^(?:more\s+than|over|above|greater\s+than|fewer\s+than|less\s+than|under|below|>|<)(?=\s|\d|$)/i,
    reason: 'a strict comparison is not supported: write "At least" or "At most" with the number you mean',
  },
  {
    pattern: /^(?:about|around|approximately|approx\.?|roughly|circa|ca\.|~)(?=\s|\d|$)/i,
    reason: 'an approximate number cannot be measured: write "At least" or "At most" with the number',
  },
  {
    pattern: /^exactly\b/i,
    reason: 'an exact target is not supported: write "At least" or "At most" with the number',
  },
];

/** "5 or more", "2 or fewer". */
export const OR_MORE_PATTERN = /^or\s+(?:more|greater|higher|above)\b\s*/i;
export const OR_FEWER_PATTERN = /^or\s+(?:fewer|less|lower|below)\b\s*/i;

/**
 * "5 workshops minimum", "2 complaints at most": a comparator written after the number. Only at the
 * end of a part (reader.ts), since "… Maximum 2 complaints" after a part starts the next part.
 */
export const TRAILING_AT_LEAST_PATTERN = /^(?:at\s+(?:the\s+)?least|minimum|min\.|min(?![a-z.]))(?![a-z])\s*/i;
export const TRAILING_AT_MOST_PATTERN = /^(?:at\s+(?:the\s+)?most|maximum|max\.|max(?![a-z.]))(?![a-z])\s*/i;

/** Cells that say a target is still to come. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(["tbd", "tbc", "tba", "n/a", "na", "none", "-", "?", "..."]);

export const EXAMPLES = '"At least 5 Members", "27/33 Members", "twice per year" or "75% of requests"';
