/** Escapes LIKE wildcards: Prisma's `contains` passes `%` and `_` through to the pattern. */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
