/**
 * Line classifier: what one pasted line is, before rows are assembled.
 */
import { isRule, splitCells, tidy, type Layout } from "./cells";
import { headerRoles, type Role } from "./columns";

export type LineKind =
  | { kind: "blank" }
  | { kind: "rule" }
  | { kind: "header"; roles: Role[]; labels: string[]; layout: Layout }
  | { kind: "pillar"; pillar: number; title: string }
  | { kind: "text"; text: string }
  | { kind: "cells"; cells: string[]; layout: Layout };

// "1. Title", "Pillar 2: Title", "Goal 3 – Title", "Strategic objective 1. Title", "Priority area 4: Title".
const PILLAR_HEADING =
  /^(?:(?:pillar|goal|priority(?: area)?|strategic (?:goal|pillar|priority|objective|area)|key result area|focus area|outcome)\s*(\d{1,2})\s*[.:)–—-]?|(\d{1,2})\s*[.:)])\s+([A-Za-z].*)$/i;

export function classifyLine(line: string): LineKind {
  const { cells, layout } = splitCells(line.replace(/\f/g, ""));
  if (cells.every((cell) => cell === "")) return { kind: "blank" };
  if (isRule(cells)) return { kind: "rule" };
  const roles = headerRoles(cells);
  if (roles) return { kind: "header", roles, labels: cells.map(tidy), layout };
  const filled = cells.filter((cell) => cell !== "");
  // A lone first cell is a heading or stray text; a lone later cell continues a wrapped row.
  if (filled.length === 1 && cells[0] !== "") {
    const only = tidy(filled[0]);
    const heading = PILLAR_HEADING.exec(only);
    if (heading) return { kind: "pillar", pillar: Number(heading[1] ?? heading[2]), title: heading[3].trim() };
    if (layout === "none") return { kind: "text", text: only };
  }
  return { kind: "cells", cells, layout };
}
