/** Every kpi-tracker command, in help order. Adding a command: one file plus one line here. */
import type { Command } from "./command";
import { importCommand } from "./import";
import { newCommand } from "./new";
import { parseRspCommand } from "./parseRsp";
import { parseTargetCommand } from "./parseTarget";
import { recalcCommand } from "./recalc";
import { rolloverCommand } from "./rollover";
import { statusCommand } from "./status";
import { templateCommand } from "./template";
import { validateCommand } from "./validate";

export type { Command } from "./command";

export const COMMANDS: readonly Command[] = [
  parseTargetCommand,
  parseRspCommand,
  templateCommand,
  newCommand,
  recalcCommand,
  validateCommand,
  importCommand,
  statusCommand,
  rolloverCommand,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}
