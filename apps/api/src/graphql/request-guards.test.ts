import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../test/test-env.ts";

let env: TestEnv;
let base: string;
beforeAll(async () => {
  env = await createTestEnv({ MAX_QUERY_COMPLEXITY: "400" });
  base = env.api.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await env?.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

describe("HTTP edge", () => {
  it("answers malformed JSON with 400 and a typed error, no stack trace", async () => {
    const res = await post('{"query": "{ me { id } ", ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } }`, variables: { pad: "x".repeat(1_200_000) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("answers a syntax error with BAD_REQUEST", async () => {
    const res = await env.anon.gql(`{ me { id `);
    expect(TestClient.code(res)).toBe("BAD_REQUEST");
  });

  it("answers wrong variable types and unknown fields with BAD_USER_INPUT", async () => {
    const owner = await env.as("owner");
    const wrongType = await owner.gql(`mutation($i: StaffLoginInput!) { staffLogin(input: $i) { accessToken } }`, {
      i: { username: 42, password: ["x"] },
    });
    expect(TestClient.code(wrongType)).toBe("BAD_USER_INPUT");
    const unknown = await owner.gql(`{ me { id salary } }`);
    expect(TestClient.code(unknown)).toBe("BAD_USER_INPUT");
  });

  it("reports every invalid field of an input with its path and changes nothing", async () => {
    const owner = await env.as("owner");
    const before = await env.db.staffUser.count();
    const res = await owner.gql(`mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }`, {
      i: { username: "X!", displayName: "x".repeat(500), password: "short", pin: "12" },
    });
    expect(TestClient.code(res)).toBe("BAD_USER_INPUT");
    const fields = res.errors?.[0]?.extensions?.fieldErrors?.map((f) => f.field).sort();
    expect(fields).toEqual(["displayName", "password", "pin", "username"]);
    expect(await env.db.staffUser.count()).toBe(before);
  });

  it("rejects a query nested 50 levels deep before running it", async () => {
    let nested = "name";
    for (let i = 0; i < 50; i++) nested = `ofType { ${nested} }`;
    const res = await env.anon.gql(`{ __type(name: "Query") { fields { type { ${nested} } } } }`);
    expect(TestClient.code(res)).toBe("QUERY_TOO_DEEP");
    expect(res.data ?? null).toBeNull();
  });

  it("rejects a query whose cost is over the limit", async () => {
    const owner = await env.as("owner");
    const res = await owner.gql(`{ staffUsers { id assignments { id role { id code name permissions } store { id name code city } } } 
      a: roles { id code name } b: roles { id code } c: stores { id name registers { id code name } } }`);
    // With MAX_QUERY_COMPLEXITY=400 this passes; a page of 100 nested nodes does not.
    expect(res.errors).toBeUndefined();
    const page = await owner.gql(
      `query($n: Int!) { big: products(first: $n) { edges { node { id name variants { id sku name barcodes { code } } } } } }`,
      { n: 100 },
    );
    expect(TestClient.code(page)).toBe("QUERY_TOO_COMPLEX");
  });

  it("serves GraphiQL from the API itself, with no CDN", async () => {
    const html = await (await fetch(`${base}/graphql`, { headers: { accept: "text/html" } })).text();
    expect(html).toContain("/graphiql/graphiql.js");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    for (const asset of ["graphiql.js", "graphiql.css", "react.js", "react-dom.js"]) {
      expect((await fetch(`${base}/graphiql/${asset}`)).status).toBe(200);
    }
  });

  it("reports health and readiness", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await (await fetch(`${base}/readyz`)).json();
    expect(ready).toEqual({ status: "ready", database: env.dbKind });
  });

  it("answers unknown routes with a typed 404", async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
