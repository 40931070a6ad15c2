/**
 * Reads the milestone list that follows an RSP objective, e.g. "1 st , 3 rd to 4 th milestones",
 * "1st - 3rd milestone", "M1, M3", "1st and 2nd milestone". Text is already normalised
 * (one kind of dash, single spaces).
 */

import { shortQuote } from "./shortQuote";

/** Highest milestone number accepted; guards against "1st to 999th" typos producing hundreds of keys. */
export const MAX_MILESTONE = 99;

type Token =
  | { kind: "number"; value: number; text: string }
  | { kind: "range"; text: string }
  | { kind: "separator"; text: string }
  | { kind: "word"; text: string };

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

// One sticky pattern, one alternative per token kind, tried once per token: the text is read
// left to right in a single pass.
const TOKEN = new RegExp(
  [
    / +/.source,
    /(?<digits>M?\s?(?<number>\d+)(?:\s?(?:st|nd|rd|th)\b)?)/.source,
    `(?<ordinal>(?:${ORDINAL_WORDS.join("|")})\\b)`,
    /(?<range>-|to\b|through\b|thru\b)/.source,
    /(?<separator>,|;|&|\/|and\b)/.source,
    /(?<word>milestones?\b)/.source,
  ].join("|"),
  "iy",
);

function tokenize(text: string): Token[] | { unreadable: string } {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    if (!match) return { unreadable: shortQuote(text.slice(index).trim()) };
    const groups = match.groups ?? {};
    index += match[0].length;
    if (groups.digits !== undefined) {
      tokens.push({ kind: "number", value: Number(groups.number), text: shortQuote(match[0]) });
    } else if (groups.ordinal !== undefined) {
      tokens.push({ kind: "number", value: numberValue(groups.ordinal), text: match[0] });
    } else if (groups.range !== undefined) {
      tokens.push({ kind: "range", text: match[0] });
    } else if (groups.separator !== undefined) {
      tokens.push({ kind: "separator", text: match[0] });
    } else if (groups.word !== undefined) {
      tokens.push({ kind: "word", text: match[0] });
    }
  }
  return tokens;
}

function numberValue(text: string): number {
  const word = ORDINAL_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number(text);
}

export type MilestoneListResult = { milestones: number[] } | { error: string };

/**
 * Milestone numbers in reading order (duplicates kept; the caller deduplicates keys).
 * `objective` is only used in messages.
 */
export function parseMilestoneList(text: string, objective: string): MilestoneListResult {
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) {
    return {
      error: `could not read "${tokens.unreadable}" after RSP objective ${objective}; expected milestones such as "1st, 3rd to 4th milestones"`,
    };
  }
  // The word "milestone(s)" carries no meaning of its own: "milestones 1 to 3", "1st to 3rd milestones",
  // "1st milestone and 3rd milestone" all read the same.
  const items = tokens.filter((token) => token.kind !== "word");
  const milestones: number[] = [];
  let i = 0;
  let expectItem = true;
  while (i < items.length) {
    const token = items[i];
    if (token.kind === "separator") {
      expectItem = true;
      i += 1;
      continue;
    }
    if (token.kind !== "number" || !expectItem) {
      return { error: `could not read "${shortQuote(token.text)}" in the milestones of RSP objective ${objective}; expected a list such as "1st, 3rd to 4th milestones"` };
    }
    const next = items[i + 1];
    const end = items[i + 2];
    if (next?.kind === "range") {
      if (end?.kind !== "number") {
        return { error: `milestone range starting at "${token.text}" in RSP objective ${objective} has no end; write it as "1st to 3rd"` };
      }
      const range = expandRange(token, end, objective);
      if ("error" in range) return range;
      milestones.push(...range.milestones);
      i += 3;
    } else {
      const single = checkMilestone(token.value, token.text, objective);
      if (single) return single;
      milestones.push(token.value);
      i += 1;
    }
    expectItem = false;
  }
  if (milestones.length === 0) {
    return { error: `RSP objective ${objective} names no milestone; write it as "${objective} – 1st milestone"` };
  }
  return { milestones };
}

function checkMilestone(value: number, text: string, objective: string): { error: string } | null {
  if (value === 0) {
    return { error: `milestone "${text}" of RSP objective ${objective} does not exist; milestones are numbered from 1st` };
  }
  if (value > MAX_MILESTONE) {
    return { error: `milestone "${text}" of RSP objective ${objective} is out of range; milestones go up to ${MAX_MILESTONE}` };
  }
  return null;
}

function expandRange(
  start: Extract<Token, { kind: "number" }>,
  end: Extract<Token, { kind: "number" }>,
  objective: string,
): MilestoneListResult {
  const problem = checkMilestone(start.value, start.text, objective) ?? checkMilestone(end.value, end.text, objective);
  if (problem) return problem;
  if (end.value < start.value) {
    return {
      error: `milestone range "${start.text} to ${end.text}" of RSP objective ${objective} runs backwards; write it as "${end.text} to ${start.text}"`,
    };
  }
  const milestones: number[] = [];
  for (let m = start.value; m <= end.value; m += 1) milestones.push(m);
  return { milestones };
}
