// Generates a large catalogue for the storefront bench: products with Chinese names, their pinyin search words and
// four sized/coloured variants each, written with set-based SQL (seconds for 100,000 SKUs).
import type pg from "pg";

// Name parts with their pinyin, combined as 品牌 + 材质 + 款式 + 品类: "优品 纯棉 宽松 T恤" → "youpinchunmiankuansongtxu".
const BRANDS = [
  ["优品", "youpin"],
  ["森屿", "senyu"],
  ["暖阳", "nuanyang"],
  ["北辰", "beichen"],
  ["初见", "chujian"],
  ["青禾", "qinghe"],
  ["拾光", "shiguang"],
  ["木槿", "mujin"],
];
const MATERIALS = [
  ["纯棉", "chunmian"],
  ["亚麻", "yama"],
  ["真丝", "zhensi"],
  ["羊毛", "yangmao"],
  ["牛仔", "niuzai"],
  ["涤纶", "dilun"],
  ["莫代尔", "modaier"],
];
const STYLES = [
  ["宽松", "kuansong"],
  ["修身", "xiushen"],
  ["复古", "fugu"],
  ["简约", "jianyue"],
  ["休闲", "xiuxian"],
  ["通勤", "tongqin"],
];
const ITEMS = [
  ["T恤", "txu"],
  ["衬衫", "chenshan"],
  ["卫衣", "weiyi"],
  ["外套", "waitao"],
  ["连衣裙", "lianyiqun"],
  ["半身裙", "banshenqun"],
  ["长裤", "changku"],
  ["短裤", "duanku"],
  ["毛衣", "maoyi"],
];
const SIZES = ["S", "M", "L", "XL"];
const COLOURS = ["白", "黑", "灰", "蓝", "红", "绿"];

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

/** Inserts `products` products × 4 variants (SKU G-000001-M …) with stock at every location; returns the SKU count. */
export async function generateSkus(client: pg.Client, merchantId: string, products: number): Promise<number> {
  const category = await client.query<{ id: string }>(`SELECT id FROM "Category" WHERE "merchantId" = $1 ORDER BY "sortOrder" LIMIT 1`, [
    merchantId,
  ]);
  const categoryId = category.rows[0]?.id ?? null;
  const part = (list: string[][], i: 0 | 1) => sqlArray(list.map((p) => p[i] ?? ""));
  const pick = (list: string[][], i: 0 | 1, n: string) => `(${part(list, i)})[1 + (${n}) % ${list.length}]`;
  const b = "g";
  const m = `(g / ${BRANDS.length})`;
  const s = `(g / ${BRANDS.length * MATERIALS.length})`;
  const it = `(g / ${BRANDS.length * MATERIALS.length * STYLES.length})`;
  await client.query(
    `INSERT INTO "Product" (id, "merchantId", "categoryId", name, "searchText", status, tags, options, "createdAt", "updatedAt")
     SELECT 'bench-p-' || g, $1, $2,
       ${pick(BRANDS, 0, b)} || ${pick(MATERIALS, 0, m)} || ${pick(STYLES, 0, s)} || ${pick(ITEMS, 0, it)} || ' ' || g,
       lower(${pick(BRANDS, 0, b)} || ${pick(MATERIALS, 0, m)} || ${pick(STYLES, 0, s)} || ${pick(ITEMS, 0, it)} || ' ' ||
         ${pick(BRANDS, 1, b)} || ${pick(MATERIALS, 1, m)} || ${pick(STYLES, 1, s)} || ${pick(ITEMS, 1, it)} || ' ' ||
         ${pick(MATERIALS, 1, m)} || ' ' || ${pick(ITEMS, 1, it)}),
       'ACTIVE', ARRAY[]::text[],
       '[{"name":"颜色","values":${JSON.stringify(COLOURS)}},{"name":"尺码","values":${JSON.stringify(SIZES)}}]'::jsonb,
       now() - (g || ' seconds')::interval, now()
     FROM generate_series(1, $3) g`,
    [merchantId, categoryId, products],
  );
  await client.query(
    `INSERT INTO "Variant" (id, "merchantId", "productId", sku, name, "optionValues", "basePrice", status, "createdAt", "updatedAt")
     SELECT 'bench-v-' || g || '-' || s, $1, 'bench-p-' || g, 'G-' || lpad(g::text, 6, '0') || '-' || s, s,
       jsonb_build_object('尺码', s, '颜色', (${sqlArray(COLOURS)})[1 + g % ${COLOURS.length}]),
       1900 + (g * 37) % 50000, 'ACTIVE', now(), now()
     FROM generate_series(1, $2) g, unnest(${sqlArray(SIZES)}) s`,
    [merchantId, products],
  );
  await client.query(
    `INSERT INTO "StockLevel" (id, "variantId", "locationId", "onHand", reserved, "updatedAt")
     SELECT 'bench-s-' || v.id || '-' || l.id, v.id, l.id, abs(hashtext(v.id || l.id)) % 12, 0, now()
     FROM "Variant" v, "Store" l WHERE v.id LIKE 'bench-v-%' AND l."merchantId" = $1`,
    [merchantId],
  );
  await client.query(`ANALYZE`);
  return products * SIZES.length;
}
