"use client";

import { ErrorState, formatFen, LoadingState, useSession, useT } from "@o2o/client";
import { ShopCheckoutDocument } from "@o2o/schema";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useMutation } from "urql";
import { useCart } from "../cart/cart-context";
import { CartSummary } from "../cart/cart-summary";
import { forgetReferral, storedReferral } from "../share/referral";
import { AddressForm } from "./address-form";
import { type AddressErrors, addressInput, EMPTY_ADDRESS, saveAddress, savedAddress, validateAddress } from "./delivery-address";
import { rememberPayment } from "./pending-payment";
import { useShopSettings } from "../shell/shop-settings";
import { PickupStorePicker } from "./pickup-store-picker";

type Method = "WECHAT_PAY" | "ALIPAY";

export function CheckoutView() {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const api = useCart();
  const cart = api.cart;
  const [mode, setMode] = useState<"DELIVERY" | "PICKUP">(cart?.pickupStore ? "PICKUP" : "DELIVERY");
  const [storeId, setStoreId] = useState<string | null>(cart?.pickupStore?.id ?? null);
  const [address, setAddress] = useState(EMPTY_ADDRESS);
  const [errors, setErrors] = useState<AddressErrors>({});
  const { wallets, error: settingsError } = useShopSettings();
  const [chosen, setMethod] = useState<Method | null>(null);
  // Only the wallets the merchant offers online; the first of them until the shopper picks.
  const method = chosen && wallets?.includes(chosen) ? chosen : (wallets?.[0] ?? null);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const [idempotencyKey, setIdempotencyKey] = useState("");
  const [state, checkout] = useMutation(ShopCheckoutDocument);

  useEffect(() => {
    setAddress(savedAddress());
    setIdempotencyKey(crypto.randomUUID());
  }, []);
  useEffect(() => {
    if (cart?.pickupStore) {
      setMode("PICKUP");
      setStoreId(cart.pickupStore.id);
    }
  }, [cart?.pickupStore]);

  if (!wallets && settingsError) return <ErrorState error={settingsError} />;
  if (session === undefined || api.loading || !wallets) return <LoadingState />;
  if (!session) {
    return (
      <div className="panel center">
        <p>{t("checkout.signIn")}</p>
        <Link className="btn btn-primary" href="/login?next=/checkout">
          {t("account.signIn")}
        </Link>
      </div>
    );
  }
  if (!cart || cart.lines.length === 0) {
    return (
      <div className="panel center">
        <p>{t("cart.emptyTitle")}</p>
        <Link className="btn btn-primary" href="/">
          {t("cart.browse")}
        </Link>
      </div>
    );
  }

  async function chooseMode(next: "DELIVERY" | "PICKUP") {
    setMode(next);
    if (next === "DELIVERY" && cart?.pickupStore) await api.setPickupStore(null);
    if (next === "PICKUP" && storeId && cart?.pickupStore?.id !== storeId) await api.setPickupStore(storeId);
  }

  async function chooseStore(id: string) {
    setStoreId(id);
    await api.setPickupStore(id);
  }

  async function placeOrder() {
    setFailure(null);
    if (!method) return;
    if (mode === "DELIVERY") {
      const found = validateAddress(address);
      setErrors(found);
      if (Object.keys(found).length > 0) return;
      saveAddress(address);
    } else if (!storeId) {
      setFailure(t("checkout.chooseStore"));
      return;
    }
    const referralCode = storedReferral();
    const result = await checkout({
      input: {
        idempotencyKey,
        paymentMethod: method,
        note: note.trim() || null,
        referralCode,
        fulfilment: mode === "DELIVERY" ? { type: "DELIVERY", address: addressInput(address) } : { type: "PICKUP", storeId },
      },
    });
    const outcome = result.data?.checkout;
    if (!outcome) {
      setFailure(t("checkout.failed"));
      return;
    }
    if (outcome.__typename === "OnlineCheckout") {
      if (referralCode) forgetReferral();
      rememberPayment(outcome.orderId, {
        paymentId: outcome.payment.id,
        tender: outcome.payment.tender,
        amount: outcome.payment.amount,
        qrPayload: outcome.payment.qrPayload,
      });
      api.refresh();
      router.push(`/orders/${outcome.orderId}/pay`);
      return;
    }
    setIdempotencyKey(crypto.randomUUID());
    setFailure(outcome.__typename === "OutOfStockError" ? t("checkout.outOfStock") : outcome.message);
  }

  return (
    <div className="cart-layout">
      <div className="cart-main">
        <section className="panel">
          <h2 className="section-title">{t("checkout.howToGet")}</h2>
          <div className="segmented" role="radiogroup" aria-label={t("checkout.howToGet")}>
            {(["PICKUP", "DELIVERY"] as const).map((m) => (
              <label key={m} className={mode === m ? "on" : ""}>
                <input type="radio" className="visually-hidden" name="mode" checked={mode === m} onChange={() => chooseMode(m)} />
                {t(m === "PICKUP" ? "checkout.pickup" : "checkout.delivery")}
              </label>
            ))}
          </div>
          {mode === "PICKUP" ? (
            <PickupStorePicker cart={cart} value={storeId} onChange={chooseStore} />
          ) : (
            <AddressForm value={address} errors={errors} onChange={setAddress} />
          )}
        </section>
        <section className="panel">
          <h2 className="section-title">{t("checkout.payment")}</h2>
          <div className="fulfil-options">
            {wallets.map((m) => (
              <label key={m} className={`fulfil-option${method === m ? " selected" : ""}`}>
                <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} />
                <span className="fulfil-main">
                  <strong>{t(m === "WECHAT_PAY" ? "pay.wechat" : "pay.alipay")}</strong>
                </span>
              </label>
            ))}
          </div>
          <div className="field">
            <label htmlFor="order-note">{t("checkout.note")}</label>
            <input id="order-note" className="text-input" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </section>
        <section className="panel">
          <h2 className="section-title">{t("checkout.items", { n: cart.itemCount })}</h2>
          <ul className="mini-lines">
            {cart.lines.map((l) => (
              <li key={l.id}>
                <span>
                  {l.variant.product.name} × {l.quantity}
                </span>
                <span>{formatFen(l.lineTotal)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <aside className="cart-side">
        <div className="panel">
          <CartSummary cart={cart} />
          {failure ? (
            <p className="alert alert-error" role="alert">
              {failure}
            </p>
          ) : null}
          <button type="button" className="btn btn-primary btn-block" disabled={state.fetching || !idempotencyKey} onClick={placeOrder}>
            {state.fetching ? t("checkout.placing") : t("checkout.place", { amount: formatFen(cart.amountDue) })}
          </button>
          <Link href="/cart" className="btn btn-ghost btn-block">
            {t("checkout.backToCart")}
          </Link>
        </div>
      </aside>
    </div>
  );
}
