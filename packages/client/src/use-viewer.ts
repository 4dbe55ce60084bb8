"use client";

import { useEffect, useRef } from "react";
import { type CombinedError, gql, useMutation, useQuery } from "urql";
import { refreshAccessToken } from "./auth-fetch";
import { clearSession, useSession } from "./session-store";

export type PermissionGrant = { permission: string; allStores: boolean; storeIds: string[] };
export type Me = { kind: string; id: string; displayName: string | null; permissions: PermissionGrant[] };

export const ME_QUERY = gql<{ me: Me | null }, Record<string, never>>`
  query Me {
    me {
      kind
      id
      displayName
      permissions {
        permission
        allStores
        storeIds
      }
    }
  }
`;

const LOGOUT_MUTATION = gql<{ logout: boolean }, Record<string, never>>`
  mutation Logout {
    logout
  }
`;

export type ViewerState =
  | { status: "loading" }
  | { status: "signed-out" }
  | { status: "error"; error: CombinedError; retry: () => void }
  | { status: "ready"; me: Me };

/**
 * Who is signed in, from the stored session and `me`. A token the API no longer accepts (expired, or signed before an
 * API restart with a new secret) makes `me` null: the session is refreshed once, and cleared if that fails too.
 */
export function useViewer(): ViewerState {
  const session = useSession();
  const [result, reexecute] = useQuery({ query: ME_QUERY, pause: !session, requestPolicy: "cache-and-network" });
  const recovering = useRef<string | null>(null);
  const rejected = Boolean(session && result.data && result.data.me === null && !result.fetching);

  useEffect(() => {
    if (!rejected || !session || recovering.current === session.accessToken) return;
    recovering.current = session.accessToken;
    void refreshAccessToken().then((token) => {
      if (token) reexecute({ requestPolicy: "network-only" });
      else clearSession();
    });
  }, [rejected, session, reexecute]);

  if (session === undefined) return { status: "loading" };
  if (session === null) return { status: "signed-out" };
  if (result.data?.me) return { status: "ready", me: result.data.me };
  if (result.error) return { status: "error", error: result.error, retry: () => reexecute({ requestPolicy: "network-only" }) };
  return { status: "loading" };
}

/** Ends the session on the server (best effort) and forgets the tokens. */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const [{ fetching }, logout] = useMutation(LOGOUT_MUTATION);
  return {
    signingOut: fetching,
    signOut: async () => {
      await logout({}).catch(() => undefined);
      clearSession();
    },
  };
}

/** True when the viewer holds the permission in at least one scope. */
export function hasPermission(me: Me, permission: string): boolean {
  return me.permissions.some((grant) => grant.permission === permission);
}
