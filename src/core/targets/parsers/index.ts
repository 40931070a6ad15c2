import { parseAll } from "./all";
import { parseAverage } from "./average";
import { parseCount } from "./count";
import { parseFraction } from "./fraction";
import { parseFrequency } from "./frequency";
import { parseGrowth } from "./growth";
import { parsePercent } from "./percent";
import { parseRatio } from "./ratio";
import type { QuantityParser } from "./types";

/**
 * Tried in order at the start of each part; the first that recognises its phrasing wins.
 * More specific phrasings come first: "20% annual growth" before "20%", "3 times a year"
 * and "one half" before the plain count that would read "3" or "one".
 */
export const QUANTITY_PARSERS: ReadonlyArray<QuantityParser> = [
  parseAll,
  parseAverage,
  parseGrowth,
  parsePercent,
  parseFrequency,
  parseFraction,
  parseRatio,
  parseCount,
];
