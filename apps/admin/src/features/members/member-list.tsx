"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { AdminMembersDocument } from "@o2o/schema";
import Link from "next/link";
import { DataTable } from "../../components/data-table";
import { SearchField, TotalBadge, useDebouncedSearch } from "../../components/filter-bar";
import { PagedListStates } from "../../components/list-states";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { useCursorPages } from "../../components/use-cursor-pages";
import { formatDateTime } from "../../lib/format-date";
import { MembersNav } from "./members-nav";

export function MemberList() {
  const t = useT();
  const locale = useLocale();
  const { input, setInput, search } = useDebouncedSearch();
  const pages = useCursorPages({
    query: AdminMembersDocument,
    variables: { filter: { search: search || null } },
    connection: (d) => d.members,
  });
  const members = pages.items;
  return (
    <div className="page">
      <PageHeader title={t("nav.members")} subtitle={t("section.members")} />
      <MembersNav />
      <section className="card card-flush">
        <div className="toolbar">
          <SearchField value={input} onChange={setInput} placeholder={t("members.searchPlaceholder")} />
          {pages.loaded ? <TotalBadge total={pages.totalCount ?? 0} /> : null}
        </div>
        <PagedListStates pages={pages} emptyTitle={t("members.empty")} />
        {members.length > 0 ? (
          <DataTable
            columns={[
              t("common.member"),
              t("members.tier"),
              { label: t("members.points"), end: true },
              { label: t("members.spend"), end: true },
              t("members.joined"),
            ]}
          >
            {members.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link href={`/members/${m.id}`}>{m.name ?? m.maskedPhone}</Link>
                  <div className="muted small mono">{m.maskedPhone}</div>
                </td>
                <td>{m.tier?.name ?? "—"}</td>
                <td className="align-end num">{m.pointsBalance}</td>
                <td className="align-end num">{formatFen(m.lifetimeSpend)}</td>
                <td className="small">{formatDateTime(locale, m.createdAt, false)}</td>
              </tr>
            ))}
          </DataTable>
        ) : null}
        <LoadMore pages={pages} />
      </section>
    </div>
  );
}
