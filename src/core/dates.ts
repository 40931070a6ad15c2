/**
 * Excel serial dates (1900 date system, as Excel on Windows and the web use).
 * Serial 1 is 1900-01-01; Excel's fictitious 1900-02-29 makes serials from 61 on
 * line up with the epoch 1899-12-30, which is the only range a plan uses.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** "2024-06-30" → 45473. Returns null for anything that is not a real ISO calendar date. */
export function isoToSerial(iso: string): number | null {
  if (typeof iso !== "string") return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return ymdToSerial(year, month, day);
}

export function ymdToSerial(year: number, month: number, day: number): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }
  return Math.round((utc - EPOCH_UTC) / MS_PER_DAY);
}

/** 45473 → "2024-06-30" (the fractional time of day is dropped). */
export function serialToIso(serial: number): string {
  const date = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return date.toISOString().slice(0, 10);
}

export function serialToParts(serial: number): { year: number; month: number; day: number } {
  const date = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A JS Date (its UTC calendar day) → serial. */
export function dateToSerial(date: Date): number {
  return Math.floor((date.getTime() - EPOCH_UTC) / MS_PER_DAY);
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
}

/** Today's calendar day in local time, as a serial. */
export function todaySerial(now: Date = new Date()): number {
  return ymdToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate()) as number;
}

/**
 * Whole months from `start` to the day after `end`: 24 for 2022-07-01 … 2024-06-30 (DESIGN.md §4).
 * A partial trailing month is not counted.
 */
export function planMonths(start: number, end: number): number {
  const a = serialToParts(start);
  const b = serialToParts(end + 1);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return Math.max(0, months);
}

/**
 * The fiscal year a date falls in, named by its two calendar years ("2022/23"), for a fiscal
 * year that starts on the first day of `startMonth` (7 = July). With startMonth 1 it is "2022".
 */
export function fiscalYearOf(serial: number, startMonth = 7): string {
  const { year, month } = serialToParts(serial);
  if (startMonth === 1) return String(year);
  const first = month >= startMonth ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, "0")}`;
}

/** Quarter of the fiscal year (1-4) a date falls in. */
export function fiscalQuarterOf(serial: number, startMonth = 7): number {
  const { month } = serialToParts(serial);
  const offset = (month - startMonth + 12) % 12;
  return Math.floor(offset / 3) + 1;
}
