/**
 * Opening and saving .xlsx files with plain-words errors: a missing file, a file that is not an
 * .xlsx, an encrypted one or a damaged one each get one clear sentence. Saving is atomic: the
 * workbook is written to a temporary file in the target folder, then renamed over the target.
 */
import { constants as fsConstants, promises as fs } from "fs";
import * as path from "path";
import { WorkbookError } from "../workbook/gateway";
import { forgetOnExit, removeOnExit } from "./exitCleanup";
import { processAlive } from "./fileLock";
import { ZipPackage } from "./zipPackage";

/** Every .xlsx is a zip archive. */
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Encrypted Office files (and old .xls files) are OLE compound files. */
const MB = 1024 * 1024;
/** The compressed file; its parts are limited separately (zipPackage.ts). */
const MAX_FILE_BYTES = 512 * MB;
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function readSignature(file: string): Promise<Buffer> {
  const handle = await fs.open(file, "r");
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function loadPackage(file: string): Promise<ZipPackage> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new WorkbookError(`${file}: no such file.`);
  if (!stat.isFile()) throw new WorkbookError(`${file} is not a file.`);
  const signature = await readSignature(file);
  if (signature.length >= 8 && signature.equals(OLE_SIGNATURE)) {
    throw new WorkbookError(
      `${file} is encrypted or password-protected, save it without a password (or, if it is an old .xls file, save it as .xlsx).`
    );
  }
  if (signature.length < 4 || !signature.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new WorkbookError(`${file} is not an .xlsx workbook (save it from Excel as "Excel Workbook (.xlsx)").`);
  }
  if (stat.size > MAX_FILE_BYTES) {
    throw new WorkbookError(`${file} is too large to process: ${Math.round(stat.size / MB)} MB (the limit is ${MAX_FILE_BYTES / MB} MB).`);
  }
  let pkg: ZipPackage;
  try {
    pkg = ZipPackage.read(new Uint8Array(await fs.readFile(file)), file);
  } catch (error) {
    if (error instanceof WorkbookError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookError(`${file} could not be read as an .xlsx workbook, it looks damaged (${reason}).`);
  }
  if (!pkg.has("[Content_Types].xml")) {
    throw new WorkbookError(`${file} could not be read as an .xlsx workbook, it looks damaged (no [Content_Types].xml).`);
  }
  return pkg;
}

const TEMP_SUFFIX = ".tmp";

function tempNameOf(file: string): string {
  const folder = path.dirname(path.resolve(file));
  return path.join(folder, `.${path.basename(file)}.${process.pid}.${Date.now()}${TEMP_SUFFIX}`);
}

/** Temporary files a killed run left beside `file` (their process is gone): removed. */
export async function removeStaleTemps(file: string): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const prefix = `.${path.basename(file)}.`;
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length)) : null;
    if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1]))) {
      await fs.rm(path.join(folder, name), { force: true });
    }
  }
}

/**
 * Refuse a file the user cannot write: no write permission bit at all (which also stops root,
 * who passes every access check), or no write access for this user.
 */
export async function assertWritable(file: string): Promise<void> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) return;
  const readOnly = (stat.mode & 0o222) === 0 || (await fs.access(file, fsConstants.W_OK).then(() => false, () => true));
  if (readOnly) throw new WorkbookError(`Could not write ${file}: it is read-only; make it writable (or write the result elsewhere with -o).`);
}

/**
 * Write to a temporary file beside the target, then rename: never a half-written target. The
 * target's permissions are kept; the temporary file is removed on every path, signals included.
 */
export async function saveBytesSafely(file: string, bytes: Uint8Array): Promise<void> {
  await assertWritable(file);
  await removeStaleTemps(file);
  const previous = await fs.stat(file).catch(() => null);
  const temp = tempNameOf(file);
  removeOnExit(temp);
  try {
    await fs.writeFile(temp, bytes, { mode: previous ? previous.mode & 0o7777 : 0o666 });
    if (previous) await fs.chmod(temp, previous.mode & 0o7777);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError(writeFailure(file, error));
  } finally {
    forgetOnExit(temp);
  }
}

/**
 * Why `file` could not be written, in the user's words: the temporary file's name and the
 * system call mean nothing to them.
 */
export function writeFailure(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const folder = path.dirname(file);
  switch (code) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Could not write ${file}: permission denied; the folder ${folder} is read-only or the file is open in another program.`;
    case "EBUSY":
      return `Could not write ${file}: it is open in another program (close it in Excel and try again).`;
    case "ENOENT":
    case "ENOTDIR":
      return `Could not write ${file}: the folder ${folder} does not exist.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Could not write ${file}: the disk is full.`;
    case "EISDIR":
      return `Could not write ${file}: it is a folder.`;
    default:
      return `Could not write ${file}: ${code ?? (error instanceof Error ? error.message : String(error))}.`;
  }
}
