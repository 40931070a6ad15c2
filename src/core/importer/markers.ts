/**
 * Row markers: the "a)", "(b)", "cc", "aa) Work …", "3.", "1.2" or "1-a" that opens a plan row.
 */
import { lettersAt, normalizeRef } from "../actionRefs";

export type Marker =
  | { kind: "letters"; token: string }
  | { kind: "number"; value: number }
  | { kind: "ref"; pillar: number; letters: string };

const WHOLE_MARKER = /^\(?\s*([A-Za-z]{1,2}|\d{1,2}|[|])\s*[).]{0,2}$/;
const LEADING_MARKER = /^\(?([A-Za-z]{1,2}|\d{1,2})[).]{1,2}\s+(\S.*)$/;
// "1.2", "1.2.", "2-3": pillar 1 (2), its second (third) action.
const NUMBERED_REF = /^(\d{1,2})[.-](\d{1,2})\.?$/;
const LEADING_REF = /^(\d{1,2})(?:\.(\d{1,2})\.?|-\(?([a-z]{1,2}|\d{1,2})\)?[.)]?)\s+(\S.*)$/i;

function markerFromToken(token: string): Marker | null {
  if (/^\d+$/.test(token)) return { kind: "number", value: Number(token) };
  if (token === "|") return { kind: "letters", token: "I" };
  if (token.length === 2 && token[0].toLowerCase() !== token[1].toLowerCase()) return null;
  return { kind: "letters", token };
}

function refMarker(pillar: string, item: string): Marker | null {
  if (/^\d+$/.test(item)) return Number(item) >= 1 && Number(pillar) >= 1 ? { kind: "ref", pillar: Number(pillar), letters: lettersAt(Number(item) - 1) } : null;
  const ref = normalizeRef(`${pillar}-${item}`);
  return ref ? { kind: "ref", pillar: Number(pillar), letters: ref.split("-")[1] } : null;
}

/** A cell that is only a marker: "a)", "(b)", "cc", "12.", "1-a", "1.2". */
export function wholeMarker(cell: string): Marker | null {
  const ref = normalizeRef(cell);
  if (ref) {
    const [pillar, letters] = ref.split("-");
    return { kind: "ref", pillar: Number(pillar), letters };
  }
  const numbered = NUMBERED_REF.exec(cell.trim());
  if (numbered) return refMarker(numbered[1], numbered[2]);
  const match = WHOLE_MARKER.exec(cell.trim());
  return match ? markerFromToken(match[1]) : null;
}

/** A marker glued to the start of the text: "aa) Work with RILO A/P …" → marker + the rest. */
export function leadingMarker(cell: string): { marker: Marker; rest: string } | null {
  const text = cell.trim();
  const ref = LEADING_REF.exec(text);
  if (ref) {
    const marker = refMarker(ref[1], ref[2] ?? ref[3]);
    if (marker) return { marker, rest: ref[4] };
  }
  const match = LEADING_MARKER.exec(text);
  if (!match) return null;
  const marker = markerFromToken(match[1]);
  return marker ? { marker, rest: match[2] } : null;
}
