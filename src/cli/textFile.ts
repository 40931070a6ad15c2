/** Reading a text file the user names (plan text, Members or RSP CSV) with plain-words errors. */
import { promises as fs } from "fs";
import { isoToSerial } from "../core/dates";
import { CliError, UsageError } from "./io";

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF16LE_BOM = Buffer.from([0xff, 0xfe]);

/** The text of a file: UTF-8 (with or without a byte-order mark) or UTF-16 from Notepad. */
export function planTextOf(file: string, bytes: Buffer): string {
  if (bytes.subarray(0, 2).equals(UTF16LE_BOM)) return bytes.subarray(2).toString("utf16le");
  if (bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new CliError(`${file} is a workbook or a Word file, not text; save or copy it as text (.txt or .csv) and use that`);
  }
  if (bytes.includes(0)) throw new CliError(`${file} is not a text file; save or copy it as text (.txt or .csv) and use that`);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EISDIR") throw new CliError(`${file} is a folder, not a text file`);
    if (code === "EACCES" || code === "EPERM") throw new CliError(`cannot read ${file}: permission denied`);
    throw new CliError(`cannot read ${file} (${code ?? String(error)})`);
  }
  return planTextOf(file, bytes);
}

/** "--start 2024-07-01" → its serial; anything but a real YYYY-MM-DD date is a UsageError. */
export function dateOption(value: string | boolean | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const serial = typeof value === "string" ? isoToSerial(value) : null;
  if (serial === null) throw new UsageError(`--${name} "${String(value)}" is not a date; expected YYYY-MM-DD, e.g. 2024-07-01`);
  return serial;
}
