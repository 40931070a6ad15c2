/**
 * A small argument parser: long options (--name, --name=value), short aliases (-o value),
 * boolean flags, and "--" to end options. Anything it does not know is a UsageError.
 */
import { isoToSerial } from "../core/dates";
import { UsageError } from "./io";

export interface OptionDef {
  type: "string" | "boolean";
  short?: string;
  /** Shown in help, e.g. "FILE". */
  valueName?: string;
  description: string;
}

export type OptionDefs = Record<string, OptionDef>;

export interface ParsedArgs {
  options: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseArgs(argv: readonly string[], defs: OptionDefs): ParsedArgs {
  const options: ParsedArgs["options"] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(defs).flatMap(([name, def]) => (def.short ? [[def.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = /^-([A-Za-z])$/.exec(arg);
    if (!long && !short) {
      positionals.push(arg);
      continue;
    }
    const name = long ? long[1] : byShort.get(short![1]);
    const def = name !== undefined ? defs[name] : undefined;
    if (name === undefined || !def) throw new UsageError(`unknown option ${long ? `--${long[1]}` : arg}`);
    if (def.type === "boolean") {
      if (long && long[2] !== undefined) throw new UsageError(`option --${name} takes no value`);
      options[name] = true;
      continue;
    }
    let value = long ? long[2] : undefined;
    if (value === undefined) {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || (value.startsWith("-") && value.length > 1)) {
      throw new UsageError(`option --${name} needs a value (${def.valueName ?? "VALUE"})`);
    }
    options[name] = value;
  }
  return { options, positionals };
}

/** "--as-of 2023-07-01" → its serial; anything but a real YYYY-MM-DD date is a UsageError. */
export function asOfOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const serial = typeof value === "string" ? isoToSerial(value) : null;
  if (serial === null) throw new UsageError(`--as-of "${String(value)}" is not a date; expected YYYY-MM-DD, e.g. 2023-07-01`);
  return serial;
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === "string" ? value : undefined;
}
