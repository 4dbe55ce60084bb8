"use client";

import { EmptyState, formatFen, useT } from "@o2o/client";
import { Modal } from "../../components/modal";
import { Icon } from "../till/icons";
import type { SuspendedSale } from "./suspended-sales";

/** F7: the register's suspended sales, newest first; picking one brings it back. */
export function ResumeDialog({
  list,
  onResume,
  onClose,
}: {
  list: readonly SuspendedSale[];
  onResume: (id: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal title={t("resume.title")} onClose={onClose}>
      {list.length === 0 ? <EmptyState icon={<Icon name="register" size={30} />} title={t("resume.none")} /> : null}
      <ul className="resume-list">
        {list.map((s) => (
          <li key={s.id}>
            <button type="button" className="result-btn" onClick={() => onResume(s.id)}>
              <span className="result-name">
                <strong>
                  {s.draft.lines
                    .map((l) => l.productName)
                    .slice(0, 3)
                    .join("、")}
                </strong>
                <small className="muted">
                  {new Date(s.at).toLocaleTimeString()} · {t("till.items", { n: s.itemCount })}
                  {s.draft.member ? ` · ${s.draft.member.maskedPhone}` : ""}
                </small>
              </span>
              <strong className="num">{formatFen(s.listTotal)}</strong>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
