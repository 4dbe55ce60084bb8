"use client";

import { EmptyState, ErrorState, formatFen, LoadingState, useLocale, useT } from "@o2o/client";
import { AdminMembersDocument } from "@o2o/schema";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useQuery } from "urql";
import { PageHeader } from "../../components/page-header";
import { PAGE_MAX, PAGE_STEP, ShowMore } from "../../components/show-more";
import { formatDateTime } from "../../lib/format-date";
import { MembersNav } from "./members-nav";

export function MemberList() {
  const t = useT();
  const locale = useLocale();
  const [input, setInput] = useState("");
  const [search, setSearch] = useState("");
  const [limit, setLimit] = useState(PAGE_STEP);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), 300);
    return () => clearTimeout(timer);
  }, [input]);
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
          <label className="inline-field">
            <span>{t("common.search")}</span>
            <input
              type="search"
              value={input}
              onChange={(e) => setInput(e.target.value)}
              placeholder={t("members.searchPlaceholder")}
              maxLength={40}
            />
          </label>
          {data ? <span className="badge badge-neutral">{t("common.total", { n: data.members.totalCount })}</span> : null}
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {!data && fetching ? <LoadingState /> : null}
        {data && members.length === 0 ? <EmptyState title={t("members.empty")} /> : null}
        {members.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("common.member")}</th>
                  <th scope="col">{t("members.tier")}</th>
                  <th scope="col" className="align-end">
                    {t("members.points")}
                  </th>
                  <th scope="col" className="align-end">
                    {t("members.spend")}
                  </th>
                  <th scope="col">{t("members.joined")}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
        ) : null}
        <ShowMore
          shown={members.length}
          total={data?.members.totalCount ?? 0}
          limit={limit}
          busy={fetching}
          onMore={() => setLimit((l) => Math.min(PAGE_MAX, l + PAGE_STEP))}
        />
      </section>
    </div>
  );
}
