"use client";

import { useLocale, useT } from "@o2o/client";
import { AdminMemberEventSignupsDocument } from "@o2o/schema";
import Link from "next/link";
import { DataTable } from "../../components/data-table";
import { ListStates } from "../../components/list-states";
import { formatDateTime } from "../../lib/format-date";
import { useRefreshableQuery } from "../../components/use-refreshable-query";

/** Who signed up for an event, first come first, each linking to the member's profile. */
export function MemberEventSignups({ eventId, title }: { eventId: string; title: string }) {
  const t = useT();
  const locale = useLocale();
  const [{ data, error, fetching }, refresh] = useRefreshableQuery({
    query: AdminMemberEventSignupsDocument,
    variables: { eventId, first: 100 },
    requestPolicy: "network-only",
  });
  const signups = data?.memberEventSignups.edges.map((e) => e.node) ?? [];
  return (
    <section className="card" aria-labelledby={`signups-${eventId}`}>
      <h3 className="card-title" id={`signups-${eventId}`}>
        {t("event.signupsOf", { name: title })}{" "}
        {data ? <span className="muted small">{t("common.total", { n: data.memberEventSignups.totalCount })}</span> : null}
      </h3>
      <ListStates
        error={error}
        loaded={Boolean(data)}
        fetching={fetching}
        empty={signups.length === 0}
        emptyTitle={t("event.noSignups")}
        onRetry={refresh}
      />
      {signups.length > 0 ? (
        <DataTable
          compact
          label={t("event.signupsOf", { name: title })}
          columns={[t("common.member"), t("members.tier"), t("event.signedUpAt")]}
        >
          {signups.map((s) => (
            <tr key={s.id}>
              <td>
                {s.member ? (
                  <Link href={`/members/${s.member.id}`}>
                    {s.member.name ?? s.member.maskedPhone} <span className="muted small mono">{s.member.maskedPhone}</span>
                  </Link>
                ) : (
                  "—"
                )}
              </td>
              <td>{s.member?.tier?.name ?? "—"}</td>
              <td className="small">{formatDateTime(locale, s.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
