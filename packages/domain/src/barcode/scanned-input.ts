// Rule: scanner and keyboard input is compared after NFKC (full-width ０-９ to 0-9) with whitespace and control
// characters (CR/LF suffixes, GS separators) removed.
export function normaliseScannedCode(input: string): string {
  return input.normalize("NFKC").replace(/[\s\p{Cc}]/gu, "");
}
