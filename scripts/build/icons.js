// Draws the add-in icons (assets/hc-<size>.png): a person and a compute chip on a rounded square, i.e.
// "headcount vs compute". Run `node scripts/build/icons.js` after changing the drawing; the PNGs are committed.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.join(__dirname, '..', '..', 'assets');
/** Samples per pixel along each axis: the shapes are anti-aliased by supersampling. */
const SUPERSAMPLE = 6;

const BACKGROUND = [0x1f, 0x6f, 0x5c]; // dark teal
const FOREGROUND = [0xff, 0xff, 0xff];

// Shapes in unit coordinates (0…1, y down), so every size draws the same picture.
const insideRoundedSquare = (x, y, radius) => {
  const dx = Math.max(radius - x, 0, x - (1 - radius));
  const dy = Math.max(radius - y, 0, y - (1 - radius));
  return dx * dx + dy * dy <= radius * radius;
};
const insideCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const insideRect = (x, y, left, top, right, bottom) => x >= left && x <= right && y >= top && y <= bottom;

const person = (x, y) =>
  insideCircle(x, y, 0.3, 0.37, 0.11) || (((x - 0.3) / 0.19) ** 2 + ((y - 0.79) / 0.26) ** 2 <= 1 && y <= 0.75);

const CHIP = { cx: 0.7, cy: 0.55, half: 0.14, die: 0.06, pinLength: 0.06, pinWidth: 0.045 };
const PIN_OFFSETS = [-0.065, 0.065];
const PIN_REACH = CHIP.half + CHIP.pinLength;
/** Pins as [left, top, right, bottom]: each bar crosses the chip and sticks out on both sides (the body covers it). */
const PINS = PIN_OFFSETS.flatMap((offset) => [
  [
    CHIP.cx + offset - CHIP.pinWidth / 2,
    CHIP.cy - PIN_REACH,
    CHIP.cx + offset + CHIP.pinWidth / 2,
    CHIP.cy + PIN_REACH,
  ],
  [
    CHIP.cx - PIN_REACH,
    CHIP.cy + offset - CHIP.pinWidth / 2,
    CHIP.cx + PIN_REACH,
    CHIP.cy + offset + CHIP.pinWidth / 2,
  ],
]);
const chipPin = (x, y) => PINS.some((pin) => insideRect(x, y, ...pin));
const chipBody = (x, y) =>
  insideRect(x, y, CHIP.cx - CHIP.half, CHIP.cy - CHIP.half, CHIP.cx + CHIP.half, CHIP.cy + CHIP.half);
const chipDie = (x, y) =>
  insideRect(x, y, CHIP.cx - CHIP.die, CHIP.cy - CHIP.die, CHIP.cx + CHIP.die, CHIP.cy + CHIP.die);

/** The colour at one point, or undefined outside the icon. */
function colourAt(x, y) {
  if (!insideRoundedSquare(x, y, 0.2)) return undefined;
  if (chipDie(x, y)) return BACKGROUND;
  if (person(x, y) || chipBody(x, y) || chipPin(x, y)) return FOREGROUND;
  return BACKGROUND;
}

/** RGBA pixels, row by row. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          covered++;
          colour.forEach((channel, i) => (sum[i] += channel));
        }
      }
      const offset = (py * size + px) * 4;
      sum.forEach((channel, i) => (pixels[offset + i] = covered ? Math.round(channel / covered) : 0));
      pixels[offset + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlacing, filter type 0 on every row. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = path.join(OUT_DIR, `hc-${size}.png`);
  fs.writeFileSync(file, encodePng(size, draw(size)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
