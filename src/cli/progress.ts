/**
 * Progress on standard error for runs that take a while: nothing for the first second, then one
 * line per phase ("reading plan.xlsx", "evaluating 60 KPI rows", "writing 1,260 cells"),
 * rewritten in place. Only on a terminal and without --quiet, so pipes and scripts see nothing.
 */
import type { WorkbookGateway } from "../workbook/gateway";
import type { Writer } from "./io";

const DELAY_MS = 1000;

export interface Progress {
  phase(text: string): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { phase: () => undefined, done: () => undefined };

export function terminalProgress(stderr: Writer & { isTTY?: boolean }, quiet: boolean, now: () => number = Date.now): Progress {
  if (quiet || stderr.isTTY !== true) return NO_PROGRESS;
  const started = now();
  let current = "";
  let shown = false;
  const show = (): void => {
    stderr.write(`\r\x1b[2K${current}…`);
    shown = true;
  };
  const timer = setTimeout(() => current && show(), DELAY_MS);
  timer.unref?.();
  return {
    phase(text) {
      current = text;
      if (shown || now() - started >= DELAY_MS) show();
    },
    done() {
      clearTimeout(timer);
      if (shown) stderr.write("\r\x1b[2K");
    },
  };
}

const thousands = (n: number): string => n.toLocaleString("en-US");

/**
 * One turn of the event loop: reading, evaluating and writing are long synchronous stretches,
 * and Ctrl+C (SIGINT) or SIGTERM is only handled between them (exitCleanup.ts then removes the
 * lock and temporary files). Without this a signal waits for the whole run.
 */
export const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The gateway with each batch announced: what is read, evaluated and written, with counts. */
export function reportingGateway(gateway: WorkbookGateway, progress: Progress, file: string): WorkbookGateway {
  return {
    async read(tables, options) {
      progress.phase(`reading ${file}`);
      await breathe();
      const snapshot = await gateway.read(tables, options);
      await breathe();
      const rows = Object.values(snapshot.tables).reduce((sum, t) => sum + (t?.rows.length ?? 0), 0);
      const plan = Object.entries(snapshot.tables).find(([name]) => name.toLowerCase() === "plan")?.[1];
      progress.phase(plan ? `evaluating ${thousands(plan.rows.length)} KPI rows (${thousands(rows)} rows read)` : `read ${thousands(rows)} rows`);
      return snapshot;
    },
    readRows: (requests) => gateway.readRows(requests),
    async write(batch) {
      const cells =
        (batch.columns ?? []).reduce((sum, c) => sum + c.values.length, 0) +
        (batch.cells ?? []).length +
        (batch.appends ?? []).reduce((sum, a) => sum + a.rows.length, 0);
      progress.phase(`writing ${thousands(cells)} cells${batch.sheets?.length ? ` and ${batch.sheets.length} sheet(s)` : ""}`);
      await breathe();
      await gateway.write(batch);
      await breathe();
    },
    createTables: (specs) => gateway.createTables(specs),
  };
}
