/**
 * An .xlsx package held as its zip entries (fflate). Parts are decompressed once; a part the
 * gateway changes is replaced by its new text, every other entry is written back with exactly
 * the bytes it had. Sizes are checked before anything is decompressed, so a file beyond the
 * limits is refused with one sentence instead of running out of memory.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { WorkbookError } from "../workbook/gateway";
import { newEntry, type RawEntry, rawEntries, writeZip } from "./zipRaw";

/** One XML part above this is refused: its text alone would take a large share of memory. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** All entries together, uncompressed. */
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

const MB = 1024 * 1024;
const megabytes = (bytes: number): string => String(Math.round((bytes / MB) * 10) / 10);

export class ZipPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(
    private readonly entries: Map<string, Uint8Array>,
    /** The original compressed records, for writing unchanged parts back as they were. */
    private readonly raw: Map<string, RawEntry> | null = null
  ) {}

  /** Unzip an .xlsx; `label` names the file in messages. */
  static read(bytes: Uint8Array, label: string, limits = { part: MAX_PART_BYTES, total: MAX_PACKAGE_BYTES }): ZipPackage {
    let total = 0;
    const entries = new Map<string, Uint8Array>();
    const files = unzipSync(bytes, {
      filter(file) {
        if (file.originalSize > limits.part) {
          throw new WorkbookError(
            `${label} is too large to process: its part ${file.name} is ${megabytes(file.originalSize)} MB uncompressed (the limit is ${megabytes(limits.part)} MB per part).`
          );
        }
        total += file.originalSize;
        if (total > limits.total) {
          throw new WorkbookError(`${label} is too large to process: more than ${megabytes(limits.total)} MB uncompressed (the limit for a whole workbook).`);
        }
        return true;
      },
    });
    for (const [name, data] of Object.entries(files)) entries.set(name, data);
    return new ZipPackage(entries, rawEntries(bytes));
  }

  static fromEntries(entries: Map<string, Uint8Array>): ZipPackage {
    return new ZipPackage(entries);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  bytes(name: string): Uint8Array | undefined {
    return this.entries.get(name);
  }

  /** The part's text (UTF-8), or null when the package has no such part. */
  text(name: string): string | null {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const data = this.entries.get(name);
    if (!data) return null;
    const text = strFromU8(data).replace(/^\uFEFF/, "");
    this.texts.set(name, text);
    return text;
  }

  setText(name: string, text: string): void {
    this.texts.set(name, text);
    this.entries.set(name, strToU8(text));
    this.changed.add(name);
  }

  remove(name: string): void {
    this.entries.delete(name);
    this.texts.delete(name);
    this.changed.add(name);
  }

  /** Parts this session added, replaced or removed. */
  changedParts(): string[] {
    return [...this.changed];
  }

  /** Forget cached texts of parts that did not change (after reading, to free memory). */
  releaseTexts(): void {
    for (const name of [...this.texts.keys()]) if (!this.changed.has(name)) this.texts.delete(name);
  }

  /** The archive: unchanged entries with their original compressed bytes, changed ones deflated. */
  toBytes(): Uint8Array {
    if (this.raw) {
      const records: Array<[string, RawEntry]> = [];
      for (const [name, data] of this.entries) {
        const original = this.changed.has(name) ? undefined : this.raw.get(name);
        records.push([name, original ?? newEntry(data)]);
      }
      const bytes = writeZip(records);
      if (bytes) return bytes;
    }
    const zippable: Zippable = {};
    for (const [name, data] of this.entries) zippable[name] = [data, { level: 6 }];
    return zipSync(zippable);
  }
}
