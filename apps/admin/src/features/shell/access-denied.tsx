"use client";

import { EmptyState, useT } from "@o2o/client";
import { permissionLabel } from "../auth/permission-areas";
import { Icon } from "./icons";

export function AccessDenied({ permission }: { permission: string }) {
  const t = useT();
  return (
    <div className="card">
      <EmptyState icon={<Icon name="lock" size={28} />} title={t("access.deniedTitle")}>
        {t("access.deniedBody", { permission: permissionLabel(t, permission) })}
      </EmptyState>
    </div>
  );
}
