"use client";

import { useT } from "@o2o/client";
import { AdminUpdateStoreDocument } from "@o2o/schema";
import { useId, useRef, useState } from "react";
import { useMutation } from "urql";
import type { StoreOption } from "../../components/use-stores";
import { FieldAlert, TextField } from "../../components/form-field";
import { DialogActions } from "../../components/dialog-actions";

/** Edits a store's name, phone and address in a dialog (store:write in that store). */
export function StoreEditor({ store, onSaved }: { store: StoreOption; onSaved: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [name, setName] = useState(store.name);
  const [phone, setPhone] = useState(store.phone ?? "");
  const [address, setAddress] = useState(store.addressLine ?? "");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(AdminUpdateStoreDocument);
  async function onSave() {
    if (!name.trim()) return setError(t("common.required"));
    const res = await update({
      id: store.id,
      input: { name: name.trim(), phone: phone.trim() || null, addressLine: address.trim() || null },
    });
    if (res.data) {
      dialog.current?.close();
      onSaved();
    } else setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
  }
  return (
    <>
      <button type="button" className="btn btn-ghost btn-sm" onClick={() => dialog.current?.showModal()}>
        {t("common.edit")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
        <h3 id={titleId}>{t("settings.editStore", { name: store.name })}</h3>
        <TextField label={t("col.name")} value={name} onChange={setName} maxLength={100} />
        <TextField label={t("settings.phone")} value={phone} onChange={setPhone} maxLength={30} />
        <TextField label={t("settings.address")} value={address} onChange={setAddress} maxLength={200} />
        <FieldAlert message={error} />
        <DialogActions onCancel={() => dialog.current?.close()} confirmLabel={t("common.save")} onConfirm={onSave} disabled={fetching} />
      </dialog>
    </>
  );
}
