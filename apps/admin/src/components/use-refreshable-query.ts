"use client";

import { type AnyVariables, type UseQueryArgs, type UseQueryResponse, useQuery } from "urql";

/**
 * urql's useQuery, with `refresh()` in place of reexecute: read again from the API past the cache (after a change
 * this screen made, or a retry after an error).
 */
export function useRefreshableQuery<Data = unknown, Variables extends AnyVariables = AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): [UseQueryResponse<Data, Variables>[0], () => void] {
  const [result, reexecute] = useQuery<Data, Variables>(args);
  return [result, () => reexecute({ requestPolicy: "network-only" })];
}
