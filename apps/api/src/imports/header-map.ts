/** Header cells compare without case, spaces, underscores, dashes, stars, a BOM or full-width forms. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/[\s_\-*]/g, "");
}

export type HeaderProblem = { column: string; code: "UNKNOWN_COLUMN" | "DUPLICATE_COLUMN"; message: string };

/**
 * A reader of a spreadsheet's header row for one import: each known column by its key or any alias (English or
 * Chinese); unknown and repeated headers are problems; blank headers are ignored.
 */
export function headerMapper<C extends string>(columns: readonly C[], aliases: Record<C, readonly string[]>, what: string) {
  const byHeader = new Map<string, C>();
  for (const column of columns) {
    for (const name of [column, ...aliases[column]]) byHeader.set(normaliseHeader(name), column);
  }
  return (header: readonly string[]): { index: Map<C, number>; problems: HeaderProblem[] } => {
    const index = new Map<C, number>();
    const problems: HeaderProblem[] = [];
    header.forEach((raw, i) => {
      const name = raw.trim();
      if (!name) return;
      const column = byHeader.get(normaliseHeader(name));
      if (!column) {
        problems.push({
          column: name,
          code: "UNKNOWN_COLUMN",
          message: `Column "${name}" is not a ${what} column. Known columns: ${columns.join(", ")} (or their Chinese names).`,
        });
      } else if (index.has(column)) {
        problems.push({ column: name, code: "DUPLICATE_COLUMN", message: `Column ${column} appears twice.` });
      } else index.set(column, i);
    });
    return { index, problems };
  };
}
