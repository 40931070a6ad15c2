import { BULLET, collapseSpaces } from "./normalize";

/** "(1)", "( 2 )", or "3)" not glued to a word. */
const NUMBER_MARKER = /\(\s*(\d{1,2})\s*\)|(?<![\w/.,(])(\d{1,2})\)/g;

/**
 * Splits a numbered target "(1) … (2) …" at markers numbered 1, 2, 3 … in order, with or without
 * spaces or line breaks between parts. Markers out of sequence are left in the text (and so are
 * reported by the parser). Text that does not start with marker 1 is one part.
 */
function splitNumbered(text: string): string[] {
  const cuts: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(NUMBER_MARKER)) {
    const number = Number(match[1] ?? match[2]);
    if (number !== cuts.length + 1) continue;
    if (cuts.length === 0 && text.slice(0, match.index).trim() !== "") return [text];
    cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  if (cuts.length === 0) return [text];
  return cuts.map((cut, index) => text.slice(cut.end, index + 1 < cuts.length ? cuts[index + 1].start : text.length));
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
