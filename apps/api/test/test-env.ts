import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { CapturingSmsSender } from "../src/auth/sms-sender.ts";
import { loadConfig } from "../src/config/env.ts";
import { type Database, databaseOnPglite, openDatabase } from "../src/db/client.ts";
import { type RunningApi, startApiServer } from "../src/server.ts";
import { withDatabase } from "../src/db/database-target.ts";
import { TestClient } from "./graphql-client.ts";

import { DEMO_PASSWORD } from "../src/seed/seed-demo.ts";

export type TestEnv = {
  api: RunningApi;
  db: Database["prisma"];
  database: Database;
  dbKind: "pglite" | "postgres";
  demo: ReturnType<typeof inject<"demo">>;
  sms: CapturingSmsSender;
  /** A client with no token. */
  anon: TestClient;
  /** A client signed in as this demo staff user (owner, manager.sh, cashier.sh, clerk.wh, marketing, ...). */
  as(username: string, password?: string): Promise<TestClient>;
  /** A client signed in as a member (by one-time code). */
  asMember(phone: string): Promise<TestClient>;
  close(): Promise<void>;
};

async function copyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (inject("dbKind") === "pglite") {
    const blob = new Blob([readFileSync(inject("pgliteTemplate"))]);
    return { database: await databaseOnPglite(new PGlite({ loadDataDir: blob })), drop: async () => {} };
  }
  const adminUrl = inject("postgresAdminUrl");
  const name = `o2o_t_${inject("runId")}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
      break;
    } catch (error) {
      // Two files copying the template at the same instant: wait and retry.
      if (attempt > 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const database = await openDatabase(withDatabase(adminUrl, name), { poolSize: 20 });
  return {
    database,
    drop: async () => {
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await a.end();
    },
  };
}

/** Boots a real API server on a fresh copy of the seeded database and hands out clients signed in as each role. */
export async function createTestEnv(envOverrides: Record<string, string> = {}): Promise<TestEnv> {
  const { database, drop } = await copyDatabase();
  const sms = new CapturingSmsSender();
  const config = loadConfig({
    NODE_ENV: "test",
    API_HOST: "127.0.0.1",
    API_PORT: "0",
    AUTH_SECRET: randomBytes(32).toString("hex"),
    LOG_LEVEL: process.env.LOG_LEVEL ?? "error",
    ...envOverrides,
  });
  const api = await startApiServer({ config, database, sms });
  const anon = new TestClient(api.url, api.wsUrl);
  const tokens = new Map<string, string>();

  return {
    api,
    db: database.prisma,
    database,
    dbKind: inject("dbKind"),
    demo: inject("demo"),
    sms,
    anon,
    async as(username, password = DEMO_PASSWORD) {
      const key = `${username}:${password}`;
      let token = tokens.get(key);
      if (!token) {
        const data = await anon.ok<{ staffLogin: { accessToken: string } }>(
          `mutation($i: StaffLoginInput!) { staffLogin(input: $i) { accessToken } }`,
          { i: { username, password } },
        );
        token = data.staffLogin.accessToken;
        tokens.set(key, token);
      }
      return new TestClient(api.url, api.wsUrl, token);
    },
    async asMember(phone) {
      await anon.ok(`mutation($i: MemberCodeInput!) { requestMemberLoginCode(input: $i) { phone } }`, { i: { phone } });
      const code = sms.lastCodeFor(phone);
      const data = await anon.ok<{ memberLogin: { accessToken: string } }>(
        `mutation($i: MemberLoginInput!) { memberLogin(input: $i) { accessToken } }`,
        { i: { phone, code } },
      );
      return new TestClient(api.url, api.wsUrl, data.memberLogin.accessToken);
    },
    async close() {
      await api.close();
      await database.close();
      await drop();
      // Each server gets its own temporary media folder unless the test chose one.
      if (!envOverrides.MEDIA_DIR) await rm(config.mediaDir, { recursive: true, force: true });
    },
  };
}
