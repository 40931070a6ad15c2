/**
 * Gives each draft row its action letters, using the order of the plan to repair what PDF text
 * gets wrong: "I)" or "1)" where the sequence expects "l)", "I)" for "i)", a lost letter.
 */
import { letterIndex, lettersAt, normalizeLetters } from "../actionRefs";
import type { Marker } from "./markers";

// Characters PDF fonts make of a lower-case "l" or "i".
const LOOKS_LIKE_L_OR_I = new Set(["I", "l", "1", "i", "|"]);

export interface LetterChoice {
  letters: string;
  note?: string;
}

/**
 * `previous` is the letters of the row before in the same pillar (null for the first row).
 * `numbered` says the pillar numbers its rows "1.", "2." rather than lettering them.
 */
export function chooseLetters(marker: Marker | null, previous: string | null, numbered: boolean): LetterChoice {
  const expected = lettersAt(previous === null ? 0 : letterIndex(previous) + 1);
  if (marker === null) return { letters: expected, note: `row had no letter; "${expected})" restored from the sequence` };
  if (marker.kind === "ref") return { letters: marker.letters };
  if (marker.kind === "number") {
    if (!numbered && marker.value === 1 && expected === "l") return { letters: "l" };
    return { letters: lettersAt(marker.value - 1) };
  }
  if (LOOKS_LIKE_L_OR_I.has(marker.token) && (expected === "l" || expected === "i")) return { letters: expected };
  const letters = normalizeLetters(marker.token) ?? expected;
  if (letters !== expected) return { letters, note: `letter "${letters}" where the sequence expects "${expected}"` };
  return { letters };
}
