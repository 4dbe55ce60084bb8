// The till's local copy of what selling needs, as the API's posSnapshot* queries send it (compact rows).

import type { ReceiptTemplate, SupportedLocale, TillTender } from "@o2o/domain";

export type SnapshotOverride = {
  channelId: string | null;
  storeId: string | null;
  price: number;
  startsAt: string | null;
  endsAt: string | null;
};

export type SnapshotVariant = {
  id: string;
  productId: string;
  sku: string;
  /** The variant's own name (may repeat the product name). */
  name: string;
  productName: string;
  /** Product and variant both ACTIVE. */
  sellable: boolean;
  basePrice: number;
  barcodes: string[];
  categoryId: string | null;
  categoryName: string | null;
  categoryIcon: string | null;
  brandId: string | null;
  /** Lower-case pinyin and initials of the product name, from the server ("hongse tixu hstx"). */
  searchText: string;
  overrides: SnapshotOverride[];
  tierPrices: { tierId: string; price: number }[];
  /** Available stock in the till's store when read; kept current by the stock subscription while online. */
  available: number;
  /** ISO time of the newest change this row reflects. */
  updatedAt: string;
};

export type SnapshotMember = {
  id: string;
  phone: string;
  name: string | null;
  tierId: string | null;
  tierName: string | null;
  tierMultiplierBps: number;
  pointsBalance: number;
  storeCreditBalance: number;
  active: boolean;
  updatedAt: string;
};

/** Promotions, categories, settings and channel ids: small, replaced whole on every refresh. */
export type SnapshotReference = {
  storeId: string;
  posChannelId: string;
  /** The merchant settings object (cash rounding, earning and redemption rules), as the server parses it. */
  settings: Record<string, unknown>;
  /** category id → itself and its ancestors. */
  categoryPaths: Record<string, string[]>;
  /** Active promotions as stored (type, params, scope, ...): parsed with the domain's parsePromotionRule, as the server does. */
  promotions: Record<string, unknown>[];
  /** The receipt this store's tills print (missing in a snapshot saved before receipt settings existed). */
  receipt?: TillReceiptSettings;
  /** Tenders the till offers; the server refuses the others. */
  tillTenders?: TillTender[];
  languages?: { enabledLocales: SupportedLocale[]; tillLocale: SupportedLocale };
  serverTime: string;
};

/** The merchant's receipt template with this store's header lines, name, address and phone. */
export type TillReceiptSettings = ReceiptTemplate & { storeName: string; storeAddress: string | null; storePhone: string | null };

export type SnapshotMeta = {
  storeId: string;
  /** Server time of the last complete load or delta: the next delta asks for changes since then. */
  variantsSyncedAt: string | null;
  membersSyncedAt: string | null;
  variantCount: number;
  memberCount: number;
};
