/**
 * Deadline cells: "30 June 2024", "30 Jun 2024", "June 30, 2024", "2024-06-30", "30/06/2024",
 * "June 2024" (the month's last day) → Excel serial date.
 */
import { isoToSerial, ymdToSerial } from "../dates";

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** "June", "Jun", "Sept" → 6, 6, 9; null for anything else. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
  return index >= 0 ? index + 1 : null;
}

export function parseDeadline(text: string): number | null {
  if (typeof text !== "string") return null;
  const value = text.trim().replace(/(\d)(st|nd|rd|th)\b/gi, "$1");
  const iso = isoToSerial(value);
  if (iso !== null) return iso;
  let match = /^(\d{1,2})[ -]([A-Za-z]{3,})\.?,?[ -](\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[2]);
    return month ? ymdToSerial(Number(match[3]), month, Number(match[1])) : null;
  }
  match = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1]);
    return month ? ymdToSerial(Number(match[3]), month, Number(match[2])) : null;
  }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  if (match) return ymdToSerial(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^([A-Za-z]{3,})\.? (\d{4})$/.exec(value);
  if (match) {
    const month = monthNumber(match[1]);
    if (!month) return null;
    const year = Number(match[2]);
    const firstOfNext = month === 12 ? ymdToSerial(year + 1, 1, 1) : ymdToSerial(year, month + 1, 1);
    return firstOfNext === null ? null : firstOfNext - 1;
  }
  return null;
}
