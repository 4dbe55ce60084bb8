"use client";

import { EmptyState, ErrorState, LoadingState, LocaleSwitcher, useT } from "@o2o/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { gql, useQuery } from "urql";
import { useMe } from "../auth/me-context";
import { Icon } from "./icons";
import { canSellIn } from "./sale-permission";
import { saveTillSelection, useTillSelection } from "./till-selection";
import { ChoiceCard, PosBrand, SignOutButton } from "./till-chrome";

type Register = { id: string; code: string; name: string; active: boolean };
type Store = {
  id: string;
  code: string;
  name: string;
  type: string;
  city: string | null;
  addressLine: string | null;
  registers: Register[];
};

const STORES_WITH_REGISTERS = gql<{ stores: Store[] }, Record<string, never>>`
  query TillStores {
    stores {
      id
      code
      name
      type
      city
      addressLine
      registers {
        id
        code
        name
        active
      }
    }
  }
`;

/** Picks the shop and register this device works as; only shops where the cashier may sell are offered. */
export function TillSetup() {
  const t = useT();
  const me = useMe();
  const router = useRouter();
  const current = useTillSelection();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: STORES_WITH_REGISTERS });
  const shops = (data?.stores ?? []).filter((s) => s.type === "SHOP" && canSellIn(me, s.id));
  const [storeId, setStoreId] = useState<string | null>(null);
  const [registerId, setRegisterId] = useState<string | null>(null);

  const chosenStoreId =
    storeId ?? (shops.some((s) => s.id === current?.storeId) ? current?.storeId : shops.length === 1 ? shops[0]?.id : null) ?? null;
  const store = shops.find((s) => s.id === chosenStoreId) ?? null;
  const registers = store?.registers.filter((r) => r.active) ?? [];
  const chosenRegisterId =
    registerId ??
    (registers.some((r) => r.id === current?.registerId) ? current?.registerId : registers.length === 1 ? registers[0]?.id : null) ??
    null;
  const register = registers.find((r) => r.id === chosenRegisterId) ?? null;

  function start() {
    if (!store || !register) return;
    saveTillSelection({ storeId: store.id, storeName: store.name, registerId: register.id, registerName: register.name });
    router.replace("/");
  }

  return (
    <div className="setup">
      <header className="pos-login-bar">
        <PosBrand>{t("app.name")}</PosBrand>
        <span className="pos-login-tools">
          <span className="muted">{t("setup.signedInAs", { name: me.displayName ?? me.id })}</span>
          <LocaleSwitcher />
          <SignOutButton variant="ghost" />
        </span>
      </header>
      <main className="setup-main">
        <div className="setup-head">
          <h1>{t("setup.title")}</h1>
          <p className="muted">{t("setup.subtitle")}</p>
        </div>
        {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: "network-only" })} /> : null}
        {fetching && !data ? <LoadingState /> : null}
        {data && shops.length === 0 ? <EmptyState icon={<Icon name="store" size={30} />} title={t("setup.noStores")} /> : null}
        {shops.length > 0 ? (
          <div className="setup-columns">
            <fieldset className="choice-group">
              <legend>{t("setup.store")}</legend>
              {shops.map((s) => (
                <ChoiceCard
                  key={s.id}
                  name="store"
                  value={s.id}
                  checked={s.id === chosenStoreId}
                  onChoose={() => {
                    setStoreId(s.id);
                    setRegisterId(null);
                  }}
                  icon="store"
                  title={s.name}
                  detail={[s.city, s.addressLine].filter(Boolean).join(" · ") || s.code}
                />
              ))}
            </fieldset>
            <fieldset className="choice-group" disabled={!store}>
              <legend>{t("setup.register")}</legend>
              {!store ? <p className="muted choice-hint">{t("setup.pickStoreFirst")}</p> : null}
              {store && registers.length === 0 ? <p className="muted choice-hint">{t("setup.noRegisters")}</p> : null}
              {registers.map((r) => (
                <ChoiceCard
                  key={r.id}
                  name="register"
                  value={r.id}
                  checked={r.id === chosenRegisterId}
                  onChoose={() => setRegisterId(r.id)}
                  icon="register"
                  title={r.name}
                  detail={<span className="mono">{r.code}</span>}
                />
              ))}
            </fieldset>
          </div>
        ) : null}
        {shops.length > 0 ? (
          <button type="button" className="pos-btn pos-btn-primary pos-btn-xl" disabled={!store || !register} onClick={start}>
            {t("setup.start")}
          </button>
        ) : null}
      </main>
    </div>
  );
}
