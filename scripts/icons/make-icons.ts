/**
 * Draws the add-in's icons (a green check over a calendar grid) and writes assets/icons/icon-<size>.png.
 * Run: npx ts-node --transpile-only scripts/icons/make-icons.ts
 * The shapes are defined in unit coordinates and rasterised with 8 × 8 supersampling, so every size is drawn
 * from the same geometry rather than scaled from one bitmap (a 16 px icon scaled down from 128 px turns to mush).
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { encodePng } from "./encodePng";

/** The sizes the manifest references: 16/32/80 for ribbon buttons, 32 IconUrl, 64 HighResolutionIconUrl, 128 stores. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
type Inside = (x: number, y: number) => boolean;
interface Layer {
  color: Rgb;
  inside: Inside;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
}

function distanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** A stroked polyline with round joins and caps. */
function stroke(points: ReadonlyArray<readonly [number, number]>, halfWidth: number): Inside {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1];
      const b = points[i];
      if (a && b && distanceToSegment(x, y, a[0], a[1], b[0], b[1]) <= halfWidth) return true;
    }
    return false;
  };
}

function union(...shapes: Inside[]): Inside {
  return (x, y) => shapes.some((inside) => inside(x, y));
}

const SLATE: Rgb = [0x3b, 0x4a, 0x5e];
const DARK: Rgb = [0x1f, 0x29, 0x37];
const WHITE: Rgb = [0xff, 0xff, 0xff];
const CELL: Rgb = [0xcf, 0xd8, 0xe3];
const GREEN: Rgb = [0x10, 0x9a, 0x3c];

const CHECK: ReadonlyArray<readonly [number, number]> = [
  [0.4, 0.64],
  [0.55, 0.79],
  [0.86, 0.46],
];

function gridCells(): Inside {
  const cells: Inside[] = [];
  const left = 0.2;
  const top = 0.45;
  const gap = 0.06;
  const width = 0.16;
  const height = 0.13;
  for (let row = 0; row < 2; row++) {
    for (let col = 0; col < 3; col++) {
      const x = left + col * (width + gap);
      const y = top + row * (height + gap);
      cells.push(roundedRect(x, y, x + width, y + height, 0.02));
    }
  }
  return union(...cells);
}

const LAYERS: Layer[] = [
  { color: SLATE, inside: roundedRect(0.08, 0.14, 0.92, 0.9, 0.12) },
  { color: WHITE, inside: roundedRect(0.14, 0.36, 0.86, 0.84, 0.05) },
  {
    color: DARK,
    inside: union(roundedRect(0.26, 0.06, 0.36, 0.26, 0.04), roundedRect(0.64, 0.06, 0.74, 0.26, 0.04)),
  },
  { color: CELL, inside: gridCells() },
  { color: WHITE, inside: stroke(CHECK, 0.135) },
  { color: GREEN, inside: stroke(CHECK, 0.075) },
];

const SAMPLES = 8;

/** Rasterises the layers at `size` × `size` pixels, compositing each layer's coverage "over" the ones below. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0; // premultiplied accumulation
      for (const layer of LAYERS) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const x = (px + (sx + 0.5) / SAMPLES) / size;
            const y = (py + (sy + 0.5) / SAMPLES) / size;
            if (layer.inside(x, y)) hits++;
          }
        }
        const coverage = hits / (SAMPLES * SAMPLES);
        if (coverage === 0) continue;
        r = layer.color[0] * coverage + r * (1 - coverage);
        g = layer.color[1] * coverage + g * (1 - coverage);
        b = layer.color[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const offset = (py * size + px) * 4;
      // Un-premultiply for PNG's straight alpha.
      pixels[offset] = a > 0 ? Math.round(r / a) : 0;
      pixels[offset + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[offset + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

function main(): void {
  const outDir = join(__dirname, "..", "..", "assets", "icons");
  mkdirSync(outDir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    writeFileSync(file, encodePng({ width: size, height: size, pixels: drawIcon(size) }));
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (require.main === module) main();
