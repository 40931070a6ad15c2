/**
 * The task pane's ways to a NEW workbook, leaving the open one as it is (issue 14): the next
 * cycle of this plan (Set up → Start the next cycle) and a different plan from pasted text
 * (Import → Start a new plan from this text). Each reads the open workbook at most once and
 * writes nothing to it; the caller draws the returned table specs as a new .xlsx
 * (src/xlsx/newWorkbook.ts, the command line's path) and opens or offers it.
 */
import type { TableData, TableSpec, WorkbookGateway } from "./gateway";
import { WorkbookError } from "./gateway";
import { TABLE_NAMES, normalizeHeader } from "./schema";
import { SETTING_KEYS } from "./settings";
import { TableView } from "./tableView";
import { carried, nextCycleSpecs, type RolloverOptions, type RolloverReport } from "./rollover";
import { describeSetting, importedPlanWorkbook, type SettingChange } from "./importOperation";
import { parsePlanText } from "../core/importer";
import { serialToParts, ymdToSerial } from "../core/dates";

export type { RolloverOptions, RolloverReport } from "./rollover";
export type { SettingChange } from "./importOperation";

/** The open plan's name and period, and what Start the next cycle suggests. */
export interface NextCycleDraft {
  current: { name: string; start: number | null; end: number | null };
  /** The next period: from the day after this plan ends, as long as this one (null when this plan's period is unknown). */
  start: number | null;
  end: number | null;
  /** This plan's name with its years moved on (or as it is when it names none). */
  name: string;
  /** What the suggested next cycle carries over (null without a suggested period). */
  report: RolloverReport | null;
}

/** A Settings value by key, as stored (null when the key or the table is missing). */
function settingValue(table: TableData | null, key: string): string | number | boolean | null {
  if (!table) return null;
  const view = new TableView(table, "Settings");
  if (!view.has("Key") || !view.has("Value")) return null;
  for (let row = 0; row < view.rowCount; row += 1) {
    if (normalizeHeader(view.text(row, "Key")) === normalizeHeader(key)) return view.raw(row, "Value");
  }
  return null;
}

/** The period after [start, end]: the next day on, for as many whole years (at least one). */
export function followingPeriod(start: number, end: number): { start: number; end: number } {
  const next = end + 1;
  const years = Math.max(1, Math.round((end + 1 - start) / 365.25));
  const from = serialToParts(next);
  // 29 February has no twin in most years: the period then ends on 28 February.
  const after = ymdToSerial(from.year + years, from.month, from.day) ?? (ymdToSerial(from.year + years, from.month, from.day - 1) as number) + 1;
  return { start: next, end: after - 1 };
}

/** One read: this plan's name and period, the suggested next ones, and what would carry over. */
export async function draftNextCycle(gateway: WorkbookGateway): Promise<NextCycleDraft> {
  const snapshot = await gateway.read(TABLE_NAMES);
  const settings = snapshot.tables.Settings ?? null;
  const number = (key: string) => {
    const value = settingValue(settings, key);
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  };
  const current = { name: String(settingValue(settings, SETTING_KEYS.planName) ?? ""), start: number(SETTING_KEYS.planStart), end: number(SETTING_KEYS.planEnd) };
  if (current.start === null || current.end === null || current.end <= current.start) {
    return { current, start: null, end: null, name: current.name, report: null };
  }
  const period = followingPeriod(current.start, current.end);
  const { report } = nextCycleSpecs(snapshot, period);
  return { current, ...period, name: report.name, report };
}

/** One read, no write: the next plan's tables and what carried over. */
export async function nextCycleWorkbook(gateway: WorkbookGateway, options: RolloverOptions): Promise<{ specs: TableSpec[]; report: RolloverReport }> {
  if (!Number.isFinite(options.start) || !Number.isFinite(options.end)) {
    throw new WorkbookError("Enter the dates the next plan starts and ends. Nothing was created.");
  }
  const name = options.name?.trim();
  return nextCycleSpecs(await gateway.read(TABLE_NAMES), { start: options.start, end: options.end, ...(name ? { name } : {}) });
}

/** What the pane's "Start a new plan from this text" gives besides the text. */
export interface PlanFromTextChoices {
  /** Typed in the pane; blank fields fall back to what the text says. */
  name?: string;
  start?: number | null;
  end?: number | null;
  /** Keep this workbook's Members and RSP (the command line's --keep-members); off by default. */
  keepMembers: boolean;
}

export interface PlanFromText {
  /** Null when the plan cannot be created yet: see `missing`. */
  specs: TableSpec[] | null;
  name: string;
  /** Settings the new plan gets, and where each came from. */
  settings: SettingChange[];
  /** The same in words, one per Setting: 'Plan start = 2024-07-01 (from line 2 ("Period: …"))'. */
  settingLines: string[];
  /** "Plan name", "Plan start", "Plan end": what neither the text nor the pane gave. */
  missing: string[];
  rowsImported: number;
  unplaced: Array<{ line: number; text: string; reason: string }>;
  userColumns: string[];
  /** Members and RSP rows the new workbook holds (this workbook's only when kept). */
  members: number;
  rsp: number;
  message: string;
}

const FROM_PANE = "what you typed in the pane";

const MISSING_WORDS: Record<string, string> = {
  [SETTING_KEYS.planName]: "name",
  [SETTING_KEYS.planStart]: "start date",
  [SETTING_KEYS.planEnd]: "end date",
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A new plan from pasted text: its rows, its Settings (the pane's fields first, then the text), no other plan's. */
export async function planFromTextWorkbook(gateway: WorkbookGateway, text: string, choices: PlanFromTextChoices): Promise<PlanFromText> {
  if (text.trim() === "") throw new WorkbookError("Paste the plan text to import. Nothing was created.");
  const parsed = parsePlanText(text);
  if (parsed.rows.length === 0) throw new WorkbookError("No plan rows were found in the pasted text. Nothing was created.");
  const name = choices.name?.trim();
  const found = (value: number | null | undefined) => (typeof value === "number" && Number.isFinite(value) ? { value, source: FROM_PANE } : undefined);
  const workbook = importedPlanWorkbook(parsed, {
    ...(name ? { name: { value: name, source: FROM_PANE } } : {}),
    ...(found(choices.start) ? { start: found(choices.start) } : {}),
    ...(found(choices.end) ? { end: found(choices.end) } : {}),
  });
  const valueOf = (key: string) => workbook.settings.find((change) => change.key === key)?.value;
  const planName = String(valueOf(SETTING_KEYS.planName) ?? "Action plan");
  const start = valueOf(SETTING_KEYS.planStart);
  const end = valueOf(SETTING_KEYS.planEnd);
  if (typeof start === "number" && typeof end === "number" && end <= start) {
    throw new WorkbookError("The new plan must end after it starts. Nothing was created.");
  }
  let specs = workbook.specs;
  let members = 0;
  let rsp = 0;
  if (choices.keepMembers && workbook.missing.length === 0) {
    const kept = (await gateway.read(["Members", "RSP"])).tables;
    specs = specs.map((spec) => (spec.name === "Members" || spec.name === "RSP" ? carried(spec, kept[spec.name] ?? null, spec.name) : spec));
    members = kept.Members?.rows.length ?? 0;
    rsp = kept.RSP?.rows.length ?? 0;
  }
  const missing = [...(name || parsed.plan.name ? [] : [SETTING_KEYS.planName]), ...workbook.missing];
  const parts =
    missing.length > 0
      ? [`The pasted text does not say the plan's ${missing.map((key) => MISSING_WORDS[key] ?? key).join(" or ")}; enter ${missing.length > 1 ? "them" : "it"} and try again. Nothing was created.`]
      : [
          `New plan "${planName}": ${plural(parsed.rows.length, "row")} into Plan.`,
          choices.keepMembers ? `Kept this workbook's ${plural(members, "Member")} and ${plural(rsp, "RSP milestone")}.` : "Members and RSP start empty.",
        ];
  if (missing.length === 0 && parsed.userColumns.length > 0) parts.push(`Columns kept as user columns of Plan: ${parsed.userColumns.join(", ")}.`);
  if (missing.length === 0 && parsed.unplaced.length > 0) parts.push(`${plural(parsed.unplaced.length, "line")} could not be placed; see the list below.`);
  return {
    specs: missing.length > 0 ? null : specs,
    name: planName,
    settings: workbook.settings,
    settingLines: workbook.settings.map(describeSetting),
    missing,
    rowsImported: missing.length > 0 ? 0 : parsed.rows.length,
    unplaced: parsed.unplaced,
    userColumns: parsed.userColumns,
    members,
    rsp,
    message: parts.join(" "),
  };
}
