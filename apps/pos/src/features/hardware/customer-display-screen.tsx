"use client";

import { formatFen, useLocale } from "@o2o/client";
import styles from "./customer-display.module.css";
import { displayMessages } from "./customer-display.messages";
import { useDisplayState } from "./customer-display";

/** The second screen facing the shopper: what is being rung up and what to pay, large and calm. */
export function CustomerDisplayScreen() {
  const locale = useLocale();
  const m = displayMessages[locale];
  const state = useDisplayState();

  if (!state) {
    return (
      <main className={styles.screen}>
        <p className={styles.center}>{m.waiting}</p>
      </main>
    );
  }
  if (state.kind === "idle") {
    return (
      <main className={styles.screen}>
        <div className={styles.center}>
          <h1 className={styles.store}>{state.storeName}</h1>
          <p className={styles.welcome}>{m.welcome}</p>
        </div>
      </main>
    );
  }
  if (state.kind === "paid") {
    return (
      <main className={styles.screen}>
        <div className={styles.center} role="status">
          <p className={styles.welcome}>{m.paid}</p>
          <p className={styles.big}>{formatFen(state.total)}</p>
          {state.change > 0 ? (
            <p className={styles.change}>
              {m.change} <strong>{formatFen(state.change)}</strong>
            </p>
          ) : null}
          <p className="muted">{m.thanks}</p>
        </div>
      </main>
    );
  }
  return (
    <main className={styles.screen}>
      <header className={styles.head}>
        <strong>{state.storeName}</strong>
        {state.memberName ? (
          <span>
            {m.member}: {state.memberName}
          </span>
        ) : null}
      </header>
      <div className={styles.body}>
        {state.lines.length === 0 ? (
          <p className={styles.center}>{m.empty}</p>
        ) : (
          <table className={styles.lines}>
            <thead>
              <tr>
                <th scope="col">{m.item}</th>
                <th scope="col">{m.qty}</th>
                <th scope="col">{m.amount}</th>
              </tr>
            </thead>
            <tbody>
              {state.lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id of their own on the display
                <tr key={i}>
                  <td>
                    {line.name}
                    {line.detail ? <small>{line.detail}</small> : null}
                  </td>
                  <td className="num">× {line.quantity}</td>
                  <td className="num">{formatFen(line.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <footer className={styles.totals} aria-live="polite">
        <span>
          {m.subtotal} {formatFen(state.subtotal)}
        </span>
        {state.discountTotal > 0 ? (
          <span>
            {m.discount} −{formatFen(state.discountTotal)}
          </span>
        ) : null}
        <span className={styles.total}>
          {m.total} <strong>{formatFen(state.total)}</strong>
        </span>
      </footer>
    </main>
  );
}
