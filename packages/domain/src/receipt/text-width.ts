// Receipt text is laid out in printer columns: Font A prints ASCII one column wide and CJK / full-width characters two.

/** True when a character takes two printer columns (CJK, Hangul, full-width forms). */
function isWide(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/** Columns a string takes when printed: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/** Cuts a string to at most `width` columns (never splitting a wide character). */
export function clip(text: string, width: number): string {
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = isWide(ch) ? 2 : 1;
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out;
}

/** Splits text into lines of at most `width` columns. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let rest = text;
  while (displayWidth(rest) > width) {
    const head = clip(rest, width);
    lines.push(head);
    rest = rest.slice(head.length);
  }
  lines.push(rest);
  return lines;
}

/** Left text and right text on one line of `width` columns, padded apart (the left side is clipped when both do not fit). */
export function twoColumns(left: string, right: string, width: number): string {
  const rightWidth = displayWidth(right);
  const leftClipped = clip(left, Math.max(0, width - rightWidth - 1));
  return leftClipped + " ".repeat(Math.max(1, width - displayWidth(leftClipped) - rightWidth)) + right;
}

/** Text centred in `width` columns, as a printer's centre alignment places it (wider text is not cut). */
export function centreText(text: string, width: number): string {
  const pad = Math.max(0, Math.floor((width - displayWidth(text)) / 2));
  return " ".repeat(pad) + text;
}
