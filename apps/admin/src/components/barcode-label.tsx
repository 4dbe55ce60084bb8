import { formatFen } from "@o2o/client";
import { barRuns, ean13Modules } from "../lib/ean13";

const MODULE = 2;
const QUIET = 11;
const BAR_HEIGHT = 60;

/** A shelf label: product name, price and the EAN-13 symbol drawn as SVG (no image, no library). */
export function BarcodeLabel({ code, title, price }: { code: string; title: string; price?: number }) {
  const modules = ean13Modules(code);
  const width = (95 + QUIET * 2) * MODULE;
  return (
    <figure className="barcode-label">
      <figcaption>
        <strong>{title}</strong>
        {price !== undefined ? <span className="num">{formatFen(price)}</span> : null}
      </figcaption>
      {modules ? (
        <svg viewBox={`0 0 ${width} ${BAR_HEIGHT + 18}`} width={width} height={BAR_HEIGHT + 18} role="img" aria-label={`EAN-13 ${code}`}>
          <rect width={width} height={BAR_HEIGHT + 18} fill="#fff" />
          {barRuns(modules).map(([start, run]) => (
            <rect key={start} x={(QUIET + start) * MODULE} y={0} width={run * MODULE} height={BAR_HEIGHT} fill="#000" />
          ))}
          <text x={width / 2} y={BAR_HEIGHT + 15} textAnchor="middle" fontFamily="monospace" fontSize="14" letterSpacing="2">
            {code}
          </text>
        </svg>
      ) : (
        <p className="mono">{code}</p>
      )}
    </figure>
  );
}
