"use client";

import { formatFen, useLocale, useT } from "@o2o/client";
import { AdminMembersDocument } from "@o2o/schema";
import Link from "next/link";
import { useQuery } from "urql";
import { DataTable } from "../../components/data-table";
import { SearchField, TotalBadge, useDebouncedSearch } from "../../components/filter-bar";
import { ListStates } from "../../components/list-states";
import { PageHeader } from "../../components/page-header";
import { ShowMore, usePageLimit } from "../../components/show-more";
import { formatDateTime } from "../../lib/format-date";
import { MembersNav } from "./members-nav";

export function MemberList() {
  const t = useT();
  const locale = useLocale();
  const { input, setInput, search } = useDebouncedSearch();
  const { limit, more } = usePageLimit();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AdminMembersDocument,
    variables: { first: limit, after: null, filter: { search: search || null } },
    requestPolicy: "cache-and-network",
  });
  const members = data?.members.edges.map((e) => e.node) ?? [];
  return (
    <div className="page">
      <PageHeader title={t("nav.members")} subtitle={t("section.members")} />
      <MembersNav />
      <section className="card card-flush">
        <div className="toolbar">
          <SearchField value={input} onChange={setInput} placeholder={t("members.searchPlaceholder")} />
          {data ? <TotalBadge total={data.members.totalCount} /> : null}
        </div>
        <ListStates
          error={error}
          loaded={Boolean(data)}
          fetching={fetching}
          empty={members.length === 0}
          emptyTitle={t("members.empty")}
          onRetry={() => reexecute({ requestPolicy: "network-only" })}
        />
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
        <ShowMore shown={members.length} total={data?.members.totalCount ?? 0} limit={limit} busy={fetching} onMore={more} />
      </section>
    </div>
  );
}
