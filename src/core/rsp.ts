/**
 * RSP references: "1.2.1 – 1 st , 3 rd to 4 th milestones" → ["1.2.1-M1", "1.2.1-M3", "1.2.1-M4"]
 * (DESIGN.md §5 Map). Text comes from PDF extraction, so ordinals carry inner spaces ("1 st"),
 * dashes come in several kinds and Annex III wraps the reference as "(RSP 1.1.1 – 1 st milestone)".
 */
import type { RspParseResult } from "./types";
import { parseMilestoneList } from "./rsp/milestoneList";
import { shortQuote } from "./rsp/shortQuote";

// Neutral wording: the plan may be another organisation's, so the example is not ROCB's phrase.
export const EMPTY_RSP_MESSAGE = 'expected an RSP reference such as "1.1.1 – 1st milestone" or "Specific action"';

// Starts only where a digit run starts: without the look-behind a long digit run is tried from
// every one of its digits, which made a 32,767-digit cell take a second (issue 10).
const OBJECTIVE = /(?<!\d)\d+\.\d+\.\d+/g;
const SPECIFIC_ACTION = /^(?:ROCB\s*A\s*\/?\s*P\s+)?specific action\b/i;

export function milestoneKey(objective: string, milestone: number): string {
  return `${objective.trim()}-M${milestone}`;
}

export function parseMilestoneKey(key: string): { objective: string; milestone: number } | null {
  if (typeof key !== "string") return null;
  const match = /^(\d+(?:\.\d+)+)\s*-\s*M(\d+)$/i.exec(key.trim());
  if (!match) return null;
  const milestone = Number(match[2]);
  if (milestone < 1) return null;
  return { objective: match[1], milestone };
}

/**
 * Never throws: an unreadable reference is an `{ error }` that says what was expected.
 * Linear in the text's length (every pattern here is anchored or cannot backtrack over
 * what it already passed), so a cell of Excel's 32,767 characters parses in milliseconds.
 */
export function parseRspReference(text: string): RspParseResult {
  const normalized = normalizeRspText(typeof text === "string" ? text : "");
  if (normalized === "") return { error: EMPTY_RSP_MESSAGE };
  if (SPECIFIC_ACTION.test(normalized)) return { keys: [], specificAction: true };

  const body = referenceBody(normalized);
  const objectives = [...body.matchAll(OBJECTIVE)];
  if (objectives.length === 0) {
    return { error: `could not find an RSP objective such as 1.1.1 in "${shortQuote(normalized)}"; ${EMPTY_RSP_MESSAGE}` };
  }
  const leading = stripSeparators(body.slice(0, objectives[0].index));
  if (leading !== "") {
    return { error: `could not read "${shortQuote(leading)}" before RSP objective ${shortQuote(objectives[0][0])}; ${EMPTY_RSP_MESSAGE}` };
  }

  const keys = new Set<string>();
  for (let i = 0; i < objectives.length; i += 1) {
    const objective = objectives[i][0];
    const from = (objectives[i].index ?? 0) + objective.length;
    const to = i + 1 < objectives.length ? objectives[i + 1].index : body.length;
    const list = parseMilestoneList(stripSeparators(body.slice(from, to)), shortQuote(objective));
    if ("error" in list) return { error: list.error };
    for (const milestone of list.milestones) keys.add(milestoneKey(objective, milestone));
  }
  return { keys: [...keys], specificAction: false };
}

/** One kind of space, one kind of dash, no markup, trimmed. */
export function normalizeRspText(text: string): string {
  return text
    // [^<>]: a tag never spans another "<", so an unclosed "<a<a<a…" is not rescanned to the end.
    .replace(/<\/?[a-z][^<>]*>/gi, " ")
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, " ")
    .trim();
}

/**
 * The part of the text that holds the reference: the "(RSP …)" groups when there are any (Annex III
 * appends them to the action text), else the text without a leading "RSP" and outer parentheses.
 */
function referenceBody(text: string): string {
  const groups = [...text.matchAll(/\(\s*RSP\b([^()]*)\)/gi)].map((group) => group[1]);
  if (groups.length > 0) return groups.join(" ; ");
  const unwrapped = text.startsWith("(") && text.endsWith(")") && text.length > 1 ? text.slice(1, -1).trim() : text;
  return unwrapped.replace(/^RSP\b\s*/i, "");
}

/** Drops the dashes, colons, commas, semicolons and "and" that join objectives and milestone lists. */
function stripSeparators(text: string): string {
  return withoutTrailingSeparators(text.trim().replace(/^(?:[-:;,]|and\b|\s)+/i, ""));
}

/**
 * The trailing-separator pattern anchored at the end (`(?:…)+$`) would be tried from every
 * position of a long run of separators; walking back from the end is linear.
 */
function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  for (;;) {
    const last = text.charAt(end - 1);
    if (last !== "" && (" -:;,".includes(last) || /\s/.test(last))) {
      end -= 1;
    } else if (end >= 3 && text.slice(end - 3, end).toLowerCase() === "and" && !/\w/.test(text.charAt(end - 4))) {
      end -= 3;
    } else {
      return text.slice(0, end);
    }
  }
}
