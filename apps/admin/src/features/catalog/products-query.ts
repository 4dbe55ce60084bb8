import { gql } from "urql";

export type ProductVariant = { id: string; sku: string; name: string; basePrice: number; barcodes: { code: string }[] };
export type ProductNode = {
  id: string;
  name: string;
  status: string;
  category: { name: string; icon: string | null } | null;
  variants: ProductVariant[];
};
export type ProductsPage = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: ProductNode }[];
};

// The search goes in as a plain String inside the filter literal, so this document does not depend on the name of the
// filter input type.
export const PRODUCTS_QUERY = gql<{ products: ProductsPage }, { first: number; after: string | null; search: string | null }>`
  query CatalogProducts($first: Int!, $after: String, $search: String) {
    products(first: $first, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          category {
            name
            icon
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

/** Lowest and highest base price of a product's variants, in 分; null without variants. */
export function priceRange(product: ProductNode): { min: number; max: number } | null {
  if (product.variants.length === 0) return null;
  const prices = product.variants.map((v) => v.basePrice);
  return { min: Math.min(...prices), max: Math.max(...prices) };
}
