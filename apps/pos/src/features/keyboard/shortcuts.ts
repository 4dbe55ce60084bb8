// One table of the till's function keys, so the keys the buttons show and the keys that work cannot drift apart.
// The selling screen and the payment dialog each have their own layer; a key means nothing outside its layer.

export const SELLING_KEYS = {
  search: "F1",
  member: "F2",
  coupon: "F3",
  quantity: "F4",
  discount: "F5",
  suspend: "F6",
  resume: "F7",
  voidLine: "F8",
  voidCart: "F9",
  shift: "F10",
  returns: "F11",
  pay: "F12",
} as const;

export const PAYMENT_KEYS = {
  cash: "F1",
  card: "F2",
  wechat: "F3",
  alipay: "F4",
  points: "F5",
  storeCredit: "F6",
  confirm: "Enter",
  close: "Escape",
} as const;

export type SellingAction = keyof typeof SELLING_KEYS;
export type PaymentAction = keyof typeof PAYMENT_KEYS;
export type KeyLayer = "selling" | "payment";

type KeyPress = { key: string; ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; shiftKey?: boolean };

function lookup<A extends string>(table: Record<A, string>, key: string): A | null {
  for (const [action, k] of Object.entries(table) as [A, string][]) if (k === key) return action;
  return null;
}

/** The action a key press triggers in a layer, or null. Modified keys (Ctrl+F5, Alt+F4) stay the browser's. */
export function actionForKey(layer: "selling", press: KeyPress): SellingAction | null;
export function actionForKey(layer: "payment", press: KeyPress): PaymentAction | null;
export function actionForKey(layer: KeyLayer, press: KeyPress): SellingAction | PaymentAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  return layer === "selling" ? lookup(SELLING_KEYS, press.key) : lookup(PAYMENT_KEYS, press.key);
}
