/**
 * Zip container work fflate does not do: find each entry's compressed bytes in the original
 * file (central directory), so an unchanged part is written back with exactly the bytes it
 * had, compressed or not; only changed parts are deflated again. Zip64 archives (over 4 GB or
 * 65,535 entries) are not handled here: the caller then recompresses everything with fflate.
 */
import { deflateRawSync } from "zlib";

export interface RawEntry {
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The compressed bytes, a view into the original file. */
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAMES = 0x0800;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Every entry's raw record, by name; null when the archive is not one this reader handles. */
export function rawEntries(bytes: Uint8Array): Map<string, RawEntry> | null {
  const dv = view(bytes);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i -= 1) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  const offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const decoder = new TextDecoder();
  const entries = new Map<string, RawEntry>();
  let p = offset;
  for (let n = 0; n < count; n += 1) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== CENTRAL) return null;
    const compressedSize = dv.getUint32(p + 20, true);
    const size = dv.getUint32(p + 24, true);
    const nameLength = dv.getUint16(p + 28, true);
    const extraLength = dv.getUint16(p + 30, true);
    const commentLength = dv.getUint16(p + 32, true);
    const local = dv.getUint32(p + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return null;
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL) return null;
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length) return null;
    entries.set(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), {
      flags: dv.getUint16(p + 8, true),
      method: dv.getUint16(p + 10, true),
      time: dv.getUint16(p + 12, true),
      date: dv.getUint16(p + 14, true),
      crc: dv.getUint32(p + 16, true),
      compressedSize,
      size,
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A new entry's record: deflated (stored when that is not smaller), dated 1980-01-01. */
export function newEntry(data: Uint8Array): RawEntry {
  const deflated = deflateRawSync(data, { level: 6 });
  const stored = deflated.length >= data.length;
  const body = stored ? data : new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength);
  return { method: stored ? 0 : 8, flags: 0, time: 0, date: 0x21, crc: crc32(data), compressedSize: body.length, size: data.length, data: body };
}

/** The archive of `entries` in order; null when it would need Zip64. */
export function writeZip(entries: ReadonlyArray<[string, RawEntry]>): Uint8Array | null {
  const encoder = new TextEncoder();
  const names = entries.map(([name]) => encoder.encode(name));
  let total = 22;
  entries.forEach(([, entry], i) => (total += 30 + 46 + 2 * names[i].length + entry.compressedSize));
  if (total > 0xfffffff0 || entries.length >= 0xffff) return null;
  const out = new Uint8Array(total);
  const dv = view(out);
  const offsets: number[] = [];
  let p = 0;
  // The same flags go in an entry's local header and its central directory record.
  const flagsOf = entries.map(([path, entry]) => (entry.flags & ~0x0008 & ~0x0001) | (/[^\x20-\x7e]/.test(path) ? UTF8_NAMES : 0));
  entries.forEach(([, entry], i) => {
    const name = names[i];
    const flags = flagsOf[i];
    offsets.push(p);
    dv.setUint32(p, LOCAL, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, flags, true);
    dv.setUint16(p + 8, entry.method, true);
    dv.setUint16(p + 10, entry.time, true);
    dv.setUint16(p + 12, entry.date, true);
    dv.setUint32(p + 14, entry.crc, true);
    dv.setUint32(p + 18, entry.compressedSize, true);
    dv.setUint32(p + 22, entry.size, true);
    dv.setUint16(p + 26, name.length, true);
    dv.setUint16(p + 28, 0, true);
    out.set(name, p + 30);
    out.set(entry.data, p + 30 + name.length);
    p += 30 + name.length + entry.compressedSize;
  });
  const central = p;
  entries.forEach(([, entry], i) => {
    const name = names[i];
    const flags = flagsOf[i];
    dv.setUint32(p, CENTRAL, true);
    dv.setUint16(p + 4, 20, true);
    dv.setUint16(p + 6, 20, true);
    dv.setUint16(p + 8, flags, true);
    dv.setUint16(p + 10, entry.method, true);
    dv.setUint16(p + 12, entry.time, true);
    dv.setUint16(p + 14, entry.date, true);
    dv.setUint32(p + 16, entry.crc, true);
    dv.setUint32(p + 20, entry.compressedSize, true);
    dv.setUint32(p + 24, entry.size, true);
    dv.setUint16(p + 28, name.length, true);
    dv.setUint32(p + 42, offsets[i], true);
    out.set(name, p + 46);
    p += 46 + name.length;
  });
  dv.setUint32(p, EOCD, true);
  dv.setUint16(p + 8, entries.length, true);
  dv.setUint16(p + 10, entries.length, true);
  dv.setUint32(p + 12, p - central, true);
  dv.setUint32(p + 16, central, true);
  return out.subarray(0, p + 22);
}
