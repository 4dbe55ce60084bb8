"use client";

import { useT } from "@o2o/client";
import { ActionButton } from "../../components/action-button";
import { SELLING_KEYS, type SellingAction } from "../keyboard/shortcuts";

const ACTIONS: SellingAction[] = [
  "search",
  "member",
  "coupon",
  "quantity",
  "discount",
  "suspend",
  "resume",
  "voidLine",
  "shift",
  "returns",
];

/** The function keys of the selling screen as touch buttons, each showing its key. */
export function ActionBar({
  onAction,
  hasLines,
  suspendedCount,
}: {
  onAction: (action: SellingAction) => void;
  hasLines: boolean;
  suspendedCount: number;
}) {
  const t = useT();
  const needsLine: SellingAction[] = ["quantity", "discount", "suspend", "voidLine"];
  return (
    <nav className="action-bar" aria-label={t("till.actions")}>
      {ACTIONS.map((action) => (
        <ActionButton
          key={action}
          shortcut={SELLING_KEYS[action]}
          onClick={() => onAction(action)}
          disabled={needsLine.includes(action) && !hasLines}
        >
          {t(`action.${action}`)}
          {action === "resume" && suspendedCount > 0 ? <span className="count-badge">{suspendedCount}</span> : null}
        </ActionButton>
      ))}
    </nav>
  );
}
