"use client";

import { useT } from "@o2o/client";
import { ShopCreateTicketDocument, ShopStoresDocument } from "@o2o/schema";
import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { useMutation, useQuery } from "urql";

const CATEGORIES = [
  "ORDER",
  "PRODUCT",
  "RETURN_REFUND",
  "DELIVERY",
  "STORE_SERVICE",
  "MEMBERSHIP",
  "SUGGESTION",
  "COMPLAINT",
  "GENERAL",
] as const;
type Category = (typeof CATEGORIES)[number];

/** Feedback or a question for customer service, optionally about an order; replies arrive live in the conversation. */
export function TicketForm() {
  const t = useT();
  const router = useRouter();
  const [orderId, setOrderId] = useState<string | null>(null);
  const [category, setCategory] = useState<Category>("GENERAL");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(ShopCreateTicketDocument);

  useEffect(() => {
    const order = new URLSearchParams(window.location.search).get("order");
    if (order) {
      setOrderId(order);
      setCategory("ORDER");
    }
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!subject.trim() || !body.trim()) {
      setProblem(t("service.fillIn"));
      return;
    }
    const result = await create({ input: { category, subject: subject.trim(), body: body.trim(), orderId } });
    if (result.data) router.replace(`/account/service/${result.data.createTicket.id}`);
    else setProblem(result.error?.graphQLErrors[0]?.message ?? t("error.generic"));
  }

  return (
    <form className="panel form-stack" onSubmit={onSubmit} noValidate>
      {orderId ? <p className="muted small">{t("service.aboutOrder")}</p> : null}
      <label className="field">
        <span>{t("service.category")}</span>
        <select className="text-input" value={category} onChange={(e) => setCategory(e.target.value as Category)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`ticketCategory.${c}` as const)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("service.subject")}</span>
        <input className="text-input" value={subject} maxLength={120} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("service.body")}</span>
        <textarea className="text-input textarea" value={body} maxLength={2000} rows={5} onChange={(e) => setBody(e.target.value)} />
      </label>
      {problem ? (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={state.fetching}>
        {t("service.send")}
      </button>
    </form>
  );
}

/** Reserve items to try on in a store: a store-service request the store answers in the same conversation. */
export function TryOnForm() {
  const t = useT();
  const router = useRouter();
  const [{ data: stores }] = useQuery({ query: ShopStoresDocument });
  const [storeId, setStoreId] = useState("");
  const [items, setItems] = useState("");
  const [when, setWhen] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(ShopCreateTicketDocument);
  const shops = (stores?.stores ?? []).filter((s) => s.type !== "WAREHOUSE");

  useEffect(() => {
    const product = new URLSearchParams(window.location.search).get("item");
    if (product) setItems(product);
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!storeId || !items.trim() || !when) {
      setProblem(t("service.fillIn"));
      return;
    }
    const store = shops.find((s) => s.id === storeId);
    const at = new Date(when);
    const result = await create({
      input: {
        category: "STORE_SERVICE",
        storeId,
        subject: t("tryOn.subject", { store: store?.name ?? "" }).slice(0, 120),
        body: t("tryOn.body", { items: items.trim(), when: at.toLocaleString("zh-CN", { hour12: false }) }),
      },
    });
    if (result.data) router.replace(`/account/service/${result.data.createTicket.id}`);
    else setProblem(result.error?.graphQLErrors[0]?.message ?? t("error.generic"));
  }

  return (
    <form className="panel form-stack" onSubmit={onSubmit} noValidate>
      <p className="muted">{t("tryOn.intro")}</p>
      <label className="field">
        <span>{t("tryOn.store")}</span>
        <select className="text-input" value={storeId} onChange={(e) => setStoreId(e.target.value)}>
          <option value="">—</option>
          {shops.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("tryOn.items")}</span>
        <textarea
          className="text-input textarea"
          rows={3}
          maxLength={500}
          value={items}
          onChange={(e) => setItems(e.target.value)}
          placeholder={t("tryOn.itemsHint")}
        />
      </label>
      <label className="field">
        <span>{t("tryOn.when")}</span>
        <input className="text-input" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      </label>
      {problem ? (
        <p className="alert alert-error" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={state.fetching}>
        {t("tryOn.submit")}
      </button>
    </form>
  );
}
