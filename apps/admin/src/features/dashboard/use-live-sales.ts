"use client";

import { AdminSalesSummaryDocument, AdminSalesUpdatedDocument, type AdminSalesUpdatedSubscription, type SalesRange } from "@o2o/schema";
import { useEffect, useRef, useState } from "react";
import { useQuery, useSubscription } from "urql";

const REFRESH_DELAY_MS = 400;

export type SaleTick = AdminSalesUpdatedSubscription["salesUpdated"];

/** The period's figures, refetched shortly after each order event the server pushes (several events, one refetch). */
export function useLiveSales(range: SalesRange, storeId: string | null) {
  const variables = { range, storeId };
  const [summary, reexecute] = useQuery({ query: AdminSalesSummaryDocument, variables, requestPolicy: "cache-and-network" });
  const [lastTick, setLastTick] = useState<SaleTick | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [sub] = useSubscription({ query: AdminSalesUpdatedDocument }, (_prev, event) => {
    setLastTick(event.salesUpdated);
    return event;
  });

  useEffect(() => {
    if (!lastTick) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => reexecute({ requestPolicy: "network-only" }), REFRESH_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [lastTick, reexecute]);

  return {
    data: summary.data?.salesSummary ?? null,
    error: summary.error,
    fetching: summary.fetching,
    retry: () => reexecute({ requestPolicy: "network-only" }),
    live: !sub.error,
    lastTick,
  };
}
