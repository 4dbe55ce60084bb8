// ESC/POS byte building for 58 and 80 mm receipt printers (Epson TM-T88 family and the Chinese clones that copy it).
// Column layout (CJK two columns wide) is @o2o/domain's text-width. Text is GB18030 (what printers sold in China expect in their Chinese mode, FS &); iconv-lite is pure JS.

import iconv from "iconv-lite";

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

export type Align = "left" | "center" | "right";

export class EscPosBuilder {
  private readonly chunks: Buffer[] = [];

  private bytes(...values: number[]): this {
    this.chunks.push(Buffer.from(values));
    return this;
  }

  /** ESC @ then FS & (Chinese character mode: two-byte GB18030 sequences print as hanzi). */
  init(): this {
    return this.bytes(ESC, 0x40).bytes(FS, 0x26);
  }

  align(align: Align): this {
    return this.bytes(ESC, 0x61, align === "left" ? 0 : align === "center" ? 1 : 2);
  }

  bold(on: boolean): this {
    return this.bytes(ESC, 0x45, on ? 1 : 0);
  }

  /** GS ! : width and height multipliers 1..8. */
  size(width: number, height: number): this {
    return this.bytes(GS, 0x21, ((width - 1) << 4) | (height - 1));
  }

  /** Reverse (white on black), for the TRAINING banner. */
  reverse(on: boolean): this {
    return this.bytes(GS, 0x42, on ? 1 : 0);
  }

  text(text: string): this {
    this.chunks.push(iconv.encode(text, "gb18030"));
    return this;
  }

  line(text = ""): this {
    return this.text(text).bytes(LF);
  }

  /** ESC d n: prints and feeds n lines. */
  feed(lines: number): this {
    return this.bytes(ESC, 0x64, lines);
  }

  /** A QR code (model 2, error correction M) through GS ( k. */
  qr(data: string, moduleSize = 6): this {
    const payload = Buffer.from(data, "utf8");
    const length = payload.length + 3;
    this.bytes(GS, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0); // model 2
    this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x43, moduleSize); // module size
    this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x45, 0x31); // error correction M
    this.bytes(GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, 0x50, 0x30); // store
    this.chunks.push(payload);
    return this.bytes(GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30); // print
  }

  /** GS V B n: feed n dots and cut, leaving a hinge (partial cut). */
  cut(): this {
    return this.bytes(GS, 0x56, 0x42, 0x03);
  }

  /** ESC p m t1 t2: a pulse on drawer pin 2 (m = 0), on 50 ms, off 500 ms. */
  kickDrawer(): this {
    return this.bytes(ESC, 0x70, 0, 25, 250);
  }

  build(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
