import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../test/test-env.ts";
import { loadConfig } from "../config/env.ts";
import { startApiServer } from "../server.ts";
import { emit } from "./outbox.ts";

const SUB = `subscription($l: ID, $v: [ID!]) { stockChanged(locationId: $l, variantIds: $v) { variantId locationId onHand reason } }`;
const ADJUST = `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { __typename ... on StockLevel { onHand } } }`;
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

let env: TestEnv;
let variantId: string;
let storeId: string;

beforeAll(async () => {
  // Subscriptions fan out through Redis here (a prefix per run keeps parallel test projects apart).
  env = await createTestEnv({ REDIS_URL, REDIS_CHANNEL_PREFIX: `test:${randomBytes(6).toString("hex")}:` });
  storeId = env.demo.storeIds.shanghai;
  variantId = (await env.db.stockLevel.findFirstOrThrow({ where: { locationId: storeId, onHand: { gte: 10 } } })).variantId;
});
afterAll(async () => {
  await env?.close();
});

describe("events leave through the outbox", () => {
  it("a subscriber sees a committed stock change and never one from a rolled-back transaction", async () => {
    const owner = await env.as("owner");
    const sub = owner.subscribe(SUB, { l: storeId, v: [variantId] });
    await new Promise((r) => setTimeout(r, 300)); // let the subscription register

    await expect(
      env.db.$transaction(async (tx) => {
        await emit(tx, "STOCK_CHANGED", {
          merchantId: env.demo.merchantId,
          variantId,
          locationId: storeId,
          onHand: -999,
          reserved: 0,
          available: 0,
          reason: "ROLLED_BACK",
          at: new Date().toISOString(),
        });
        throw new Error("abort the change");
      }),
    ).rejects.toThrow("abort the change");
    await env.api.services.relay.kick();

    const res = await owner.ok(ADJUST, { i: { locationId: storeId, variantId, delta: 2, reason: "ADJUSTMENT", note: "outbox test" } });
    expect(res.adjustStock.__typename).toBe("StockLevel");
    await sub.next(5000);
    await new Promise((r) => setTimeout(r, 500)); // anything else in flight would arrive now
    await sub.close();
    expect(sub.errors).toEqual([]);
    expect(sub.events.map((e) => e.stockChanged.reason)).toEqual(["ADJUSTMENT"]);
    expect(sub.events[0]?.stockChanged.onHand).toBe(res.adjustStock.onHand);
  });

  it("fans out across API instances through Redis: a change made on one instance reaches a subscriber on another", async () => {
    const probe = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
    await probe.connect().catch((e: Error) => {
      throw new Error(`Redis is required for this test but is not reachable at ${REDIS_URL}: ${e.message}`);
    });
    probe.disconnect();
    const second = await startApiServer({
      config: loadConfig({
        NODE_ENV: "test",
        API_HOST: "127.0.0.1",
        API_PORT: "0",
        LOG_LEVEL: "error",
        AUTH_SECRET: env.api.services.config.authSecret,
        REDIS_URL,
        REDIS_CHANNEL_PREFIX: env.api.services.config.redisChannelPrefix,
      }),
      database: env.database,
    });
    // Only the first instance publishes (the second's relay is held), so the second's subscriber can only hear it via Redis.
    await second.services.relay.pause();
    try {
      const owner = await env.as("owner");
      const onSecond = new TestClient(second.url, second.wsUrl, owner.token);
      const sub = onSecond.subscribe(SUB, { l: storeId, v: [variantId] });
      await new Promise((r) => setTimeout(r, 300));
      await owner.ok(ADJUST, { i: { locationId: storeId, variantId, delta: 1, reason: "ADJUSTMENT", note: "fan-out" } });
      await sub.next(5000);
      await sub.close();
      expect(sub.errors).toEqual([]);
      expect(sub.events[0]?.stockChanged).toMatchObject({ variantId, locationId: storeId, reason: "ADJUSTMENT" });
    } finally {
      await second.close();
    }
  });
});
