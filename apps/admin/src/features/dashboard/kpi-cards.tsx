"use client";

import { formatFen, useT } from "@o2o/client";
import type { AdminSalesSummaryQuery } from "@o2o/schema";

type Summary = AdminSalesSummaryQuery["salesSummary"];

export function KpiCards({ summary }: { summary: Summary }) {
  const t = useT();
  const cards = [
    { key: "sales", label: t("dash.sales"), value: formatFen(summary.sales) },
    { key: "orders", label: t("dash.orders"), value: String(summary.orders) },
    { key: "basket", label: t("dash.basket"), value: formatFen(summary.averageBasket) },
    { key: "refunded", label: t("dash.refunded"), value: formatFen(summary.refunded) },
  ];
  return (
    <div className="kpi-grid">
      {cards.map((c) => (
        <section key={c.key} className="card kpi" aria-label={c.label} data-kpi={c.key}>
          <h3 className="kpi-label">{c.label}</h3>
          <p className="kpi-value num">{c.value}</p>
        </section>
      ))}
    </div>
  );
}
