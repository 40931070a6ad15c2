/**
 * "Check this Excel": proof, from the host the add-in runs in, that what KPI Tracker relies on
 * holds there. Everything happens on a temporary sheet that is deleted afterwards; the user's
 * sheets are never touched. Each check reports ok or the error, and the whole is a plain-text
 * report the user can copy.
 */
import type { SelfTestCheck, SelfTestReport } from "../workbook/addinApi";
import type { ExcelRun } from "./backgroundRun";
import { describeOfficeError } from "./errors";
import { toExcelValue } from "./textSafety";

export interface HostInfo {
  host: string;
  platform: string;
  version: string;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported(name: string, minVersion: string): boolean;
}

export interface SelfTestOptions {
  /** How long to wait for change events to arrive (they come after the sync, asynchronously). */
  eventWaitMs?: number;
  /** Size of the large write and read. */
  largeBytes?: number;
}

/** What Office.js says about the host, or "unknown" outside Office. */
export function officeHostInfo(): HostInfo {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const diagnostics = office?.context?.diagnostics;
  return {
    host: String(diagnostics?.host ?? "unknown"),
    platform: String(diagnostics?.platform ?? "unknown"),
    version: String(diagnostics?.version ?? "unknown"),
    isSetSupported: (name, minVersion) => office?.context?.requirements?.isSetSupported(name, minVersion) === true,
  };
}

const RISKY_TEXT = ["=1+1", "+41", "-5", "@SUM(A1)"];
const DATE_SERIAL = 45473; // 2024-06-30
const DATE_FORMAT = "yyyy-mm-dd";
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function reportText(info: HostInfo, checks: readonly SelfTestCheck[]): string {
  const lines = [
    "KPI Tracker: Check this Excel",
    `Host: ${info.host}; platform: ${info.platform}; version: ${info.version}`,
    ...checks.map((check) => `${check.ok ? "ok   " : "ERROR"} ${check.name}: ${check.detail}`),
  ];
  return lines.join("\n");
}

/** Runs every check; never throws: a failure is a line of the report. */
export async function runSelfTest(run: ExcelRun, info: HostInfo, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const eventWaitMs = options.eventWaitMs ?? 1_000;
  const largeBytes = options.largeBytes ?? 1_000_000;
  const checks: SelfTestCheck[] = [];
  const check = async (name: string, body: () => Promise<string>): Promise<void> => {
    try {
      checks.push({ name, ok: true, detail: await body() });
    } catch (error) {
      checks.push({ name, ok: false, detail: error instanceof CheckFailed ? error.message : describeOfficeError(error) });
    }
  };

  await check("Requirement set ExcelApi 1.9", async () => {
    if (!info.isSetSupported("ExcelApi", "1.9")) throw new CheckFailed("this Excel does not support ExcelApi 1.9; KPI Tracker needs it");
    return "supported";
  });

  const suffix = String(Date.now() % 1_000_000).padStart(6, "0");
  const sheetName = `KPI Tracker check ${suffix}`;
  try {
    await run(async (context) => {
      context.workbook.worksheets.add(sheetName);
      await context.sync();
    });
  } catch (error) {
    checks.push({ name: "Temporary sheet", ok: false, detail: describeOfficeError(error) });
    return report(info, checks);
  }

  const sheet = (context: Excel.RequestContext): Excel.Worksheet => context.workbook.worksheets.getItem(sheetName);
  try {
    await check("Text starting with = + - @ stays text", () =>
      run(async (context) => {
        const range = sheet(context).getRange(`A1:A${RISKY_TEXT.length}`);
        range.values = RISKY_TEXT.map((text) => [toExcelValue(text, false)]);
        range.load("values");
        await context.sync();
        const back = range.values.map((row) => row[0]);
        const changed = back.filter((value, i) => value !== RISKY_TEXT[i]);
        if (changed.length > 0) throw new CheckFailed(`read back ${JSON.stringify(back)} for ${JSON.stringify(RISKY_TEXT)}`);
        return `${RISKY_TEXT.join("  ")} read back as written`;
      })
    );

    await check("A date written as a serial reads back as a date", () =>
      run(async (context) => {
        const cell = sheet(context).getRange("C1");
        cell.numberFormat = [[DATE_FORMAT]];
        cell.values = [[DATE_SERIAL]];
        cell.load("values, numberFormat, text");
        await context.sync();
        const [value, format, text] = [cell.values[0][0], cell.numberFormat[0][0], cell.text[0][0]];
        if (value !== DATE_SERIAL || format !== DATE_FORMAT) {
          throw new CheckFailed(`read back ${JSON.stringify(value)} formatted ${JSON.stringify(format)}`);
        }
        return `serial ${value}, format ${format}, shown as ${text}`;
      })
    );

    await check("Change events: on while the add-in listens, off while it writes", () =>
      run(async (context) => {
        const range = sheet(context).getRange("E1:E2");
        range.values = [["Probe"], [0]];
        const table = sheet(context).tables.add(range, true);
        table.name = `KpiCheck${suffix}`;
        await context.sync();
        let heard = 0;
        const registration = table.onChanged.add(async () => void (heard += 1));
        await context.sync();
        try {
          await pause(eventWaitMs);
          heard = 0; // only what the writes below cause counts
          context.runtime.enableEvents = false;
          table.getDataBodyRange().values = [[1]];
          await context.sync();
          context.runtime.enableEvents = true;
          await context.sync();
          await pause(eventWaitMs);
          const whileOff = heard;
          table.getDataBodyRange().values = [[2]];
          await context.sync();
          await pause(eventWaitMs);
          const whileOn = heard - whileOff;
          if (whileOff > 0) throw new CheckFailed(`${whileOff} event(s) arrived for a write made with events off`);
          if (whileOn === 0) throw new CheckFailed(`no event arrived within ${eventWaitMs} ms for a change made with events on`);
          // The pane cannot type into a cell for the user: a change made with events on stands
          // in for the user's edit (Excel raises the same onChanged, source Local).
          return "a change with events on raised an event; a write with events off raised none (a user's typing is not simulated)";
        } finally {
          registration.remove();
          context.runtime.enableEvents = true;
          await context.sync();
        }
      })
    );

    await check(`A ${Math.round(largeBytes / 1_000_000)} MB write and read`, () =>
      run(async (context) => {
        const rows = 1_000;
        const text = "x".repeat(Math.max(1, Math.floor(largeBytes / rows) - 4));
        const values = Array.from({ length: rows }, (_, i) => [`${i}`.padStart(4, "0") + text.slice(4)]);
        const range = sheet(context).getRange(`G1:G${rows}`);
        range.numberFormat = values.map(() => ["@"]);
        range.values = values;
        await context.sync();
        range.load("values");
        await context.sync();
        const same = range.values.every((row, i) => row[0] === values[i][0]);
        if (!same) throw new CheckFailed("the cells read back differ from what was written");
        return `${rows} cells, ${rows * values[0][0].length} characters, written and read back in one sync each`;
      })
    );
  } finally {
    await check("Temporary sheet deleted", () =>
      run(async (context) => {
        sheet(context).delete();
        await context.sync();
        return `"${sheetName}" removed`;
      })
    );
  }
  return report(info, checks);
}

function report(info: HostInfo, checks: SelfTestCheck[]): SelfTestReport {
  return { host: info.host, platform: info.platform, version: info.version, checks, text: reportText(info, checks) };
}

/** A check's own finding (not an Office error): its message is the report's detail. */
class CheckFailed extends Error {}
