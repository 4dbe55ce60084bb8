import { gql } from "urql";

export type StoreSummary = { id: string; code: string; name: string; type: string; city: string | null; addressLine: string | null };

export const STORES_QUERY = gql<{ stores: StoreSummary[] }, Record<string, never>>`
  query Stores {
    stores {
      id
      code
      name
      type
      city
      addressLine
    }
  }
`;
