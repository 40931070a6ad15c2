/** Where a command writes its workbook: -o never overwrites without --force; --in-place does. */
import { existsSync } from "fs";
import * as path from "path";
import type { OptionDefs, ParsedArgs } from "./args";
import { stringOption } from "./args";
import { CliError, UsageError } from "./io";

export const OUTPUT_OPTIONS: OptionDefs = {
  output: { type: "string", short: "o", valueName: "FILE", description: "write the workbook to FILE (.xlsx)" },
  force: { type: "boolean", description: "let -o replace an existing file" },
};

export const IN_PLACE_OPTION: OptionDefs = {
  "in-place": { type: "boolean", description: "write the result back into the input file" },
};

export const REPORT_OPTIONS: OptionDefs = {
  json: { type: "boolean", description: "print the report as JSON on standard output" },
  quiet: { type: "boolean", short: "q", description: "no progress on standard error" },
};

/**
 * The -o file, checked: an .xlsx name, a folder that exists, no existing file unless --force.
 * When it is the command's own input, the message points to --in-place.
 */
export function outputFile(args: ParsedArgs, input?: string): string | undefined {
  const file = stringOption(args, "output");
  if (file === undefined) return undefined;
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError(`-o ${file}: the output file name must end in .xlsx`);
  if (!existsSync(path.dirname(path.resolve(file)))) throw new CliError(`cannot write ${file}: folder ${path.dirname(file)} does not exist`);
  if (existsSync(file) && args.options.force !== true) {
    if (input !== undefined && path.resolve(input) === path.resolve(file)) {
      throw new CliError(`-o ${file} is the input file; use --in-place to update it, or -o another name`);
    }
    throw new CliError(`${file} already exists; choose another name, or add --force to replace it`);
  }
  return file;
}

/** Exactly one positional argument, named `what` in the message. */
export function onePositional(args: ParsedArgs, what: string): string {
  if (args.positionals.length === 0) throw new UsageError(`missing ${what}`);
  if (args.positionals.length > 1) throw new UsageError(`unexpected argument "${args.positionals[1]}"`);
  return args.positionals[0];
}
