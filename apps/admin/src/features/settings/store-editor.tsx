"use client";

import { useT } from "@o2o/client";
import { AdminUpdateStoreDocument } from "@o2o/schema";
import { useState } from "react";
import { useMutation } from "urql";
import { EditDialog } from "../../components/edit-dialog";
import { TextField } from "../../components/form-field";
import type { StoreOption } from "../../components/use-stores";

/** Edits a store's name, phone and address in a dialog (store:write in that store). */
export function StoreEditor({ store, onSaved }: { store: StoreOption; onSaved: () => void }) {
  const t = useT();
  const [name, setName] = useState(store.name);
  const [phone, setPhone] = useState(store.phone ?? "");
  const [address, setAddress] = useState(store.addressLine ?? "");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(AdminUpdateStoreDocument);
  async function onSave() {
    if (!name.trim()) {
      setError(t("common.required"));
      return false;
    }
    const res = await update({
      id: store.id,
      input: { name: name.trim(), phone: phone.trim() || null, addressLine: address.trim() || null },
    });
    if (!res.data) {
      setError(t("common.failed", { message: res.error?.graphQLErrors[0]?.message ?? "" }));
      return false;
    }
    onSaved();
    return true;
  }
  return (
    <EditDialog title={t("settings.editStore", { name: store.name })} error={error} busy={fetching} onSave={onSave}>
      <TextField label={t("col.name")} value={name} onChange={setName} maxLength={100} />
      <TextField label={t("settings.phone")} value={phone} onChange={setPhone} maxLength={30} />
      <TextField label={t("settings.address")} value={address} onChange={setAddress} maxLength={200} />
    </EditDialog>
  );
}
