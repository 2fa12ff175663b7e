/**
 * `npx tsx scripts/make-icons.ts`: draws the toolbar icon (an amber magnifier on a dark rounded
 * square) at 16, 32, 48 and 128 px into public/icon/, as PNG written with node's zlib. No image
 * library, no network; the output is committed, so this runs only when the icon changes.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const BACKGROUND: Rgba = [39, 39, 42, 255];
const LENS_GLASS: Rgba = [82, 82, 91, 255];
const AMBER: Rgba = [245, 158, 11, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];

/** Distance from point p to the segment a–b (for the handle with round ends). */
function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** The colour at a point of the unit square (0..1 both ways). */
function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y, 0.2)) return TRANSPARENT;
  const lens = Math.hypot(x - 0.42, y - 0.42);
  if (lens <= 0.2) return LENS_GLASS;
  if (lens <= 0.28) return AMBER;
  if (distanceToSegment(x, y, 0.62, 0.62, 0.8, 0.8) <= 0.065) return AMBER;
  return BACKGROUND;
}

/** Each pixel averages 4×4 samples, so edges are smooth at 16 px too. */
function render(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter "none"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          const alpha = a / 255;
          sum[0]! += r * alpha;
          sum[1]! += g * alpha;
          sum[2]! += b * alpha;
          sum[3]! += a;
        }
      }
      const n = samples * samples;
      const alpha = sum[3]! / n;
      const unpremultiply = (channel: number) => (alpha === 0 ? 0 : Math.round(channel / n / (alpha / 255)));
      row.set([unpremultiply(sum[0]!), unpremultiply(sum[1]!), unpremultiply(sum[2]!), Math.round(alpha)], 1 + px * 4);
    }
    rows.push(row);
  }
  return Buffer.concat(rows);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bit, RGBA, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icon/${size}.png`, png(size));
  console.log(`public/icon/${size}.png`);
}
