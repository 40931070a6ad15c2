import { EXAMPLES } from "./constants";

const LONGEST_QUOTE = 80;

/** Quotes user text for a message, shortened when it is long. */
export function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return `"${oneLine.length > LONGEST_QUOTE ? `${oneLine.slice(0, LONGEST_QUOTE - 1)}…` : oneLine}"`;
}

/** Where a message points: the whole target, or one part of a multi-part target. */
export interface Place {
  text: string;
  /** 1-based part number; absent for a one-part target. */
  part?: number;
}

export function unreadableMessage(place: Place): string {
  const what = place.part === undefined ? "target" : `part ${place.part}`;
  return `Could not read ${what} ${quote(place.text)}: expected a number such as ${EXAMPLES}`;
}

export function leftoverMessage(place: Place, leftover: string, after: string): string {
  const what = place.part === undefined ? "target" : `part ${place.part}`;
  return (
    `Could not read ${what} ${quote(place.text)}: did not expect ${quote(leftover)} after ${quote(after)}; ` +
    'expected a period such as "per year", or a next part starting with "At least"'
  );
}

export function reasonMessage(place: Place, reason: string): string {
  const prefix = place.part === undefined ? "" : `Part ${place.part} `;
  return `${prefix}${quote(place.text)}: ${reason}`;
}
