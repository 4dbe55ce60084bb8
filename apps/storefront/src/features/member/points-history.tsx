"use client";

import { EmptyState, ErrorState, LoadingState, useLocale, useT } from "@o2o/client";
import { ShopPointsHistoryDocument } from "@o2o/schema";
import { useQuery } from "urql";
import { formatTime } from "../orders/order-view";

export function PointsHistory() {
  const t = useT();
  const locale = useLocale();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ShopPointsHistoryDocument, variables: { first: 50, after: null } });
  if (fetching && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  const entries = data?.pointsHistory.edges.map((e) => e.node) ?? [];
  if (entries.length === 0) return <EmptyState title={t("member.noPoints")} />;
  return (
    <ul className="card-list ledger">
      {entries.map((e) => (
        <li key={e.id} className="ledger-row">
          <span>
            <strong>{e.note ?? t(`pointsReason.${reasonKey(e.reason)}` as const)}</strong>
            <span className="muted small"> {formatTime(e.createdAt, locale)}</span>
          </span>
          <span className={e.delta >= 0 ? "plus" : "minus"}>
            {e.delta >= 0 ? "+" : ""}
            {e.delta}
            <span className="muted small"> / {e.balanceAfter}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

function reasonKey(reason: string): "earn" | "redeem" | "expire" | "refund" | "adjust" {
  switch (reason) {
    case "EARN":
      return "earn";
    case "REDEEM":
      return "redeem";
    case "EXPIRE":
      return "expire";
    case "REFUND":
    case "REVERSAL":
      return "refund";
    default:
      return "adjust";
  }
}
