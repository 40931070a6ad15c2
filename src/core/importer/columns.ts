/**
 * Header rows: which column holds what. Columns are recognised by their header text, so a plan
 * can list them in any order ("KPI | Target | Action | RSP reference") and in the words people
 * use ("Indicator", "Due date", "Responsible", "Strategy link"). A column it does not know keeps
 * its header and becomes a user column of Plan.
 */

export type Field = "action" | "rsp" | "kpi" | "target" | "deadline" | "baseline" | "owner";
export type Role = Field | "marker" | "other" | "blank";

export const FIELDS: readonly Field[] = ["action", "rsp", "kpi", "target", "deadline", "baseline", "owner"];

/** Annex II's order, used for rows that come before any header row. */
export const DEFAULT_ROLES: readonly Role[] = ["action", "rsp", "kpi", "target", "deadline"];

/** Header patterns by field, tried in this order (so "Strategic objective" is a link, not an action). */
const FIELD_HEADERS: ReadonlyArray<readonly [Field, RegExp]> = [
  ["deadline", /^(deliverables?|deadlines?|due( dates?)?|by when|dates?|timelines?|time ?frames?|completion( date)?|target dates?|when)\b/i],
  ["kpi", /^(kpis?|key performance|(key |performance |success )?indicators?|measures?( of success)?|metrics?)\b/i],
  ["baseline", /^baselines?\b/i],
  ["target", /^targets?\b/i],
  ["rsp", /^(relevant part|rsp\b|milestones?\b|strateg(y|ic) (links?|references?|objectives?|goals?)|links? to (the )?(strategy|rsp|strategic)|(strategic )?objectives?\b|alignment\b)/i],
  ["action", /^((specific |strategic |key )?actions?|activit(y|ies)|outputs?|initiatives?|interventions?|tasks?)\b/i],
  ["owner", /^(owners?|responsib(le|ility)|lead( (unit|office|agency|division|department))?$|led by|focal points?|accountable|unit responsible)/i],
];

/** What a header cell names. Header cells are short labels that start with the column's name. */
export function roleOf(header: string): Role {
  const text = header.trim();
  if (text === "") return "blank";
  if (text.length > 60) return "other";
  if (/^(no\.?|#|n[°º]|ref\.?|letter|item|s\/?n|sl\.? ?no\.?|code)$/i.test(text)) return "marker";
  for (const [field, pattern] of FIELD_HEADERS) if (pattern.test(text)) return field;
  return "other";
}

/** The roles of a header row, or null when the cells are not a header (3+ known columns). */
export function headerRoles(cells: readonly string[]): Role[] | null {
  const roles = cells.map(roleOf);
  const known = new Set(roles.filter((role): role is Field => (FIELDS as readonly string[]).includes(role)));
  if (known.size < 3) return null;
  // A data row can name three fields in passing; a header's unknown cells are short labels too.
  return roles.every((role, index) => role !== "other" || cells[index].trim().length <= 40) ? roles : null;
}
