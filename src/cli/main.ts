/**
 * kpi-tracker's entry point: pick the command, parse its arguments, run it, and turn every
 * failure into one line and an exit code (2 for a wrong command line, 1 for a problem with the
 * input), never a stack trace.
 */
import { existsSync, readFileSync } from "fs";
import * as path from "path";
import { WorkbookError } from "../workbook/gateway";
import { parseArgs } from "./args";
import { COMMANDS, findCommand } from "./commands";
import { commandHelp, generalHelp } from "./commands/help";
import type { CliIo } from "./io";
import { CliError, UsageError } from "./io";

const HINT = 'run "kpi-tracker --help"';
const HELP_FLAGS = new Set(["--help", "-h", "help"]);
const VERSION_FLAGS = new Set(["--version", "-V", "version"]);

function defaultIo(io: Partial<CliIo>): CliIo {
  return {
    stdin: io.stdin ?? process.stdin,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
  };
}

/** The version in package.json, found upwards from this file (src/cli or dist/node/cli). */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (json.name === "kpi-tracker" && json.version) return json.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

export async function main(argv: string[], partialIo: Partial<CliIo> = {}): Promise<number> {
  const io = defaultIo(partialIo);
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(generalHelp(COMMANDS));
    return 2;
  }
  if (VERSION_FLAGS.has(name)) {
    io.stdout.write(`kpi-tracker ${packageVersion()}\n`);
    return 0;
  }
  if (HELP_FLAGS.has(name)) {
    const topic = rest[0] !== undefined ? findCommand(rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : generalHelp(COMMANDS));
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    const what = name.startsWith("-") ? `unknown option ${name}` : `unknown command "${name}"`;
    io.stderr.write(`kpi-tracker: ${what}; ${HINT}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(parseArgs(rest, command.options), io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kpi-tracker ${command.name}: ${error.message}; run "kpi-tracker ${command.name} --help"\n`);
      return 2;
    }
    if (error instanceof CliError || error instanceof WorkbookError) {
      io.stderr.write(`kpi-tracker ${command.name}: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`kpi-tracker ${command.name}: unexpected error: ${message}\n`);
    if (process.env.KPI_TRACKER_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
