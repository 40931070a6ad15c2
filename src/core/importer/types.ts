import type { Field } from "./columns";
import type { Marker } from "./markers";

/** A line the importer could not place in any row, with why. Lines are numbered from 1. */
export interface UnplacedLine {
  line: number;
  text: string;
  reason: string;
}

/** A repair or doubt worth showing: a restored letter, a date it could not read. */
export interface ImportNote {
  line: number;
  ref: string;
  note: string;
}

/** One plan row as assembled from its lines, before its cells are refined. */
export interface DraftRow {
  /** Line the row starts on. */
  line: number;
  pillar: number;
  marker: Marker | null;
  fields: Partial<Record<Field, string>>;
  /** Cells of columns the importer does not know, by header: they become user columns of Plan. */
  user: Record<string, string>;
}

/** One line of the text to import, numbered from 1 as the user's editor numbers it. */
export interface SourceLine {
  line: number;
  text: string;
}
