import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sniffImageType } from "../modules/media/image-type.ts";
import { demoProductImage } from "./demo-images.ts";
import { encodePng } from "./png.ts";

/** The chunks of a PNG, each checked against its CRC. */
function chunksOf(png: Buffer): { type: string; data: Buffer }[] {
  const chunks = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

describe("encodePng", () => {
  it("writes a well-formed RGB PNG holding exactly the painted pixels", () => {
    const png = encodePng(3, 2, (x, y) => [x * 100, y * 255, 300]);
    expect(sniffImageType(png)?.ext).toBe("png");
    const chunks = chunksOf(png);
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    const header = chunks[0]?.data as Buffer;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([3, 2, 8, 2, 0, 0, 0]);
    // Two scanlines, each a filter byte (0) and three RGB pixels; channels are clamped to 0–255.
    expect([...inflateSync(chunks[1]?.data as Buffer)]).toEqual(
      [
        [0, 0, 0, 255, 100, 0, 255, 200, 0, 255],
        [0, 0, 255, 255, 100, 255, 255, 200, 255, 255],
      ].flat(),
    );
  });
});

describe("demoProductImage", () => {
  it("draws the same bytes for the same index and different pictures for neighbouring ones", () => {
    expect(demoProductImage(4).equals(demoProductImage(4))).toBe(true);
    expect(demoProductImage(4).equals(demoProductImage(5))).toBe(false);
    expect(sniffImageType(demoProductImage(0))?.ext).toBe("png");
  });
});
