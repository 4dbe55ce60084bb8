"use client";

import { formatFen, type Translate, useT } from "@o2o/client";
import type { AdminSalesSummaryQuery } from "@o2o/schema";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { isMessageKey } from "../../i18n/messages";

type Summary = AdminSalesSummaryQuery["salesSummary"];

const PALETTE = ["#2f5bea", "#e8432e", "#12805c", "#b54708", "#7a5af8", "#0e9384", "#c11574", "#667085"];
const yuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString()}`;
const money = (value: unknown) => formatFen(Number(value));

function channelLabel(t: Translate, key: string): string {
  const k = `channel.${key}`;
  return isMessageKey(k) ? t(k) : key;
}

/** "2026-11-24T09" → "09:00"; "2026-11-24" → "11-24". */
function axisLabel(label: string): string {
  return label.includes("T") ? `${label.slice(11, 13)}:00` : label.slice(5);
}

export function SalesOverTime({ summary }: { summary: Summary }) {
  const t = useT();
  const data = summary.overTime.map((p) => ({ label: axisLabel(p.label), sales: p.sales, orders: p.orders }));
  return (
    <section className="card span-2 chart-card" aria-label={t("dash.overTime")}>
      <h3 className="card-title">{t("dash.overTime")}</h3>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e3e7ef" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={yuan} tick={{ fontSize: 12 }} width={64} />
          <Tooltip formatter={money} />
          <Line
            type="monotone"
            dataKey="sales"
            name={t("dash.sales")}
            stroke="#2f5bea"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </section>
  );
}

export function SalesByChannel({ summary }: { summary: Summary }) {
  const t = useT();
  const data = summary.byChannel.map((b) => ({ name: channelLabel(t, b.key), sales: b.sales }));
  return (
    <section className="card chart-card" aria-label={t("dash.byChannel")}>
      <h3 className="card-title">{t("dash.byChannel")}</h3>
      {data.length === 0 ? (
        <p className="muted">{t("dash.noSales")}</p>
      ) : (
        <ResponsiveContainer width="100%" height={220}>
          <PieChart>
            <Pie data={data} dataKey="sales" nameKey="name" innerRadius={50} outerRadius={80} isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={d.name} fill={PALETTE[i % PALETTE.length]} />
              ))}
            </Pie>
            <Tooltip formatter={money} />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      )}
    </section>
  );
}

export function TopProducts({ summary }: { summary: Summary }) {
  const t = useT();
  const data = summary.topProducts.map((p) => ({ name: p.name.length > 10 ? `${p.name.slice(0, 10)}…` : p.name, sales: p.sales }));
  return (
    <section className="card chart-card" aria-label={t("dash.topProducts")}>
      <h3 className="card-title">{t("dash.topProducts")}</h3>
      {data.length === 0 ? (
        <p className="muted">{t("dash.noSales")}</p>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
            <XAxis type="number" tickFormatter={yuan} tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
            <Tooltip formatter={money} />
            <Bar dataKey="sales" name={t("dash.sales")} fill="#2f5bea" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </section>
  );
}

export function CategoryMix({ summary }: { summary: Summary }) {
  const t = useT();
  const data = summary.categoryMix.map((b) => ({ name: b.label || t("dash.uncategorised"), sales: b.sales }));
  return (
    <section className="card chart-card" aria-label={t("dash.categoryMix")}>
      <h3 className="card-title">{t("dash.categoryMix")}</h3>
      {data.length === 0 ? (
        <p className="muted">{t("dash.noSales")}</p>
      ) : (
        <ResponsiveContainer width="100%" height={220}>
          <PieChart>
            <Pie data={data} dataKey="sales" nameKey="name" outerRadius={80} isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={d.name} fill={PALETTE[i % PALETTE.length]} />
              ))}
            </Pie>
            <Tooltip formatter={money} />
            <Legend />
          </PieChart>
        </ResponsiveContainer>
      )}
    </section>
  );
}

export function MemberMixChart({ summary }: { summary: Summary }) {
  const t = useT();
  const m = summary.members;
  const data = [
    { name: t("dash.newMembers"), value: m.newMembers },
    { name: t("dash.returningMembers"), value: m.returningMembers },
    { name: t("dash.guestOrders"), value: m.guestOrders },
  ];
  return (
    <section className="card chart-card" aria-label={t("dash.memberMix")}>
      <h3 className="card-title">{t("dash.memberMix")}</h3>
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data}>
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={32} />
          <Tooltip />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d, i) => (
              <Cell key={d.name} fill={PALETTE[i]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </section>
  );
}

export function SalesByStore({ summary }: { summary: Summary }) {
  const t = useT();
  return (
    <section className="card chart-card" aria-label={t("dash.byStore")}>
      <h3 className="card-title">{t("dash.byStore")}</h3>
      {summary.byStore.length === 0 ? (
        <p className="muted">{t("dash.noSales")}</p>
      ) : (
        <table className="table table-compact">
          <tbody>
            {summary.byStore.map((b) => (
              <tr key={b.key}>
                <th scope="row">{b.label || t("dash.noStore")}</th>
                <td className="align-end num">{b.orders}</td>
                <td className="align-end num">{formatFen(b.sales)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
