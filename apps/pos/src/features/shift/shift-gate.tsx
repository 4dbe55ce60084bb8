"use client";

import { ErrorState, formatFen, LoadingState, useT } from "@o2o/client";
import { PosCurrentShiftDocument, PosOpenShiftDocument, type PosShiftReportFragment } from "@o2o/schema";
import { type FormEvent, type ReactNode, useState } from "react";
import { useMutation, useQuery } from "urql";
import { MoneyInput } from "../../components/money-input";
import { parseYuan } from "../payment/tender-math";
import type { TillSelection } from "../till/till-selection";
import { SignOutButton, TillBrand } from "../till/till-chrome";
import { ShiftProvider } from "./shift-context";
import { ShiftReportView } from "./shift-report-view";

const FLOAT_PRESETS = [20000, 50000, 100000];

/** A full screen between shifts: the till's brand and sign-out on top. */
function ShiftScreen({ till, children }: { till: TillSelection; children: ReactNode }) {
  return (
    <div className="setup">
      <header className="pos-login-bar">
        <TillBrand till={till} />
        <span className="pos-login-tools">
          <SignOutButton variant="ghost" />
        </span>
      </header>
      {children}
    </div>
  );
}

function OpenShiftForm({ till, onOpened }: { till: TillSelection; onOpened: () => void }) {
  const t = useT();
  const [value, setValue] = useState("500");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, openShift] = useMutation(PosOpenShiftDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const openingFloat = parseYuan(value);
    if (openingFloat === null) {
      setError(t("shift.floatInvalid"));
      return;
    }
    const result = await openShift({ input: { registerId: till.registerId, openingFloat } });
    if (result.error) {
      const code = result.error.graphQLErrors[0]?.extensions?.code;
      setError(code === "CONFLICT" ? t("shift.alreadyOpen") : (result.error.graphQLErrors[0]?.message ?? t("error.network")));
      if (code === "CONFLICT") onOpened();
      return;
    }
    onOpened();
  }

  return (
    <ShiftScreen till={till}>
      <main className="setup-main">
        <form className="pos-card shift-open" onSubmit={submit} noValidate>
          <h1>{t("shift.openTitle")}</h1>
          <p className="muted">{t("shift.openBody")}</p>
          <MoneyInput label={t("shift.openingFloat")} value={value} onChange={setValue} error={error} data-autofocus />
          <fieldset className="quick-row">
            <legend className="visually-hidden">{t("shift.floatPresets")}</legend>
            {FLOAT_PRESETS.map((fen) => (
              <button key={fen} type="button" className="pos-btn pos-btn-outline" onClick={() => setValue(String(fen / 100))}>
                {formatFen(fen)}
              </button>
            ))}
          </fieldset>
          <button type="submit" className="pos-btn pos-btn-primary pos-btn-xl" disabled={fetching} aria-busy={fetching}>
            {t(fetching ? "shift.opening" : "shift.open")}
          </button>
        </form>
      </main>
    </ShiftScreen>
  );
}

/** The Z report of the shift just closed, on its own screen so it can be read (and photographed) before the next shift. */
function ZReportScreen({ till, report, onDone }: { till: TillSelection; report: PosShiftReportFragment; onDone: () => void }) {
  const t = useT();
  return (
    <ShiftScreen till={till}>
      <main className="setup-main">
        <section className="pos-card z-report" aria-labelledby="z-title">
          <h1 id="z-title">{t("shift.zReport")}</h1>
          <p className="notice notice-ok" role="status">
            {t("shift.closedNotice")}
          </p>
          <ShiftReportView report={report} kind="Z" />
          <button type="button" className="pos-btn pos-btn-primary pos-btn-xl" onClick={onDone}>
            {t("shift.done")}
          </button>
        </section>
      </main>
    </ShiftScreen>
  );
}

/** Selling needs an open shift on the register: shows it, or the form that opens one with a cash float. */
export function ShiftGate({ till, children }: { till: TillSelection; children: ReactNode }) {
  const [zReport, setZReport] = useState<PosShiftReportFragment | null>(null);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PosCurrentShiftDocument,
    variables: { registerId: till.registerId },
    requestPolicy: "network-only",
  });
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  if (zReport) {
    return (
      <ZReportScreen
        till={till}
        report={zReport}
        onDone={() => {
          setZReport(null);
          refresh();
        }}
      />
    );
  }

  if (error && !data) {
    return (
      <div className="splash">
        <ErrorState error={error} onRetry={refresh} />
      </div>
    );
  }
  if (fetching && !data) {
    return (
      <div className="splash">
        <LoadingState />
      </div>
    );
  }
  const shift = data?.currentShift;
  if (!shift) return <OpenShiftForm till={till} onOpened={refresh} />;
  return <ShiftProvider value={{ shift, onClosed: setZReport }}>{children}</ShiftProvider>;
}
