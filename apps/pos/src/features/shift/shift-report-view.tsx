"use client";

import { formatFen, useT } from "@o2o/client";
import type { PosShiftReportFragment } from "@o2o/schema";
import { tenderLabelKey } from "../payment/tender-labels";

function Row({ label, value, strong, tone }: { label: string; value: string; strong?: boolean; tone?: "ok" | "danger" }) {
  return (
    <div className={`report-row${strong ? " report-strong" : ""}${tone ? ` report-${tone}` : ""}`}>
      <dt>{label}</dt>
      <dd className="num">{value}</dd>
    </div>
  );
}

/** An X (live) or Z (closed) report: sales by tender, refunds, discounts, the drawer and over/short. */
export function ShiftReportView({ report, kind }: { report: PosShiftReportFragment; kind: "X" | "Z" }) {
  const t = useT();
  const when = (iso: string) => new Date(iso).toLocaleString();
  const overShort = report.overShort;
  return (
    <section className="shift-report" aria-label={t(kind === "X" ? "shift.xReport" : "shift.zReport")}>
      <p className="muted">
        {when(report.from)} — {when(report.to)}
      </p>
      <div className="report-columns">
        <dl className="report-block">
          <h3>{t("shift.sales")}</h3>
          <Row label={t("shift.salesCount")} value={String(report.salesCount)} />
          <Row label={t("shift.grossSales")} value={formatFen(report.grossSales)} />
          <Row label={t("shift.discounts")} value={formatFen(-report.discounts)} />
          <Row label={t("shift.netSales")} value={formatFen(report.netSales)} strong />
          <Row label={t("shift.refunds", { n: report.refundsCount })} value={formatFen(-report.refundsTotal)} />
          <Row label={t("shift.voids", { n: report.voidsCount })} value={formatFen(report.voidsTotal)} />
        </dl>
        <dl className="report-block">
          <h3>{t("shift.byTender")}</h3>
          {report.byTender.length === 0 ? <p className="muted">{t("shift.noTenders")}</p> : null}
          {report.byTender.map((row) => (
            <Row key={row.tender} label={`${t(tenderLabelKey(row.tender))} × ${row.count}`} value={formatFen(row.amount)} />
          ))}
        </dl>
        <dl className="report-block">
          <h3>{t("shift.drawer")}</h3>
          <Row label={t("shift.openingFloat")} value={formatFen(report.openingFloat)} />
          <Row label={t("shift.cashRefunds")} value={formatFen(-report.cashRefunds)} />
          <Row label={t("shift.expectedCash")} value={formatFen(report.expectedCash)} strong />
          {report.countedCash !== null ? <Row label={t("shift.countedCash")} value={formatFen(report.countedCash)} /> : null}
          {overShort !== null ? (
            <Row
              label={t(overShort > 0 ? "shift.over" : overShort < 0 ? "shift.short" : "shift.balanced")}
              value={formatFen(overShort)}
              strong
              tone={overShort === 0 ? "ok" : "danger"}
            />
          ) : null}
        </dl>
      </div>
    </section>
  );
}
