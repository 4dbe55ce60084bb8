"use client";

import { useT } from "@o2o/client";
import { useMe } from "../auth/me-context";
import { PERMISSION_AREAS, permissionLabel } from "../auth/permission-areas";
import { Icon } from "./icons";
import type { NavItem } from "./nav";

/** The landing page of a module whose screens are not built yet: what it is for and what this viewer may do there. */
export function SectionOverview({ item }: { item: NavItem }) {
  const t = useT();
  const me = useMe();
  const area = PERMISSION_AREAS.find((a) => item.permission && a.permissions.includes(item.permission));
  const grants = me.permissions.filter((g) => area?.permissions.includes(g.permission) ?? g.permission === item.permission);
  return (
    <div className="page">
      <header className="page-header">
        <h2>{t(item.label)}</h2>
        {item.description ? <p className="muted">{t(item.description)}</p> : null}
      </header>
      <section className="card section-hero">
        <span className="section-icon" aria-hidden="true">
          <Icon name={item.icon} size={32} />
        </span>
        <div>
          <p className="section-note">{t("section.building")}</p>
          <h3 className="card-title">{t("section.yourAccess")}</h3>
          <ul className="chips">
            {grants.map((g) => (
              <li key={g.permission} className="chip" title={g.permission}>
                {permissionLabel(t, g.permission)}
              </li>
            ))}
          </ul>
        </div>
      </section>
    </div>
  );
}
