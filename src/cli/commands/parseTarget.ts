/** `kpi-tracker parse-target [TEXT]`: a target cell's text → its parts as JSON (DESIGN.md §3). */
import { parseTarget } from "../../core/targets";
import type { TargetParseResult, TargetPart } from "../../core/types";
import { isFailure } from "../../core/types";
import { linesOf, readAll, UsageError } from "../io";
import type { Command } from "./command";

/** The §3 fields only, in §3 order; optional ones only when present (perMonths only on rates). */
function partJson(part: TargetPart): TargetPart {
  const json: TargetPart = { kind: part.kind, comparator: part.comparator, value: part.value };
  if (part.of !== undefined) json.of = part.of;
  if (part.unit !== undefined) json.unit = part.unit;
  if (part.perMonths !== undefined) json.perMonths = part.perMonths;
  return json;
}

export function targetJson(result: TargetParseResult): string {
  return JSON.stringify(isFailure(result) ? { error: result.error } : { parts: result.parts.map(partJson) });
}

export const parseTargetCommand: Command = {
  name: "parse-target",
  summary: "parse a target (or targets from standard input, one per line) and print JSON",
  usage: '["TEXT"]',
  options: {},
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError('parse-target takes one TEXT; quote it: parse-target "At least 28 Members"');
    if (args.positionals.length === 1) {
      const result = parseTarget(args.positionals[0]);
      io.stdout.write(`${targetJson(result)}\n`);
      return isFailure(result) ? 1 : 0;
    }
    if (io.stdin.isTTY) io.stderr.write("Reading targets from standard input, one per line (end with Ctrl+D).\n");
    for (const line of linesOf(await readAll(io.stdin))) io.stdout.write(`${targetJson(parseTarget(line))}\n`);
    return 0;
  },
};
