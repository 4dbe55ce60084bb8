import { gql } from "urql";

export type TillVariant = { id: string; sku: string; name: string; basePrice: number; barcodes: { code: string }[] };
export type TillProduct = {
  id: string;
  name: string;
  status: string;
  category: { name: string; icon: string | null } | null;
  images: { url: string }[];
  variants: TillVariant[];
};

export const TILL_PRODUCTS = gql<
  { products: { totalCount: number; edges: { node: TillProduct }[] } },
  { first: number; search: string | null }
>`
  query TillProducts($first: Int!, $search: String) {
    products(first: $first, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          status
          category {
            name
            icon
          }
          images {
            url
          }
          variants {
            id
            sku
            name
            basePrice
            barcodes {
              code
            }
          }
        }
      }
    }
  }
`;

/** Only products on sale can be rung up (staff also see drafts and archived products in search). */
export function sellable(products: readonly TillProduct[]): TillProduct[] {
  return products.filter((p) => p.status === "ACTIVE" && p.variants.length > 0);
}

/** The variant a scanned code names exactly: one of its barcodes, or its SKU. */
export function findScanned(products: readonly TillProduct[], code: string): { product: TillProduct; variant: TillVariant } | null {
  for (const product of sellable(products)) {
    const variant = product.variants.find((v) => v.sku === code || v.barcodes.some((b) => b.code === code));
    if (variant) return { product, variant };
  }
  return null;
}

/**
 * What tells a variant apart from its siblings: its name without a leading copy of the product name
 * ("重磅T恤 灰色/L" → "灰色/L"), or null when nothing is left (single-variant products).
 */
export function variantOwnName(product: TillProduct, variant: TillVariant): string | null {
  const productName = product.name.trim();
  let name = variant.name.trim();
  if (productName && name.startsWith(productName)) name = name.slice(productName.length).trim();
  return name || null;
}
