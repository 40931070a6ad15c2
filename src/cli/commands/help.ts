/** The text of `kpi-tracker --help` and `kpi-tracker COMMAND --help`, built from the registry. */
import type { OptionDefs } from "../args";
import type { Command } from "./command";

const pad = (text: string, width: number): string => text.padEnd(width);

function optionLines(options: OptionDefs): string[] {
  const rows = Object.entries(options).map(([name, def]) => {
    const flag = `${def.short ? `-${def.short}, ` : "    "}--${name}${def.type === "string" ? ` ${def.valueName ?? "VALUE"}` : ""}`;
    return [flag, def.description] as const;
  });
  const width = Math.max(0, ...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, description]) => `  ${pad(flag, width)}${description}`);
}

export function generalHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "kpi-tracker: track a strategic action plan's KPIs in an .xlsx workbook.",
    "",
    "Usage: kpi-tracker COMMAND [arguments]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    "",
    'Run "kpi-tracker COMMAND --help" for the arguments of one command, "kpi-tracker --version" for the version.',
    "Exit codes: 0 ok, 1 a problem with the input (one line on standard error), 2 a wrong command line.",
    "",
  ].join("\n");
}

export function commandHelp(command: Command): string {
  const options = optionLines(command.options);
  return [
    `Usage: kpi-tracker ${command.name} ${command.usage}`,
    "",
    `${command.summary.charAt(0).toUpperCase()}${command.summary.slice(1)}.`,
    ...(options.length > 0 ? ["", "Options:", ...options] : []),
    "",
  ].join("\n");
}
