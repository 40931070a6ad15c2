/**
 * Draws the add-in's icons (a blue tile with a three-bar chart) as PNGs in assets/.
 * Run once after changing the design: node scripts/make-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [134, 239, 172, 255];
const CLEAR = [0, 0, 0, 0];
const BARS = [
  { from: 0.2, to: 0.36, top: 0.55 },
  { from: 0.42, to: 0.58, top: 0.35 },
  { from: 0.64, to: 0.8, top: 0.18 },
];

function tile(filled) {
  return (x, y) => {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (!filled && (x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    const bar = BARS.findIndex((b) => x >= b.from && x < b.to && y >= b.top && y < 0.82);
    if (bar === 2) return GREEN;
    if (bar >= 0) return WHITE;
    return BLUE;
  };
}

const assets = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(assets, `icon-${size}.png`), encodePng(size, tile(false)));
fs.writeFileSync(path.join(assets, "logo-filled.png"), encodePng(300, tile(true)));
