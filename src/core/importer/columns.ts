/**
 * Header rows: which column holds what. Columns are recognised by their header text, so a plan
 * can list them in any order ("KPI | Target | Action | RSP reference").
 */

export type Field = "action" | "rsp" | "kpi" | "target" | "deadline";
export type Role = Field | "marker" | "other" | "blank";

export const FIELDS: readonly Field[] = ["action", "rsp", "kpi", "target", "deadline"];

/** Annex II's order, used for rows that come before any header row. */
export const DEFAULT_ROLES: readonly Role[] = ["action", "rsp", "kpi", "target", "deadline"];

/** What a header cell names. Header cells are short labels that start with the column's name. */
export function roleOf(header: string): Role {
  const text = header.trim();
  if (text === "") return "blank";
  if (text.length > 60) return "other";
  if (/^(no\.?|#|n[°º]|ref\.?|letter|item|s\/?n)$/i.test(text)) return "marker";
  if (/^(deliverables?|deadlines?|due( date)?|by when|date)\b/i.test(text)) return "deadline";
  if (/^(kpis?|key performance)\b/i.test(text)) return "kpi";
  if (/^targets?\b/i.test(text)) return "target";
  if (/^(relevant part|rsp\b|milestones?\b)/i.test(text)) return "rsp";
  if (/^((specific )?actions?|activit(y|ies))\b/i.test(text)) return "action";
  return "other";
}

/** The roles of a header row, or null when the cells are not a header (3+ known columns). */
export function headerRoles(cells: readonly string[]): Role[] | null {
  const roles = cells.map(roleOf);
  const known = new Set(roles.filter((role): role is Field => (FIELDS as readonly string[]).includes(role)));
  return known.size >= 3 ? roles : null;
}
