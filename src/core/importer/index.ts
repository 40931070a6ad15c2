/**
 * Plan-text importer: a plan pasted from Word, PDF, Excel or a CSV file → Plan rows, the plan's
 * name, period and pillar titles where the text gives them, and the columns it did not know
 * (kept as user columns, never dropped). Pure: no Office, no files. Lines it cannot place are
 * reported with their line numbers, never dropped silently.
 */
import type { PlanRecord } from "../records";
import { assembleRows } from "./assemble";
import { findPlanFacts, type PlanFacts } from "./planFacts";
import { refineRows } from "./refine";
import { sourceLines } from "./source";
import type { ImportNote, UnplacedLine } from "./types";

export type { ImportNote, UnplacedLine } from "./types";
export type { Found, PlanFacts } from "./planFacts";

export interface PlanTextImport {
  rows: PlanRecord[];
  unplaced: UnplacedLine[];
  /** Repairs made and doubts met (a restored letter, an unreadable deadline), by line. */
  notes: ImportNote[];
  /** Headers of columns the importer does not know, in the order met: user columns of Plan. */
  userColumns: string[];
  /** Per row of `rows`, the cells of those columns by header. */
  userCells: Array<Record<string, string>>;
  /** Pillar titles from the text's headings ("1. Faster clearance", "Goal 2: …"). */
  pillars: Record<number, string>;
  /** The plan's name and period as the text states them. */
  plan: PlanFacts;
}

export interface PlanTextOptions {
  /** Month the fiscal year starts (1-12), used to read "Plan 2024-2026" as a period. */
  fiscalStartMonth?: number;
}

export function parsePlanText(text: string, options: PlanTextOptions = {}): PlanTextImport {
  if (typeof text !== "string") {
    const notes = [{ line: 0, ref: "", note: "nothing to import: expected the plan table's text" }];
    return { rows: [], unplaced: [], notes, userColumns: [], userCells: [], pillars: {}, plan: {} };
  }
  const { lines } = sourceLines(text);
  const { drafts, unplaced, pillars } = assembleRows(lines);
  const { rows, userCells, lines: rowLines, notes } = refineRows(drafts);
  const userColumns = [...new Set(userCells.flatMap((cells) => Object.keys(cells)))];
  const firstRow = drafts[0]?.line ?? Number.MAX_SAFE_INTEGER;
  const deadlines = rows.flatMap((row, index) => (row.deadline === null ? [] : [{ line: rowLines[index], value: row.deadline }]));
  const plan = findPlanFacts(lines, firstRow, deadlines, options.fiscalStartMonth);
  // Lines that named the plan or its period were read, so they are not "unplaced".
  const used = new Set([plan.name?.line, plan.start?.line, plan.end?.line]);
  return { rows, unplaced: unplaced.filter((line) => !used.has(line.line)), notes, userColumns, userCells, pillars, plan };
}
