/** The evaluated plan's types live in src/core (the engine owns them); re-exported for the workbook layer. */
export type * from "../core/evaluation";
