import { T } from "@o2o/client";
import Link from "next/link";

type Campaign = { id: string; name: string; description: string | null; endsAt: string | null; promotions: { id: string; name: string }[] };

const GRADIENTS = [
  "linear-gradient(120deg,#fff1e6,#ffe0d1)",
  "linear-gradient(120deg,#eaf3ff,#dbe9ff)",
  "linear-gradient(120deg,#eefaf0,#daf2e0)",
];

/** Live campaigns with the promotions they run, as cards that lead to the catalogue. */
export function CampaignStrip({ campaigns }: { campaigns: Campaign[] }) {
  return (
    <section className="campaigns" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title" className="visually-hidden">
        <T k="home.campaigns" />
      </h2>
      <ul className="campaign-row">
        {campaigns.map((c, i) => (
          <li key={c.id} className="campaign-card" style={{ background: GRADIENTS[i % GRADIENTS.length] }}>
            <h3>{c.name}</h3>
            {c.description ? <p className="muted">{c.description}</p> : null}
            {c.promotions.length > 0 ? (
              <ul className="promo-chips">
                {c.promotions.slice(0, 3).map((p) => (
                  <li key={p.id} className="promo-tag">
                    {p.name}
                  </li>
                ))}
              </ul>
            ) : null}
            <Link href="/search" className="campaign-link">
              <T k="home.shopNow" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
