"use client";

import { formatFen, useT } from "@o2o/client";
import { useEffect, useId, useState } from "react";
import { Modal } from "../../components/modal";
import { type AddableItem, lineOfItem } from "../catalog/product-panel";
import { type CatalogItem, searchCatalog } from "../offline/catalog-cache";

/** Shoppers look up an item without a barcode (fruit, bulk) by name or pinyin initials. */
export function KioskSearch({ onAdd, onClose }: { onAdd: (item: AddableItem) => void; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<CatalogItem[] | null>(null);
  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setItems(null);
      return;
    }
    let active = true;
    const timer = setTimeout(() => {
      searchCatalog(query, 24).then(
        (found) => active && setItems(found.filter((i) => i.sellable)),
        () => active && setItems([]),
      );
    }, 200);
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [q]);
  return (
    <Modal title={t("kiosk.lookup")} onClose={onClose} size="wide">
      <div className="field">
        <label htmlFor={id}>{t("till.search")}</label>
        <input
          id={id}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("kiosk.lookupPlaceholder")}
          autoComplete="off"
          maxLength={40}
          data-autofocus
        />
      </div>
      {items && items.length === 0 ? <p className="muted">{t("till.noResults", { q })}</p> : null}
      <ul className="kiosk-results">
        {(items ?? []).map((item) => (
          <li key={item.variantId}>
            <button type="button" className="result-btn" onClick={() => onAdd(lineOfItem(item))}>
              <span className="tile-icon" aria-hidden="true">
                {item.categoryIcon ?? Array.from(item.productName)[0]}
              </span>
              <span className="result-name">
                <strong>{item.productName}</strong>
                <small className="muted">{item.variantName}</small>
              </span>
              <strong className="num">{formatFen(item.unitPrice)}</strong>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
