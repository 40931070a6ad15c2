import { BULLET, collapseSpaces } from "./normalize";

/** "(1)", "( 2 )", or "3)" not glued to a word. */
const NUMBER_MARKER = /\(\s*(\d{1,2})\s*\)|(?<![\w/.,(])(\d{1,2})\)/g;
/** "(a)", "( b )", or "c)" not glued to a word: lettered parts, as planners also write them. */
const LETTER_MARKER = /\(\s*([a-z])\s*\)|(?<![\w/.,(])([a-z])\)/gi;

const numberOf = (marker: string): number => Number(marker);
const letterOf = (marker: string): number => marker.toLowerCase().charCodeAt(0) - 96;

/**
 * Splits a numbered target "(1) … (2) …" (or lettered "(a) … (b) …") at markers numbered 1, 2, 3 …
 * (a, b, c …) in order, with or without spaces or line breaks between parts. Markers out of
 * sequence are left in the text (and so are reported by the parser). null when the text does
 * not start with marker 1 (or a).
 */
function splitMarked(text: string, markers: RegExp, ordinal: (marker: string) => number): string[] | null {
  const cuts: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(markers)) {
    const number = ordinal(match[1] ?? match[2]);
    if (number !== cuts.length + 1) continue;
    if (cuts.length === 0 && text.slice(0, match.index).trim() !== "") return null;
    cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  if (cuts.length === 0) return null;
  return cuts.map((cut, index) => text.slice(cut.end, index + 1 < cuts.length ? cuts[index + 1].start : text.length));
}

function splitNumbered(text: string): string[] {
  return splitMarked(text, NUMBER_MARKER, numberOf) ?? splitMarked(text, LETTER_MARKER, letterOf) ?? [text];
}

/**
 * The written parts of a normalized target: bullets and numbering separate parts; unnumbered
 * concatenations ("At least once per year At least 5 Members per year") stay one string here and
 * are separated by the part parser, which knows where a part ends.
 */
export function splitWrittenParts(normalized: string): string[] {
  return normalized
    .split(BULLET)
    .flatMap(splitNumbered)
    .map(collapseSpaces)
    .filter((part) => part !== "");
}
