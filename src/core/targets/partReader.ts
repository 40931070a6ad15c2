import type { Comparator, TargetPart } from "../types";
import { FRACTION_DENOMINATORS, FREQUENCY_WORDS, NUMBER_WORDS, TENS_WORDS } from "./constants";
import { QUANTITY_PARSERS } from "./parsers";
import { isRejection, type Quantity, type Rejection } from "./parsers/types";
import { readComparator, readSuffixComparator } from "./reader";
import { rangeProblem } from "./refiners/checkRanges";

export type PartsOutcome =
  | { parts: TargetPart[] }
  | Rejection
  | { unreadable: true }
  | { leftover: string; after: string };

/** A later part of an unnumbered concatenation starts with a comparator or a capitalised "Once". */
const CAPITALISED_FREQUENCY = /^(?:Once|Twice|Thrice)(?![a-z])/;
const JOINER = /^(?:[,;&+]|and(?![a-z]))\s*/i;
const NEGATIVE = /^-\s*\d/;
const COMPARATOR_AHEAD =
  /^(.*?)\s*(?=(?:at\s+least|at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|not\s+fewer\s+than|(?:a\s+)?minimum|(?:a\s+)?maximum)(?![a-z])|[≥≤])/i;
const QUANTITY_WORDS = new Set([
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(FREQUENCY_WORDS),
  ...Object.keys(FRACTION_DENOMINATORS),
]);

/** Builds a part with its keys in a stable order and no undefined keys (it is written as JSON). */
function buildPart(quantity: Quantity, comparator: Comparator): TargetPart {
  const part: TargetPart = { kind: quantity.kind, comparator, value: quantity.value };
  if (quantity.of !== undefined) part.of = quantity.of;
  if (quantity.unit !== undefined) part.unit = quantity.unit;
  if (quantity.perMonths !== undefined) part.perMonths = quantity.perMonths;
  return part;
}

/**
 * "Meet at least 75% of …", "Use of accredited experts for at least one half of …": words before an
 * explicit comparator describe the target and are skipped, but only when they hold no number, so
 * "Report 2023" or "Train two staff at least" is never read as a target.
 */
function afterLeadIn(text: string): string | null {
  const match = COMPARATOR_AHEAD.exec(text);
  if (!match || match[1] === "") return null;
  const leadIn = match[1];
  if (/[\d%]/.test(leadIn)) return null;
  const words = leadIn.toLowerCase().split(/[^a-z]+/);
  if (words.some((word) => QUANTITY_WORDS.has(word))) return null;
  return text.slice(match[0].length);
}

/**
 * "Zero complaints", "0 incidents": a person reads "none allowed", but with no comparator the
 * default ">=" would make a target met before anything happens. Not guessed: the planner says which.
 */
const BARE_ZERO =
  'a target of 0 with no "At least" or "At most" is unclear: write "At most 0 …" (none allowed), or the number to reach';

function isBareZero(part: TargetPart): boolean {
  return (part.kind === "count" || part.kind === "share") && part.value === 0;
}

function conflict(first: Comparator, second: Comparator): Rejection | null {
  return first === second ? null : { reason: 'it says both "at least" and "at most": write one of them' };
}

type OnePart = { part: TargetPart; rest: string } | Rejection | null;

function readOnePart(text: string, allowLeadIn: boolean): OnePart {
  if (NEGATIVE.test(text)) return { reason: "a target cannot be negative" };
  const prefix = readComparator(text);
  if (prefix && isRejection(prefix)) return prefix;
  const body = prefix ? prefix.rest : text;
  if (NEGATIVE.test(body)) return { reason: "a target cannot be negative" };

  let quantity: Quantity | null = null;
  for (const parser of QUANTITY_PARSERS) {
    const result = parser(body);
    if (result === null) continue;
    if (isRejection(result)) return result;
    quantity = result;
    break;
  }
  if (quantity === null) {
    const rest = allowLeadIn && !prefix ? afterLeadIn(text) : null;
    return rest === null ? null : readOnePart(rest, false);
  }

  let comparator: Comparator = prefix?.value ?? quantity.comparator ?? ">=";
  if (prefix && quantity.comparator) {
    const clash = conflict(prefix.value, quantity.comparator);
    if (clash) return clash;
  }
  let rest = quantity.rest.trim();
  const suffix = readSuffixComparator(rest);
  if (suffix) {
    const clash = prefix || quantity.comparator ? conflict(comparator, suffix.value) : null;
    if (clash) return clash;
    comparator = suffix.value;
    rest = suffix.rest.trim();
  }
  const part = buildPart(quantity, comparator);
  const problem = rangeProblem(part);
  if (problem) return { reason: problem };
  if (!prefix && !quantity.comparator && !suffix && isBareZero(part)) return { reason: BARE_ZERO };
  return { part, rest };
}

function startsNextPart(text: string): boolean {
  return readComparator(text) !== null || CAPITALISED_FREQUENCY.test(text);
}

/**
 * Reads one written part (already split from its numbering) into one or more target parts:
 * unnumbered concatenations such as "At least 25% of the participations At least 20% annual
 * growth of …" give one target part per comparator.
 */
export function readParts(text: string): PartsOutcome {
  const parts: TargetPart[] = [];
  let rest = text.trim();
  while (rest !== "") {
    if (parts.length > 0) {
      const joined = rest.replace(JOINER, "");
      if (!startsNextPart(joined)) return { leftover: rest, after: text.slice(0, text.length - rest.length).trim() };
      rest = joined;
    }
    const read = readOnePart(rest, parts.length === 0);
    if (read === null) {
      return parts.length === 0
        ? { unreadable: true }
        : { leftover: rest, after: text.slice(0, text.length - rest.length).trim() };
    }
    if (isRejection(read)) return read;
    parts.push(read.part);
    rest = read.rest;
  }
  return parts.length === 0 ? { unreadable: true } : { parts };
}
