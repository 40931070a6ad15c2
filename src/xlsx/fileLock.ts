/**
 * One writer per workbook: a lock file beside it (".plan.xlsx.kpi-tracker.lock"), created
 * atomically (O_EXCL) and holding the writer's pid and host. A lock whose process is gone (same
 * host) or that is older than an hour (another host) is stale and taken over. A second writer
 * waits briefly, then fails in plain words instead of silently losing one of the two results.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "fs";
import * as os from "os";
import * as path from "path";
import { WorkbookError } from "../workbook/gateway";
import { forgetOnExit, removeOnExit } from "./exitCleanup";

const STALE_AFTER_MS = 60 * 60 * 1000;
const POLL_MS = 100;

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export function lockFileOf(workbook: string): string {
  const resolved = path.resolve(workbook);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.kpi-tracker.lock`);
}

/** Is `pid` a live process on this machine? */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function holderOf(lock: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lock, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

function isStale(lock: string, holder: LockHolder | null): boolean {
  if (holder && holder.host === os.hostname()) return !processAlive(holder.pid);
  try {
    return Date.now() - statSync(lock).mtimeMs > STALE_AFTER_MS;
  } catch {
    return true;
  }
}

function tryCreate(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
  } finally {
    closeSync(fd);
  }
  return true;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function lockWaitMs(): number {
  const fromEnv = Number(process.env.KPI_TRACKER_LOCK_WAIT_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 3000;
}

/** Hold the workbook's lock while `work` runs; released on every path, signals included. */
export async function withWorkbookLock<T>(workbook: string, work: () => Promise<T>, waitMs = lockWaitMs()): Promise<T> {
  const lock = lockFileOf(workbook);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let created: boolean;
    try {
      created = tryCreate(lock);
    } catch {
      // A folder we cannot create files in: the save will report it in plain words.
      return work();
    }
    if (created) break;
    const holder = holderOf(lock);
    if (isStale(lock, holder)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      const who = holder ? `pid ${holder.pid}${holder.host !== os.hostname() ? ` on ${holder.host}` : ""}` : "pid unknown";
      throw new WorkbookError(
        `${path.basename(workbook)} is being written by another kpi-tracker (${who}); try again when it has finished (or delete ${path.basename(lock)} if no kpi-tracker is running).`
      );
    }
    await sleep(POLL_MS);
  }
  removeOnExit(lock);
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
    forgetOnExit(lock);
  }
}
