/**
 * The workbook's structure (DESIGN.md §2 "Required columns"), checked in this one place before
 * anything is read into numbers: Validate lists what is wrong, and Recalculate and Status sheet
 * refuse with the same words and change nothing. Without this a renamed "Target" column turns
 * every KPI Invalid, and a status sheet full of Invalid rows gets written into History.
 */
import type { TableData, WorkbookSnapshot } from "./gateway";
import { WorkbookError } from "./gateway";
import type { Problem } from "./model";
import type { TableName } from "./schema";
import { TABLES, normalizeHeader } from "./schema";
import { cellAddress } from "./cells";
import { PLAN_INPUT_TABLES } from "./inputTables";
import { RUN_SET_UP } from "./messages";

/** Tables every operation needs; the others may be absent entirely (their measures show No data). */
export const REQUIRED_TABLES: readonly TableName[] = ["Settings", "Plan"];

/** Tables are looked up case-insensitively: "plan" is the Plan table. */
export function findTable(snapshot: WorkbookSnapshot, name: string): TableData | null {
  if (snapshot.tables[name]) return snapshot.tables[name];
  const key = Object.keys(snapshot.tables).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? snapshot.tables[key] : null;
}

/** "Target (2024)", "target_", "TARGETS" → compared without case, spaces or punctuation. */
function looseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Edit distance counting a swap of two neighbours as one edit ("Rfe" for "Ref"); headers are short. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Headers longer than this are not compared letter by letter (a pasted paragraph is no header). */
const MAX_COMPARED_HEADER = 64;

/**
 * The header of `table` that looks like the missing `expected` one, or null: the same letters
 * without case, spaces or punctuation, the expected header inside it ("Target (2024)"), or a
 * typo away (one edit for short headers, two for longer). Headers of the schema's own columns
 * ("Target value" is not "Target") are never suggested.
 */
export function lookAlikeHeader(table: TableName, headers: readonly string[], expected: string): string | null {
  const own = new Set(TABLES[table].columns.map((c) => normalizeHeader(c.header)));
  const wanted = looseHeader(expected);
  const limit = wanted.length <= 4 ? 1 : 2;
  let best: { header: string; score: number } | null = null;
  for (const raw of headers) {
    const header = String(raw ?? "");
    if (header.trim() === "" || own.has(normalizeHeader(header))) continue;
    const loose = looseHeader(header);
    if (loose === "") continue;
    const close = loose.length <= MAX_COMPARED_HEADER && Math.abs(loose.length - wanted.length) <= limit && editDistance(loose, wanted) <= limit;
    const score = loose === wanted ? 0 : close ? 1 : loose.includes(wanted) ? 2 : Infinity;
    if (score < (best?.score ?? Infinity)) best = { header, score };
  }
  return best?.header ?? null;
}

function missingTable(name: TableName, required: boolean): Problem {
  const why = required ? "" : " Its measures show No data until it exists.";
  return {
    severity: required ? "error" : "warning",
    table: name,
    row: null,
    column: null,
    message: `The workbook has no table named "${name}". ${RUN_SET_UP} to insert it, or give your table that name (Table Design > Table Name).${why}`,
  };
}

function missingColumn(name: TableName, data: TableData, expected: string): Problem {
  const alike = lookAlikeHeader(name, data.headers, expected);
  const problem: Problem = { severity: "error", table: name, row: null, column: expected, message: "" };
  if (alike === null) {
    problem.message = `Table ${name} has no "${expected}" column; add a column with that header.`;
    return problem;
  }
  const index = data.headers.indexOf(alike);
  const address = cellAddress(data.sheet, data.origin.row, data.origin.col + index);
  problem.address = address;
  problem.message = `Table ${name} has no "${expected}" column; the column "${alike}" (${address}) looks like it: rename it to "${expected}".`;
  return problem;
}

/**
 * Missing tables and missing required columns of the plan's input tables. Errors block
 * Recalculate and Status sheet; a missing optional table is a warning.
 */
export function structureProblems(snapshot: WorkbookSnapshot): Problem[] {
  const problems: Problem[] = [];
  for (const name of PLAN_INPUT_TABLES) {
    const data = findTable(snapshot, name);
    if (!data) {
      problems.push(missingTable(name, REQUIRED_TABLES.includes(name)));
      continue;
    }
    const present = new Set(data.headers.map((h) => normalizeHeader(String(h ?? ""))));
    for (const column of TABLES[name].columns) {
      if (column.role !== "input" || !column.required || present.has(normalizeHeader(column.header))) continue;
      problems.push(missingColumn(name, data, column.header));
    }
  }
  return problems;
}

/**
 * Throws, before anything is written, when the workbook's structure is broken: the message
 * lists the same problems Validate shows and says nothing was changed.
 */
export function assertStructure(snapshot: WorkbookSnapshot, operation: "Recalculate" | "Status sheet"): void {
  const errors = structureProblems(snapshot).filter((p) => p.severity === "error");
  if (errors.length === 0) return;
  const messages = errors.map((p) => p.message).join(" ");
  throw new WorkbookError(`${operation} cannot run: ${messages} Nothing was changed.`, errors[0].table);
}
