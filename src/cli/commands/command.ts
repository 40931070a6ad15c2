/** One subcommand of kpi-tracker. Each lives in its own file and is listed in ./index.ts. */
import type { OptionDefs, ParsedArgs } from "../args";
import type { CliIo } from "../io";

export interface Command {
  /** As typed: "parse-target". */
  name: string;
  /** One line for `kpi-tracker --help`. */
  summary: string;
  /** Arguments after the name, e.g. "FILE (-o OUT | --in-place) [--as-of YYYY-MM-DD]". */
  usage: string;
  options: OptionDefs;
  /** Returns the exit code. Throws UsageError (exit 2), CliError or WorkbookError (exit 1). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
