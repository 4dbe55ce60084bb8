"use client";

import { useT } from "@o2o/client";

/** An editor form's buttons: cancel while editing an existing item, then save (or create, for a new one). */
export function EditorActions({
  editing,
  busy,
  createLabel,
  onCancel,
}: {
  editing: boolean;
  busy: boolean;
  createLabel: string;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <div className="form-actions">
      {editing ? (
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {editing ? t("common.save") : createLabel}
      </button>
    </div>
  );
}

/** A list row's "edit" button: puts the row's item into the list's editor form. */
export function EditRowButton({ label, onEdit }: { label: string; onEdit: () => void }) {
  const t = useT();
  return (
    <button type="button" className="btn btn-ghost btn-sm" aria-label={label} onClick={onEdit}>
      {t("common.edit")}
    </button>
  );
}

/** Opens an editor form placed above its list: the item goes into the form, and the page scrolls up to it. */
export function editAtTop(open: () => void): void {
  open();
  window.scrollTo({ top: 0, behavior: "smooth" });
}
