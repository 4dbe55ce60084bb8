"use client";

import { useSession } from "@o2o/client";
import {
  ShopAddToCartDocument,
  type ShopCartFieldsFragment,
  ShopCartDocument,
  ShopMergeGuestCartDocument,
  ShopRemoveCartItemDocument,
  ShopSetCartCouponsDocument,
  ShopSetCartPickupStoreDocument,
  ShopSetCartPointsDocument,
  ShopUpdateCartItemDocument,
} from "@o2o/schema";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { type CombinedError, useClient, useQuery } from "urql";
import { guestCartToken, setGuestCartToken, useGuestCartToken } from "./guest-cart-token";

export type ShopCart = ShopCartFieldsFragment;

type CartResult = { cart: ShopCart | null; error: CombinedError | null };

export type CartApi = {
  cart: ShopCart | null;
  /** True until the first answer (or when there is no cart to load). */
  loading: boolean;
  error: CombinedError | null;
  signedIn: boolean;
  add(variantId: string, quantity: number): Promise<CartResult>;
  update(variantId: string, quantity: number): Promise<CartResult>;
  remove(variantId: string): Promise<CartResult>;
  setCoupons(codes: string[]): Promise<CartResult>;
  setPoints(points: number): Promise<CartResult>;
  setPickupStore(storeId: string | null): Promise<CartResult>;
  refresh(): void;
};

/**
 * The cart as a store that keeps its identity: consumers subscribe to it, so a change (the session read after
 * hydration, the cart's first answer) re-renders them only, never the context's whole subtree — which would make React
 * give up hydrating a page that is still streaming in and render it again in the browser.
 */
type CartStore = { current: CartApi; readonly initial: CartApi; listeners: Set<() => void> };

const CartContext = createContext<CartStore | null>(null);

/**
 * The shopper's cart for the whole app: a guest's by its stored token, a member's by their session. When a guest signs
 * in, their cart is merged into the member's once and the token forgotten.
 */
export function CartProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const token = useGuestCartToken();
  const client = useClient();
  const signedIn = Boolean(session);
  const [latest, setLatest] = useState<ShopCart | null | undefined>(undefined);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ShopCartDocument,
    variables: { guestToken: signedIn ? null : token },
    pause: session === undefined || (!signedIn && !token),
    requestPolicy: "cache-and-network",
  });
  const merging = useRef(false);

  // A fresh answer from the API replaces the last mutation's cart.
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    setSeen(data);
    setLatest(undefined);
  }

  useEffect(() => {
    if (!session || !token || merging.current) return;
    merging.current = true;
    void client
      .mutation(ShopMergeGuestCartDocument, { guestToken: token })
      .toPromise()
      .then((result) => {
        // A token the API no longer knows is dropped too: there is nothing left to merge.
        if (result.data || result.error?.graphQLErrors.length) setGuestCartToken(null);
        if (result.data) {
          setLatest(result.data.mergeGuestCart);
          refetch({ requestPolicy: "network-only" });
        }
      })
      .finally(() => {
        merging.current = false;
      });
  }, [session, token, client, refetch]);

  const run = useCallback(
    async <D,>(promise: Promise<{ data?: D; error?: CombinedError }>, pick: (d: D) => ShopCart): Promise<CartResult> => {
      const result = await promise;
      if (result.data) {
        const cart = pick(result.data);
        if (cart.guestToken) setGuestCartToken(cart.guestToken);
        setLatest(cart);
        return { cart, error: null };
      }
      return { cart: null, error: result.error ?? null };
    },
    [],
  );

  const api = useMemo<CartApi>(() => {
    // Read at call time: the first add of a guest sets the token that the next call must send.
    const tokenNow = () => (signedIn ? null : guestCartToken());
    const cart = latest !== undefined ? latest : (data?.cart ?? null);
    return {
      cart,
      loading: session === undefined || (fetching && !data),
      error: error ?? null,
      signedIn,
      add: (variantId, quantity) =>
        run(client.mutation(ShopAddToCartDocument, { variantId, quantity, guestToken: tokenNow() }).toPromise(), (d) => d.addToCart),
      update: (variantId, quantity) =>
        run(
          client.mutation(ShopUpdateCartItemDocument, { variantId, quantity, guestToken: tokenNow() }).toPromise(),
          (d) => d.updateCartItem,
        ),
      remove: (variantId) =>
        run(client.mutation(ShopRemoveCartItemDocument, { variantId, guestToken: tokenNow() }).toPromise(), (d) => d.removeCartItem),
      setCoupons: (codes) =>
        run(client.mutation(ShopSetCartCouponsDocument, { codes, guestToken: tokenNow() }).toPromise(), (d) => d.setCartCoupons),
      setPoints: (points) => run(client.mutation(ShopSetCartPointsDocument, { points }).toPromise(), (d) => d.setCartPoints),
      setPickupStore: (storeId) =>
        run(client.mutation(ShopSetCartPickupStoreDocument, { storeId, guestToken: tokenNow() }).toPromise(), (d) => d.setCartPickupStore),
      refresh: () => refetch({ requestPolicy: "network-only" }),
    };
  }, [latest, data, fetching, error, session, signedIn, client, run, refetch]);

  const [store] = useState<CartStore>(() => ({ current: api, initial: api, listeners: new Set() }));
  useEffect(() => {
    if (store.current === api) return;
    store.current = api;
    for (const listener of store.listeners) listener();
  }, [store, api]);

  return <CartContext.Provider value={store}>{children}</CartContext.Provider>;
}

export function useCart(): CartApi {
  const store = useContext(CartContext);
  if (!store) throw new Error("useCart outside CartProvider");
  const subscribe = useCallback(
    (listener: () => void) => {
      store.listeners.add(listener);
      return () => store.listeners.delete(listener);
    },
    [store],
  );
  return useSyncExternalStore(
    subscribe,
    () => store.current,
    () => store.initial,
  );
}
