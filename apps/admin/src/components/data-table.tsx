"use client";

import { useT } from "@o2o/client";
import type { ReactNode } from "react";

/** A column heading: plain text, or text aligned to the end (numbers, actions). */
export type Column = ReactNode | { label: ReactNode; end?: boolean };

function isAligned(c: Column): c is { label: ReactNode; end?: boolean } {
  return typeof c === "object" && c !== null && "label" in c;
}

/** The heading of a row-actions column: read by screen readers, not shown. */
export function ActionsHeading() {
  const t = useT();
  return <span className="visually-hidden">{t("common.actions")}</span>;
}

/** The column headings of a console table. */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns are fixed; headings may repeat or be blank.
          <th key={i} scope="col" className={isAligned(c) && c.end ? "align-end" : undefined}>
            {isAligned(c) ? c.label : c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The console's scrolling table: a header row from `columns`, the body rows as children. */
export function DataTable({
  columns,
  children,
  compact,
  label,
}: {
  columns: Column[];
  children: ReactNode;
  compact?: boolean;
  label?: string;
}) {
  return (
    <div className="table-wrap">
      <table className={compact ? "table table-compact" : "table"} aria-label={label}>
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
