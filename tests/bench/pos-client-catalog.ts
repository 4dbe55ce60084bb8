// Grows the demo catalogue for the POS client bench: generated products with Chinese names, pinyin search words, four
// variants each with a barcode (29 + 11 digits) and stock in every shop, written with set-based SQL.
import type pg from "pg";

const NAMES = ["纯棉T恤", "牛仔裤", "连帽卫衣", "针织开衫", "运动短裤", "羊毛围巾", "帆布鞋", "双肩包"];
const PINYIN = [
  "chunmiantxu cmtx",
  "niuzaiku nzk",
  "lianmaoweiyi lmwy",
  "zhenzhikaishan zzks",
  "yundongduanku ydk",
  "yangmaoweijin ymwj",
  "fanbuxie fbx",
  "shuangjianbao sjb",
];
const SIZES = ["S", "M", "L", "XL"];
const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** Adds products `from`..`to` (× 4 SKUs, P-000001-M …) to the merchant; returns the number of SKUs added. */
export async function addPosSkus(client: pg.Client, merchantId: string, from: number, to: number): Promise<number> {
  const category = await client.query<{ id: string }>(`SELECT id FROM "Category" WHERE "merchantId" = $1 ORDER BY "sortOrder" LIMIT 1`, [
    merchantId,
  ]);
  await client.query(
    `INSERT INTO "Product" (id, "merchantId", "categoryId", name, "searchText", status, tags, options, "createdAt", "updatedAt")
     SELECT 'posb-p-' || g, $1, $2, (${arr(NAMES)})[1 + g % ${NAMES.length}] || ' ' || g, (${arr(PINYIN)})[1 + g % ${PINYIN.length}],
            'ACTIVE', ARRAY[]::text[], '[{"name":"尺码","values":${JSON.stringify(SIZES)}}]'::jsonb, now(), now()
       FROM generate_series($3::int, $4::int) g`,
    [merchantId, category.rows[0]?.id ?? null, from, to],
  );
  await client.query(
    `INSERT INTO "Variant" (id, "merchantId", "productId", sku, name, "optionValues", "basePrice", status, "createdAt", "updatedAt")
     SELECT 'posb-v-' || g || '-' || s, $1, 'posb-p-' || g, 'P-' || lpad(g::text, 6, '0') || '-' || s, s, jsonb_build_object('尺码', s),
            990 + (g * 37) % 30000, 'ACTIVE', now(), now()
       FROM generate_series($2::int, $3::int) g, unnest(${arr(SIZES)}) WITH ORDINALITY AS x(s, i)`,
    [merchantId, from, to],
  );
  await client.query(
    `INSERT INTO "Barcode" (id, "merchantId", "variantId", code, "isPrimary", "createdAt")
     SELECT 'posb-b-' || v.id, $1, v.id, '29' || lpad((substring(v.id from 'posb-v-([0-9]+)-')::int * 4 +
              array_position(${arr(SIZES)}, substring(v.id from '-([A-Z]+)$')))::text, 11, '0'), true, now()
       FROM "Variant" v WHERE v."productId" IN (SELECT 'posb-p-' || g FROM generate_series($2::int, $3::int) g)`,
    [merchantId, from, to],
  );
  await client.query(
    `INSERT INTO "StockLevel" (id, "variantId", "locationId", "onHand", reserved, "updatedAt")
     SELECT 'posb-s-' || v.id || '-' || l.id, v.id, l.id, 50, 0, now()
       FROM "Variant" v, "Store" l
      WHERE v."productId" IN (SELECT 'posb-p-' || g FROM generate_series($2::int, $3::int) g) AND l."merchantId" = $1`,
    [merchantId, from, to],
  );
  await client.query("ANALYZE");
  return (to - from + 1) * SIZES.length;
}

/** The barcode of generated product `g`'s size `s` (0..3). */
export function posSkuBarcode(g: number, s: number): string {
  return `29${String(g * 4 + s + 1).padStart(11, "0")}`;
}
