/**
 * What the pasted text says about the plan itself: its name ("Strategic Action Plan 2024-2026"),
 * its period ("July 2024 – June 2026", "1 July 2025 to 30 June 2026", "2025-01-01 to …"), or the
 * years of its title, and failing those the latest deadline as its end. Each fact keeps the line
 * it came from, so the import report can say where every Setting came from.
 */
import { serialToParts, ymdToSerial } from "../dates";
import { tidy } from "./cells";
import { parseDeadline } from "./deadline";
import type { SourceLine } from "./types";

export interface Found<T> {
  value: T;
  /** Where it came from, in words: 'line 1 ("Strategic Action Plan 2024-2026")'. */
  source: string;
  /** The text's line it was read from, when one line says it. */
  line?: number;
}

export interface PlanFacts {
  name?: Found<string>;
  start?: Found<number>;
  end?: Found<number>;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(?:\\d{1,2}(?:st|nd|rd|th)?)";
const DATE = `(?:${DAY}\\s+${MONTH}\\.?,?\\s+\\d{4}|${MONTH}\\.?\\s+${DAY},?\\s+\\d{4}|${MONTH}\\.?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})`;
const TO = "\\s*(?:–|—|-|to|until|till|through)\\s*";
const RANGE = new RegExp(`(?:from\\s+)?(${DATE})${TO}(${DATE})`, "i");
const TITLE_YEARS = /\b((?:19|20)\d{2})\s*(?:[-–—/]|to)\s*((?:19|20)?\d{2})\b/;
const SINGLE_YEAR = /\b((?:19|20)\d{2})\b/;
const PLAN_WORD = /\b(plan|strategy|programme|program|roadmap)\b/i;

const quote = (line: SourceLine): string => `line ${line.line} ("${tidy(line.text).slice(0, 80)}")`;

/** "July 2024" as a start is its first day; as an end, its last day. */
function rangeDate(text: string, asEnd: boolean): number | null {
  const clean = text.trim().replace(/(\d)(st|nd|rd|th)\b/gi, "$1").replace(/,/g, "");
  const monthYear = new RegExp(`^(${MONTH})\\.?\\s+(\\d{4})$`, "i").exec(clean);
  if (monthYear && !asEnd) {
    const end = parseDeadline(clean);
    return end === null ? null : end - serialToParts(end).day + 1;
  }
  return parseDeadline(clean);
}

function cleanName(text: string): string {
  return tidy(
    text
      .replace(RANGE, "")
      // "(2022-2024)" is the plan's years: keep them; other parentheticals ("(draft)") go.
      .replace(/\(\s*((?:19|20)\d{2}\s*[-–—/]\s*(?:19|20)?\d{2})\s*\)/g, "$1")
      .replace(/\([^)]*\)/g, "")
      .replace(/\s*[:–—-]\s*$/, "")
  ).replace(/[,;:.–—-]+$/, "").trim();
}

/** Start and end of a plan named by its years: "2024-2026" → July 2024 to June 2026 for a July fiscal year. */
function titlePeriod(first: number, last: number, fiscalStartMonth: number): { start: number; end: number } | null {
  if (fiscalStartMonth === 1) return { start: ymdToSerial(first, 1, 1)!, end: ymdToSerial(last, 12, 31)! };
  const start = ymdToSerial(first, fiscalStartMonth, 1);
  const next = ymdToSerial(last, fiscalStartMonth, 1);
  return start === null || next === null ? null : { start, end: next - 1 };
}

/**
 * `lines` are the text's lines; `before` is the first line of the table (facts are looked for
 * above it); `deadlines` are the rows' deadlines with their lines.
 */
export function findPlanFacts(
  lines: readonly SourceLine[],
  before: number,
  deadlines: ReadonlyArray<{ line: number; value: number }>,
  fiscalStartMonth = 7
): PlanFacts {
  const facts: PlanFacts = {};
  // A title and a period are stated near the top; a sentence deep in a report is no title.
  const top = lines.filter((line) => line.line < before && line.text.trim() !== "").slice(0, 40);
  const titles = top.slice(0, 15).filter((line) => {
    const text = tidy(line.text);
    return PLAN_WORD.test(text) && text.length <= 100 && !/^[-•*–]/.test(text) && !/[.;]$/.test(text) && !line.text.includes("\t");
  });
  const nameLine = titles.find((line) => /\b(19|20)\d{2}\b/.test(line.text)) ?? titles[0];
  if (nameLine) {
    const name = cleanName(nameLine.text);
    if (name !== "") facts.name = { value: name, source: quote(nameLine), line: nameLine.line };
  }
  for (const line of top) {
    const range = RANGE.exec(line.text);
    if (!range) continue;
    const start = rangeDate(range[1], false);
    const end = rangeDate(range[2], true);
    if (start !== null && end !== null && end > start) {
      facts.start = { value: start, source: quote(line), line: line.line };
      facts.end = { value: end, source: quote(line), line: line.line };
      break;
    }
  }
  if (facts.start === undefined && nameLine) {
    const years = TITLE_YEARS.exec(nameLine.text);
    const single = years ? null : SINGLE_YEAR.exec(nameLine.text);
    const first = years ? Number(years[1]) : single ? Number(single[1]) : null;
    const last = years ? Number(years[2].length === 2 ? `${years[1].slice(0, 2)}${years[2]}` : years[2]) : first;
    if (first !== null && last !== null && last >= first) {
      const period = single ? titlePeriod(first, last, 1) : titlePeriod(first, last, fiscalStartMonth);
      if (period) {
        const how = single ? "the year in the title" : `the years in the title, with the fiscal year starting in month ${fiscalStartMonth}`;
        facts.start = { value: period.start, source: `${how}, ${quote(nameLine)}` };
        facts.end = { value: period.end, source: `${how}, ${quote(nameLine)}` };
      }
    }
  }
  if (facts.end === undefined && deadlines.length > 0) {
    const latest = deadlines.reduce((a, b) => (b.value > a.value ? b : a));
    facts.end = { value: latest.value, source: `the latest deadline (line ${latest.line})` };
  }
  return facts;
}
