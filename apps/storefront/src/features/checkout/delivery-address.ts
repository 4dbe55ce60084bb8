// The delivery address form: validated here for quick feedback; the API validates it again.

export type Address = {
  recipient: string;
  phone: string;
  province: string;
  city: string;
  district: string;
  line: string;
  postalCode: string;
};
export type AddressErrors = Partial<Record<keyof Address, "required" | "phone" | "postalCode">>;

export const EMPTY_ADDRESS: Address = { recipient: "", phone: "", province: "", city: "", district: "", line: "", postalCode: "" };

export function validateAddress(a: Address): AddressErrors {
  const errors: AddressErrors = {};
  for (const key of ["recipient", "phone", "province", "city", "district", "line"] as const) if (!a[key].trim()) errors[key] = "required";
  const digits = a.phone.replace(/[\s-]/g, "").replace(/^\+?86/, "");
  if (a.phone.trim() && !/^1[3-9]\d{9}$/.test(digits)) errors.phone = "phone";
  if (a.postalCode.trim() && !/^\d{6}$/.test(a.postalCode.trim())) errors.postalCode = "postalCode";
  return errors;
}

/** The API's input: trimmed, postal code left out when empty. */
export function addressInput(a: Address) {
  const postalCode = a.postalCode.trim();
  return {
    recipient: a.recipient.trim(),
    phone: a.phone.trim(),
    province: a.province.trim(),
    city: a.city.trim(),
    district: a.district.trim(),
    line: a.line.trim(),
    ...(postalCode ? { postalCode } : {}),
  };
}

const STORAGE_KEY = "o2o.lastAddress";

export function savedAddress(): Address {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<Address> | null;
    return { ...EMPTY_ADDRESS, ...(parsed ?? {}) };
  } catch {
    return EMPTY_ADDRESS;
  }
}

export function saveAddress(a: Address): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(a));
  } catch {
    // Not remembered for next time.
  }
}

/** Stores holding enough of every cart line: [storeId] → true when each line's available covers its quantity. */
export function storesWithStock(
  lines: { variantId: string; quantity: number }[],
  availability: { storeId: string; variantId: string; available: number }[],
): Set<string> {
  const byStore = new Map<string, Map<string, number>>();
  for (const a of availability) {
    const row = byStore.get(a.storeId) ?? new Map<string, number>();
    row.set(a.variantId, a.available);
    byStore.set(a.storeId, row);
  }
  const ok = new Set<string>();
  for (const [storeId, row] of byStore) if (lines.every((l) => (row.get(l.variantId) ?? 0) >= l.quantity)) ok.add(storeId);
  return ok;
}
