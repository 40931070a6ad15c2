/** Typed table rows live in src/core (the importer produces them); re-exported for the workbook layer. */
export type * from "../core/records";
