/**
 * Row markers: the "a)", "(b)", "cc", "aa) Work …", "3." or "1-a" that opens a plan row.
 */
import { normalizeRef } from "../actionRefs";

export type Marker =
  | { kind: "letters"; token: string }
  | { kind: "number"; value: number }
  | { kind: "ref"; pillar: number; letters: string };

const WHOLE_MARKER = /^\(?\s*([A-Za-z]{1,2}|\d{1,2}|[|])\s*[).]{0,2}$/;
const LEADING_MARKER = /^\(?([A-Za-z]{1,2}|\d{1,2})[).]{1,2}\s+(\S.*)$/;

function markerFromToken(token: string): Marker | null {
  if (/^\d+$/.test(token)) return { kind: "number", value: Number(token) };
  if (token === "|") return { kind: "letters", token: "I" };
  if (token.length === 2 && token[0].toLowerCase() !== token[1].toLowerCase()) return null;
  return { kind: "letters", token };
}

/** A cell that is only a marker: "a)", "(b)", "cc", "12.", "1-a". */
export function wholeMarker(cell: string): Marker | null {
  const ref = normalizeRef(cell);
  if (ref) {
    const [pillar, letters] = ref.split("-");
    return { kind: "ref", pillar: Number(pillar), letters };
  }
  const match = WHOLE_MARKER.exec(cell.trim());
  return match ? markerFromToken(match[1]) : null;
}

/** A marker glued to the start of the text: "aa) Work with RILO A/P …" → marker + the rest. */
export function leadingMarker(cell: string): { marker: Marker; rest: string } | null {
  const match = LEADING_MARKER.exec(cell.trim());
  if (!match) return null;
  const marker = markerFromToken(match[1]);
  return marker ? { marker, rest: match[2] } : null;
}
