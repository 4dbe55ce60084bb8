import { afterEach, describe, expect, it, vi } from "vitest";

// authFetch is the one token-refreshing fetch the three apps share (through @o2o/client).

type Call = { operationName: string | null; authorization: string | null; variables: unknown };
type Stored = { accessToken: string; refreshToken: string; expiresAt: string; principalId: string };

const inTenMinutes = () => new Date(Date.now() + 10 * 60_000).toISOString();
const session = (n: number, expiresAt = inTenMinutes()): Stored => ({
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
  expiresAt,
  principalId: "staff-1",
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const unauthenticated = () => json({ errors: [{ message: "Sign in first.", extensions: { code: "UNAUTHENTICATED" } }], data: null });
const refreshed = (n: number) => json({ data: { refreshSession: session(n) } });
const ok = () => json({ data: { ok: true } });

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

/** A fresh copy of the modules (their session cache is module state), a stored session and a scripted API. */
async function setup(stored: Stored | null, respond: (call: Call) => Response | Promise<Response>) {
  vi.resetModules();
  const storage = memoryStorage();
  if (stored) storage.setItem("o2o.session", JSON.stringify(stored));
  vi.stubGlobal("window", { localStorage: storage, addEventListener() {}, removeEventListener() {} });
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: unknown, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body ?? "{}")) as { operationName?: string; variables?: unknown };
      const call = {
        operationName: body.operationName ?? null,
        authorization: new Headers(init?.headers).get("authorization"),
        variables: body.variables,
      };
      calls.push(call);
      return respond(call);
    }),
  );
  const { authFetch } = await import("./auth-fetch");
  const send = (operationName: string) =>
    authFetch("http://api.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ operationName, query: "{ x }" }),
    });
  const stored_ = () => JSON.parse(storage.getItem("o2o.session") ?? "null") as Stored | null;
  return { calls, send, stored: stored_, storage };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("authFetch", () => {
  it("sends the stored access token", async () => {
    const api = await setup(session(1), ok);
    await api.send("StaffUsers");
    expect(api.calls).toEqual([{ operationName: "StaffUsers", authorization: "Bearer access-1", variables: undefined }]);
  });

  it("on UNAUTHENTICATED, refreshes once and replays the request with the new token", async () => {
    const api = await setup(session(1), (call) =>
      call.operationName === "RefreshSession" ? refreshed(2) : call.authorization === "Bearer access-1" ? unauthenticated() : ok(),
    );
    const response = await api.send("StaffUsers");
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(api.calls.map((c) => [c.operationName, c.authorization])).toEqual([
      ["StaffUsers", "Bearer access-1"],
      ["RefreshSession", null],
      ["StaffUsers", "Bearer access-2"],
    ]);
    expect(api.calls[1]?.variables).toEqual({ refreshToken: "refresh-1" });
    expect(api.stored()?.refreshToken).toBe("refresh-2");
  });

  it("replays only once: a second UNAUTHENTICATED goes back to the caller", async () => {
    const api = await setup(session(1), (call) => (call.operationName === "RefreshSession" ? refreshed(2) : unauthenticated()));
    const response = await api.send("StaffUsers");
    expect(api.calls.map((c) => c.operationName)).toEqual(["StaffUsers", "RefreshSession", "StaffUsers"]);
    expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("never attaches a token to sign-in operations, nor refreshes on their UNAUTHENTICATED (a wrong password)", async () => {
    const api = await setup(session(1), unauthenticated);
    const response = await api.send("StaffLogin");
    expect(api.calls).toEqual([{ operationName: "StaffLogin", authorization: null, variables: undefined }]);
    expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(api.stored()?.accessToken).toBe("access-1");
  });

  it("signs out when the refresh token is refused, and hands back the original answer", async () => {
    const api = await setup(session(1), unauthenticated);
    const response = await api.send("StaffUsers");
    expect(api.calls.map((c) => c.operationName)).toEqual(["StaffUsers", "RefreshSession"]);
    expect(api.stored()).toBeNull();
    expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("keeps the session when the refresh fails for network reasons", async () => {
    const api = await setup(session(1), (call) => {
      if (call.operationName === "RefreshSession") throw new TypeError("Failed to fetch");
      return unauthenticated();
    });
    await api.send("StaffUsers");
    expect(api.stored()?.refreshToken).toBe("refresh-1");
  });

  it("refreshes an expired access token before the request leaves", async () => {
    const api = await setup(session(1, new Date(Date.now() - 1000).toISOString()), (call) =>
      call.operationName === "RefreshSession" ? refreshed(2) : ok(),
    );
    await api.send("StaffUsers");
    expect(api.calls.map((c) => [c.operationName, c.authorization])).toEqual([
      ["RefreshSession", null],
      ["StaffUsers", "Bearer access-2"],
    ]);
  });

  it("shares one refresh between concurrent requests (refresh tokens are single use)", async () => {
    const api = await setup(session(1), async (call) => {
      if (call.operationName === "RefreshSession") {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return refreshed(2);
      }
      return call.authorization === "Bearer access-1" ? unauthenticated() : ok();
    });
    const answers = await Promise.all([api.send("A"), api.send("B"), api.send("C")]);
    expect(api.calls.filter((c) => c.operationName === "RefreshSession")).toHaveLength(1);
    for (const answer of answers) expect(await answer.json()).toEqual({ data: { ok: true } });
  });

  it("uses tokens another tab rotated meanwhile instead of signing out", async () => {
    const api = await setup(session(1), (call) => {
      if (call.operationName === "RefreshSession") {
        api.storage.setItem("o2o.session", JSON.stringify(session(3)));
        return unauthenticated();
      }
      return call.authorization === "Bearer access-3" ? ok() : unauthenticated();
    });
    const response = await api.send("StaffUsers");
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(api.stored()?.refreshToken).toBe("refresh-3");
  });
});
