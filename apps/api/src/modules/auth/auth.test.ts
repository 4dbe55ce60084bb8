import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const LOGIN = `mutation($i: StaffLoginInput!) { staffLogin(input: $i) { accessToken refreshToken expiresAt kind principalId } }`;
const ME = `{ me { kind id displayName permissions { permission allStores storeIds } } }`;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env?.close();
});

describe("staff sign-in", () => {
  it("signs in with username and password and sees its permissions", async () => {
    const res = await env.anon.ok(LOGIN, { i: { username: "manager.sh", password: "demo1234" } });
    expect(res.staffLogin.kind).toBe("STAFF");
    const client = new TestClient(env.api.url, env.api.wsUrl, res.staffLogin.accessToken);
    const me = await client.ok(ME);
    expect(me.me.kind).toBe("STAFF");
    const stock = me.me.permissions.find((p: { permission: string }) => p.permission === "stock:write");
    expect(stock).toEqual({ permission: "stock:write", allStores: false, storeIds: [env.demo.storeIds.shanghai] });
  });

  it("rejects a wrong password with UNAUTHENTICATED and records the failure", async () => {
    const res = await env.anon.gql(LOGIN, { i: { username: "cashier.bj", password: "wrong-password" } });
    expect(TestClient.code(res)).toBe("UNAUTHENTICATED");
    expect(res.data).toBeNull();
    const staff = await env.db.staffUser.findUniqueOrThrow({ where: { username: "cashier.bj" } });
    expect(staff.failedLoginCount).toBe(1);
    const audit = await env.db.auditLog.count({ where: { entityId: staff.id, action: "auth.loginFailed" } });
    expect(audit).toBe(1);
  });

  it("locks the account after 5 failures, even for the right password, and says so", async () => {
    for (let i = 0; i < 5; i++) {
      await env.anon.gql(LOGIN, { i: { username: "marketing", password: `nope-${i}` } });
    }
    const locked = await env.anon.gql(LOGIN, { i: { username: "marketing", password: "demo1234" } });
    expect(TestClient.code(locked)).toBe("RATE_LIMITED");
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await env.db.auditLog.count({ where: { action: "auth.accountLocked" } })).toBe(1);
  });

  it("signs a cashier in at the till by PIN; wrong PINs count towards the same lockout; a malformed PIN is bad input", async () => {
    const PIN_LOGIN = `mutation($i: StaffPinLoginInput!) { staffPinLogin(input: $i) { accessToken kind } }`;
    const ok = await env.anon.ok<{ staffPinLogin: { accessToken: string; kind: string } }>(PIN_LOGIN, {
      i: { username: "cashier.sh", pin: "1234" },
    });
    expect(ok.staffPinLogin.kind).toBe("STAFF");
    const staff = await env.db.staffUser.findUniqueOrThrow({ where: { username: "cashier.sh" } });
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { entityId: staff.id, action: "auth.staffLogin" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.after).toEqual({ method: "pin" });

    expect(TestClient.code(await env.anon.gql(PIN_LOGIN, { i: { username: "cashier.sh", pin: "12ab" } }))).toBe("BAD_USER_INPUT");
    const wrong = await env.anon.gql(PIN_LOGIN, { i: { username: "cashier.sh", pin: "9999" } });
    expect(TestClient.code(wrong)).toBe("UNAUTHENTICATED");
    expect(wrong.errors?.[0]?.message).toBe("Wrong username or PIN.");
    for (let i = 0; i < 3; i++) await env.anon.gql(LOGIN, { i: { username: "cashier.sh", password: `nope-${i}` } });
    await env.anon.gql(PIN_LOGIN, { i: { username: "cashier.sh", pin: "0000" } });
    // Five failures in all, by PIN and by password: locked, even for the right PIN.
    expect(TestClient.code(await env.anon.gql(PIN_LOGIN, { i: { username: "cashier.sh", pin: "1234" } }))).toBe("RATE_LIMITED");
  });

  it("answers an unknown username exactly like a wrong password", async () => {
    const res = await env.anon.gql(LOGIN, { i: { username: "nobody", password: "demo1234" } });
    expect(TestClient.code(res)).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0]?.message).toBe("Wrong username or password.");
  });

  it("rotates refresh tokens: the new pair works, the old refresh token does not", async () => {
    const first = (await env.anon.ok(LOGIN, { i: { username: "clerk.wh", password: "demo1234" } })).staffLogin;
    const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken kind principalId } }`;
    const second = (await env.anon.ok(REFRESH, { t: first.refreshToken })).refreshSession;
    expect(second.principalId).toBe(first.principalId);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const replay = await env.anon.gql(REFRESH, { t: first.refreshToken });
    expect(TestClient.code(replay)).toBe("UNAUTHENTICATED");
    const me = await new TestClient(env.api.url, env.api.wsUrl, second.accessToken).ok(ME);
    expect(me.me.id).toBe(first.principalId);
  });

  it("ends the session at logout: the access token stops working", async () => {
    const t = (await env.anon.ok(LOGIN, { i: { username: "owner", password: "demo1234" } })).staffLogin;
    const client = new TestClient(env.api.url, env.api.wsUrl, t.accessToken);
    expect((await client.ok(ME)).me.kind).toBe("STAFF");
    await client.ok(`mutation { logout }`);
    expect((await client.ok(ME)).me).toBeNull();
    expect(TestClient.code(await client.gql(`{ roles { code } }`))).toBe("UNAUTHENTICATED");
  });

  it("treats a forged or tampered token as no token", async () => {
    const owner = await env.as("owner");
    const [payload, mac] = (owner.token ?? "").split(".");
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString());
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, sub: "someone-else" })).toString("base64url");
    const forged = new TestClient(env.api.url, env.api.wsUrl, `${forgedPayload}.${mac}`);
    expect(TestClient.code(await forged.gql(`{ roles { code } }`))).toBe("UNAUTHENTICATED");
    const garbage = new TestClient(env.api.url, env.api.wsUrl, "not-a-token");
    expect(TestClient.code(await garbage.gql(`{ roles { code } }`))).toBe("UNAUTHENTICATED");
  });

  it("signs out other sessions of the same staff member", async () => {
    const a = (await env.anon.ok(LOGIN, { i: { username: "manager.bj", password: "demo1234" } })).staffLogin;
    const b = (await env.anon.ok(LOGIN, { i: { username: "manager.bj", password: "demo1234" } })).staffLogin;
    const clientA = new TestClient(env.api.url, env.api.wsUrl, a.accessToken);
    const clientB = new TestClient(env.api.url, env.api.wsUrl, b.accessToken);
    const ended = await clientB.ok(`mutation { signOutOtherSessions }`);
    expect(ended.signOutOtherSessions).toBeGreaterThanOrEqual(1);
    expect((await clientA.ok(ME)).me).toBeNull();
    expect((await clientB.ok(ME)).me.kind).toBe("STAFF");
  });
});

describe("member sign-in", () => {
  const CODE = `mutation($i: MemberCodeInput!) { requestMemberLoginCode(input: $i) { phone } }`;
  const MLOGIN = `mutation($i: MemberLoginInput!) { memberLogin(input: $i) { accessToken kind principalId created } }`;

  it("registers a new member on first sign-in by SMS code, with the phone normalised", async () => {
    const sent = await env.anon.ok(CODE, { i: { phone: "+86 139-1234-0001" } });
    expect(sent.requestMemberLoginCode.phone).toBe("13912340001");
    const code = env.sms.lastCodeFor("13912340001");
    expect(code).toMatch(/^\d{6}$/);
    const login = (await env.anon.ok(MLOGIN, { i: { phone: "13912340001", code } })).memberLogin;
    expect(login).toMatchObject({ kind: "MEMBER", created: true });
    const member = await env.db.member.findUniqueOrThrow({ where: { id: login.principalId } });
    expect(member.phone).toBe("13912340001");
  });

  it("accepts a code once only", async () => {
    await env.anon.ok(CODE, { i: { phone: "13912340002" } });
    const code = env.sms.lastCodeFor("13912340002");
    await env.anon.ok(MLOGIN, { i: { phone: "13912340002", code } });
    const again = await env.anon.gql(MLOGIN, { i: { phone: "13912340002", code } });
    expect(TestClient.code(again)).toBe("UNAUTHENTICATED");
  });

  it("rejects a wrong code and an invalid phone with typed errors", async () => {
    await env.anon.ok(CODE, { i: { phone: "13912340003" } });
    const wrong = await env.anon.gql(MLOGIN, { i: { phone: "13912340003", code: "000000" } });
    expect(TestClient.code(wrong)).toBe("UNAUTHENTICATED");
    const bad = await env.anon.gql(CODE, { i: { phone: "12345" } });
    expect(TestClient.code(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe("phone");
  });

  it("signs a seeded member in by password; a member is not staff", async () => {
    const res = await env.anon.ok(MLOGIN, { i: { phone: "13800000001", password: "demo1234" } });
    const member = new TestClient(env.api.url, env.api.wsUrl, res.memberLogin.accessToken);
    expect((await member.ok(ME)).me.kind).toBe("MEMBER");
    expect(TestClient.code(await member.gql(`{ roles { code } }`))).toBe("FORBIDDEN");
  });
});

describe("subscriptions authenticate too", () => {
  it("closes a WebSocket whose token is forged", async () => {
    const sub = env.anon.subscribe(`subscription { stockChanged { variantId } }`, {}, "forged.token");
    await sub.next(3000);
    expect(sub.errors.length).toBeGreaterThan(0);
    await sub.close();
  });
});
