import type { Connection } from "../../graphql/pagination.ts";

/**
 * What a connection query returns. type-graphql resolves plain fields by reading the property and never calls it, so the
 * function `Connection.totalCount` would reach the Int serializer as a function; a getter keeps the count lazy (the
 * COUNT query runs only when a client asks for totalCount) and readable by the default field resolver.
 */
export function connectionResult<T>(connection: Connection<T>) {
  return {
    edges: connection.edges,
    pageInfo: connection.pageInfo,
    get totalCount(): Promise<number> {
      return connection.totalCount();
    },
  };
}
