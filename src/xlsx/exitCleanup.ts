/**
 * Files that must not outlive the process (temporary saves, lock files): removed when the
 * process is interrupted (SIGINT, SIGTERM, SIGHUP) or exits while they still exist. Handlers
 * are installed only while such a file exists, so a library caller's own handlers stay in charge
 * the rest of the time.
 */
import { rmSync } from "fs";

const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function removeAll(): void {
  for (const file of pending) rmSync(file, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  process.exit(EXIT_CODES[signal] ?? 1);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removeAll);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", removeAll);
}

export function removeOnExit(file: string): void {
  if (pending.size === 0) install();
  pending.add(file);
}

export function forgetOnExit(file: string): void {
  pending.delete(file);
  if (pending.size === 0) uninstall();
}
