import { encodeQr } from "./qr-code";

/** A QR code as crisp SVG (one path), with the 4-module quiet zone; labelled for screen readers. */
export function QrImage({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const modules = encodeQr(value);
  const quiet = 4;
  const n = modules.length + quiet * 2;
  let d = "";
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    });
  });
  return (
    <svg className="qr" width={size} height={size} viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#111" />
    </svg>
  );
}
