/** `kpi-tracker parse-rsp [TEXT]`: an RSP reference → its milestone keys as JSON. */
import { parseRspReference } from "../../core/rsp";
import type { RspParseResult } from "../../core/types";
import { isFailure } from "../../core/types";
import { linesOf, readAll, UsageError } from "../io";
import type { Command } from "./command";

export function rspJson(result: RspParseResult): string {
  return JSON.stringify(isFailure(result) ? { error: result.error } : { keys: result.keys, specificAction: result.specificAction });
}

export const parseRspCommand: Command = {
  name: "parse-rsp",
  summary: "resolve an RSP reference (or references from standard input) to milestone keys as JSON",
  usage: '["TEXT"]',
  options: {},
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError('parse-rsp takes one TEXT; quote it: parse-rsp "1.2.1 – 1st milestone"');
    if (args.positionals.length === 1) {
      const result = parseRspReference(args.positionals[0]);
      io.stdout.write(`${rspJson(result)}\n`);
      return isFailure(result) ? 1 : 0;
    }
    if (io.stdin.isTTY) io.stderr.write("Reading RSP references from standard input, one per line (end with Ctrl+D).\n");
    for (const line of linesOf(await readAll(io.stdin))) io.stdout.write(`${rspJson(parseRspReference(line))}\n`);
    return 0;
  },
};
