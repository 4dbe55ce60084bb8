// Turns ESC/POS bytes back into what a printer would show: text lines with their style, cuts, drawer pulses and QR
// payloads. For tests and the bridge's job journal; it understands the commands the encoder writes plus the common
// ones it can skip safely, and reports anything else as unknown.

import iconv from "iconv-lite";

export type DecodedLine = {
  text: string;
  align: "left" | "center" | "right";
  bold: boolean;
  width: number;
  height: number;
  reverse: boolean;
};

export type DecodedReceipt = {
  lines: DecodedLine[];
  /** Just the text of every line, right-trimmed. */
  text: string[];
  cuts: number;
  drawerKicks: { pin: number; onMs: number; offMs: number }[];
  qr: string[];
  /** Bytes of commands the decoder does not know, as hex at their offset. */
  unknown: string[];
};

export function decodeEscPos(bytes: Uint8Array): DecodedReceipt {
  const out: DecodedReceipt = { lines: [], text: [], cuts: 0, drawerKicks: [], qr: [], unknown: [] };
  let style = { align: "left" as DecodedLine["align"], bold: false, width: 1, height: 1, reverse: false };
  let lineStyle: typeof style | null = null;
  let pending: number[] = [];
  let qrData: Buffer | null = null;

  const flush = () => {
    const text = iconv.decode(Buffer.from(pending), "gb18030").replace(/\s+$/, "");
    const s = lineStyle ?? style;
    out.lines.push({ text, ...s });
    out.text.push(text);
    pending = [];
    lineStyle = null;
  };
  const at = (i: number) => bytes[i] ?? 0;

  let i = 0;
  while (i < bytes.length) {
    const b = at(i);
    if (b === 0x0a) {
      flush();
      i++;
    } else if (b === 0x1b) {
      const cmd = at(i + 1);
      if (cmd === 0x40) {
        style = { align: "left", bold: false, width: 1, height: 1, reverse: false };
        i += 2;
      } else if (cmd === 0x61) {
        const n = at(i + 2) % 48;
        style = { ...style, align: n === 1 ? "center" : n === 2 ? "right" : "left" };
        i += 3;
      } else if (cmd === 0x45) {
        style = { ...style, bold: (at(i + 2) & 1) === 1 };
        i += 3;
      } else if (cmd === 0x64) {
        if (pending.length) flush();
        for (let n = 1; n < at(i + 2); n++) flush();
        i += 3;
      } else if (cmd === 0x70) {
        out.drawerKicks.push({ pin: at(i + 2) % 48 === 0 ? 2 : 5, onMs: at(i + 3) * 2, offMs: at(i + 4) * 2 });
        i += 5;
      } else if (cmd === 0x74 || cmd === 0x4d || cmd === 0x21 || cmd === 0x2d || cmd === 0x32 || cmd === 0x33) {
        i += cmd === 0x32 ? 2 : 3;
      } else {
        out.unknown.push(`${i}:1b${cmd.toString(16).padStart(2, "0")}`);
        i += 2;
      }
    } else if (b === 0x1d) {
      const cmd = at(i + 1);
      if (cmd === 0x21) {
        const n = at(i + 2);
        style = { ...style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
        i += 3;
      } else if (cmd === 0x42) {
        style = { ...style, reverse: (at(i + 2) & 1) === 1 };
        i += 3;
      } else if (cmd === 0x56) {
        if (pending.length) flush();
        out.cuts++;
        const m = at(i + 2);
        i += m === 0x41 || m === 0x42 || m === 65 || m === 66 ? 4 : 3;
      } else if (cmd === 0x28 && at(i + 2) === 0x6b) {
        const length = at(i + 3) | (at(i + 4) << 8);
        const cn = at(i + 5);
        const fn = at(i + 6);
        const body = bytes.subarray(i + 8, i + 5 + length);
        if (cn === 0x31 && fn === 0x50) qrData = Buffer.from(body);
        if (cn === 0x31 && fn === 0x51 && qrData) {
          out.qr.push(qrData.toString("utf8"));
          qrData = null;
        }
        i += 5 + length;
      } else {
        out.unknown.push(`${i}:1d${cmd.toString(16).padStart(2, "0")}`);
        i += 2;
      }
    } else if (b === 0x1c) {
      // FS & / FS . : Chinese mode on / off.
      i += 2;
    } else {
      if (pending.length === 0) lineStyle = style;
      pending.push(b);
      i++;
    }
  }
  if (pending.length) flush();
  return out;
}
