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
}
