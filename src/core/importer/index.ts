/**
 * Plan-text importer: a plan table pasted from Word or PDF (like the seed's Annex II) → Plan rows.
 * Pure: no Office, no files. Lines it cannot place are reported, never dropped silently.
 */
import type { PlanRecord } from "../records";
import { assembleRows } from "./assemble";
import { refineRows } from "./refine";
import type { ImportNote, UnplacedLine } from "./types";

export type { ImportNote, UnplacedLine } from "./types";

export interface PlanTextImport {
  rows: PlanRecord[];
  unplaced: UnplacedLine[];
  /** Repairs made and doubts met (a restored letter, an unreadable deadline), by line. */
  notes: ImportNote[];
}

export function parsePlanText(text: string): PlanTextImport {
  if (typeof text !== "string") {
    return { rows: [], unplaced: [], notes: [{ line: 0, ref: "", note: "nothing to import: expected the plan table's text" }] };
  }
  const { drafts, unplaced } = assembleRows(text);
  const { rows, notes } = refineRows(drafts);
  return { rows, unplaced, notes };
}
