// The demo's product pictures: drawn here rather than shipped, so the seed needs no files and no network. Each is a
// soft studio backdrop with one rounded shape (a ball, a box or a bottle) in its own colour; the same index always
// gives the same bytes, so the same image key.
import { byExt, type ImageType } from "../modules/media/image-type.ts";
import { encodePng, type Rgb } from "./png.ts";

export const DEMO_PICTURE_TYPE = byExt("png") as ImageType;

const SIZE = 360;
type Shape = (x: number, y: number) => number;

/** Signed distance to a rounded rectangle centred at (cx, cy) with half-size (hw, hh) and corner radius r. */
function roundedRect(cx: number, cy: number, hw: number, hh: number, r: number): Shape {
  return (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

const SHAPES: Shape[] = [
  (x, y) => Math.hypot(x - 180, y - 170) - 95, // ball
  roundedRect(180, 175, 92, 92, 22), // box
  roundedRect(180, 170, 55, 118, 40), // bottle
];

function hsl(h: number, s: number, l: number): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => 255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1)));
  return [f(0), f(8), f(4)];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** The `n`-th demo product picture, a 360 × 360 PNG. */
export function demoProductImage(n: number): Buffer {
  const hue = (n * 137.508) % 360; // the golden angle spreads neighbouring indexes far apart on the colour wheel
  const shape = SHAPES[n % SHAPES.length] as Shape;
  const top = hsl(hue, 0.35, 0.96);
  const bottom = hsl(hue, 0.3, 0.86);
  const body = hsl(hue, 0.62, 0.55);
  const lit = hsl(hue, 0.7, 0.72);
  return encodePng(SIZE, SIZE, (x, y) => {
    const backdrop = mix(top, bottom, y / SIZE);
    // A soft shadow on the floor under the shape.
    const shadow = clamp01(1 - Math.hypot((x - 180) / 120, (y - 292) / 16)) * 0.35;
    const ground = mix(backdrop, [60, 60, 70], shadow);
    const d = shape(x, y);
    const cover = clamp01(0.5 - d); // one pixel of anti-aliasing at the edge
    if (cover === 0) return ground;
    // Light from the upper left.
    const light = clamp01(1 - Math.hypot(x - 140, y - 120) / 170);
    return mix(ground, mix(body, lit, light), cover);
  });
}
