import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../../../test/graphql-client.ts";
import { createTestEnv, type TestEnv } from "../../../test/test-env.ts";

const FIELDS = `id number status note requestedById shippedById receivedById shippedAt receivedAt
  from { code } to { code } lines { variant { id sku } requested shipped received inTransit lost }`;
const TRANSFER_RESULT = `__typename ... on Transfer { ${FIELDS} } ... on ErrorResult { code message } ... on TransferError { transferStatus variantId }`;
const RESULT = `${TRANSFER_RESULT} ... on TransferStockError { shortages { variantId available requested variant { sku } } }`;
const REQUEST = `mutation($i: RequestTransferInput!) { requestTransfer(input: $i) { ${FIELDS} } }`;
const SHIP = `mutation($i: ShipTransferInput!) { shipTransfer(input: $i) { ${RESULT} } }`;
const RECEIVE = `mutation($i: ReceiveTransferInput!) { receiveTransfer(input: $i) { ${TRANSFER_RESULT} } }`;
const CLOSE = `mutation($id: ID!) { closeTransfer(transferId: $id) { __typename ... on Transfer { ${FIELDS} } ... on TransferError { code transferStatus } } }`;
const CANCEL = `mutation($id: ID!) { cancelTransfer(transferId: $id) { __typename ... on Transfer { status } ... on TransferError { code transferStatus } } }`;
const TRANSFERS = `query($f: TransferFilter) { transfers(filter: $f, first: 50) { totalCount edges { node { id number status } } } }`;

type Line = { variant: { id: string }; requested: number; shipped: number; received: number; inTransit: number; lost: number };

let env: TestEnv;
let sh: string;
let bj: string;
let wh: string;
let v: string[];

const levelOf = async (variantId: string, locationId: string) =>
  env.db.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId } } });
const setLevel = (variantId: string, locationId: string, onHand: number, reserved = 0) =>
  env.db.stockLevel.update({ where: { variantId_locationId: { variantId, locationId } }, data: { onHand, reserved, incoming: 0 } });
const lineOf = (lines: Line[], variantId: string) => lines.find((l) => l.variant.id === variantId) as Line;

beforeAll(async () => {
  env = await createTestEnv();
  ({ shanghai: sh, beijing: bj, warehouse: wh } = env.demo.storeIds);
  const variants = await env.db.variant.findMany({
    where: { merchantId: env.demo.merchantId },
    orderBy: { sku: "asc" },
    skip: 40,
    take: 6,
    select: { id: true },
  });
  v = variants.map((x) => x.id);
  for (const id of v) {
    await setLevel(id, wh, 50);
    await setLevel(id, sh, 10);
  }
});
afterAll(async () => {
  await env?.close();
});

describe("transfers WH01 → SH01", () => {
  it("requests, ships, receives short and closes, with ledger, in-transit stock, events and audit", async () => {
    const [a, b] = v as [string, string];
    const clerk = await env.as("clerk.wh");
    const requested = (
      await clerk.ok(REQUEST, {
        i: {
          fromLocationId: wh,
          toLocationId: sh,
          lines: [
            { variantId: a, quantity: 5 },
            { variantId: b, quantity: 3 },
          ],
          note: "周末补货",
        },
      })
    ).requestTransfer;
    expect(requested).toMatchObject({
      status: "REQUESTED",
      note: "周末补货",
      from: { code: "WH01" },
      to: { code: "SH01" },
      shippedAt: null,
    });
    expect(requested.number).toMatch(/^TR\d{12}$/);
    expect(lineOf(requested.lines, a)).toMatchObject({ requested: 5, shipped: 0, received: 0, inTransit: 0 });
    const id = requested.id as string;

    // Beijing's manager holds transfer:write in neither location.
    const bjManager = await env.as("manager.bj");
    expect(TestClient.code(await bjManager.gql(SHIP, { i: { transferId: id, lines: [{ variantId: a, quantity: 5 }] } }))).toBe("FORBIDDEN");
    expect((await bjManager.ok(`query($id: ID!) { transfer(id: $id) { id } }`, { id })).transfer).toBeNull();
    // Shanghai's manager may see it (destination) but not ship it (source is WH01).
    const shManager = await env.as("manager.sh");
    expect(TestClient.code(await shManager.gql(SHIP, { i: { transferId: id, lines: [{ variantId: a, quantity: 5 }] } }))).toBe("FORBIDDEN");
    expect((await shManager.ok(`query($id: ID!) { transfer(id: $id) { number } }`, { id })).transfer.number).toBe(requested.number);
    // Receiving before shipping is refused by the state machine.
    const early = (await shManager.ok(RECEIVE, { i: { transferId: id, lines: [{ variantId: a, quantity: 1 }] } })).receiveTransfer;
    expect(early).toMatchObject({ __typename: "TransferError", code: "TRANSFER_NOT_SHIPPED", transferStatus: "REQUESTED" });
    // Shipping more than requested is refused too.
    const over = (await clerk.ok(SHIP, { i: { transferId: id, lines: [{ variantId: a, quantity: 6 }] } })).shipTransfer;
    expect(over).toMatchObject({ __typename: "TransferError", code: "TRANSFER_SHIP_EXCEEDS_REQUESTED", variantId: a });

    const shipped = (
      await clerk.ok(SHIP, {
        i: {
          transferId: id,
          lines: [
            { variantId: a, quantity: 5 },
            { variantId: b, quantity: 3 },
          ],
        },
      })
    ).shipTransfer;
    expect(shipped).toMatchObject({ __typename: "Transfer", status: "SHIPPED" });
    expect(shipped.shippedAt).not.toBeNull();
    expect(lineOf(shipped.lines, a)).toMatchObject({ shipped: 5, received: 0, inTransit: 5 });
    expect((await levelOf(a, wh)).onHand).toBe(45);
    expect((await levelOf(b, wh)).onHand).toBe(47);
    expect(await levelOf(a, sh)).toMatchObject({ onHand: 10, incoming: 5 });
    const visible = await shManager.ok(
      `query($f: StockLevelFilter) { stockLevels(filter: $f, first: 5) { edges { node { onHand incoming } } } }`,
      {
        f: { locationId: sh, variantId: a },
      },
    );
    expect(visible.stockLevels.edges[0].node).toEqual({ onHand: 10, incoming: 5 });
    const again = (await clerk.ok(SHIP, { i: { transferId: id, lines: [{ variantId: a, quantity: 1 }] } })).shipTransfer;
    expect(again).toMatchObject({ __typename: "TransferError", code: "TRANSFER_ALREADY_SHIPPED", transferStatus: "SHIPPED" });
    expect((await clerk.ok(CANCEL, { id })).cancelTransfer).toMatchObject({ code: "TRANSFER_ALREADY_SHIPPED" });

    // One unit of a is lost on the way: received 4 of 5, all of b.
    const received = (
      await shManager.ok(RECEIVE, {
        i: {
          transferId: id,
          lines: [
            { variantId: a, quantity: 4 },
            { variantId: b, quantity: 3 },
          ],
        },
      })
    ).receiveTransfer;
    expect(received).toMatchObject({ __typename: "Transfer", status: "SHIPPED" });
    expect(lineOf(received.lines, a)).toMatchObject({ shipped: 5, received: 4, inTransit: 1, lost: 0 });
    expect(lineOf(received.lines, b)).toMatchObject({ shipped: 3, received: 3, inTransit: 0 });
    expect(await levelOf(a, sh)).toMatchObject({ onHand: 14, incoming: 1 });
    expect(await levelOf(b, sh)).toMatchObject({ onHand: 13, incoming: 0 });
    const tooMany = (await shManager.ok(RECEIVE, { i: { transferId: id, lines: [{ variantId: a, quantity: 2 }] } })).receiveTransfer;
    expect(tooMany).toMatchObject({ __typename: "TransferError", code: "TRANSFER_RECEIVE_EXCEEDS_SHIPPED", variantId: a });
    // The source may not close what the destination receives.
    expect(TestClient.code(await (await env.as("manager.bj")).gql(CLOSE, { id }))).toBe("FORBIDDEN");

    const closed = (await shManager.ok(CLOSE, { id })).closeTransfer;
    expect(closed).toMatchObject({ __typename: "Transfer", status: "RECEIVED" });
    expect(closed.receivedAt).not.toBeNull();
    expect(lineOf(closed.lines, a)).toMatchObject({ shipped: 5, received: 4, inTransit: 0, lost: 1 });
    expect(await levelOf(a, sh)).toMatchObject({ onHand: 14, incoming: 0 });
    expect((await shManager.ok(CLOSE, { id })).closeTransfer).toMatchObject({
      __typename: "TransferError",
      code: "TRANSFER_ALREADY_RECEIVED",
    });

    const movements = await env.db.stockMovement.findMany({ where: { referenceType: "Transfer", referenceId: id } });
    expect(
      movements.map((m) => [m.locationId === wh ? "WH01" : "SH01", m.reason, m.variantId === a ? "a" : "b", m.delta, m.onHandAfter]).sort(),
    ).toEqual(
      [
        ["WH01", "TRANSFER_OUT", "a", -5, 45],
        ["WH01", "TRANSFER_OUT", "b", -3, 47],
        ["SH01", "TRANSFER_IN", "a", 4, 14],
        ["SH01", "TRANSFER_IN", "b", 3, 13],
      ].sort(),
    );
    const audits = await env.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((x) => x.action)).toEqual(["transfer.request", "transfer.ship", "transfer.receive", "transfer.close"]);
    expect(audits.at(-1)?.after).toMatchObject({ lost: [{ variantId: a, quantity: 1 }] });
    const events = (await env.db.outboxEvent.findMany({ where: { topic: "STOCK_CHANGED" } })).map(
      (e) => e.payload as { variantId: string; locationId: string; reason: string },
    );
    expect(events.some((e) => e.variantId === a && e.locationId === wh && e.reason === "TRANSFER_OUT")).toBe(true);
    expect(events.some((e) => e.variantId === a && e.locationId === sh && e.reason === "TRANSFER_IN")).toBe(true);

    const list = (await shManager.ok(TRANSFERS, { f: { locationId: sh, status: "RECEIVED" } })).transfers;
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    expect(TestClient.code(await shManager.gql(TRANSFERS, { f: { locationId: bj } }))).toBe("FORBIDDEN");
    const bjList = (await (await env.as("manager.bj")).ok(TRANSFERS, {})).transfers;
    expect(bjList.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
  });

  it("refuses to ship more than is available and changes nothing", async () => {
    const [, , c, d] = v as [string, string, string, string];
    await setLevel(c, wh, 2);
    await setLevel(d, wh, 10, 9); // 9 of 10 reserved for online orders: 1 available
    const clerk = await env.as("clerk.wh");
    const id = (
      await clerk.ok(REQUEST, {
        i: {
          fromLocationId: wh,
          toLocationId: sh,
          lines: [
            { variantId: c, quantity: 5 },
            { variantId: d, quantity: 2 },
          ],
        },
      })
    ).requestTransfer.id;
    const movementsBefore = await env.db.stockMovement.count();
    const res = (
      await clerk.ok(SHIP, {
        i: {
          transferId: id,
          lines: [
            { variantId: c, quantity: 5 },
            { variantId: d, quantity: 2 },
          ],
        },
      })
    ).shipTransfer;
    expect(res).toMatchObject({ __typename: "TransferStockError", code: "INSUFFICIENT_STOCK" });
    expect(res.shortages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ variantId: c, available: 2, requested: 5 }),
        expect.objectContaining({ variantId: d, available: 1, requested: 2 }),
      ]),
    );
    expect(await levelOf(c, wh)).toMatchObject({ onHand: 2 });
    expect(await levelOf(d, wh)).toMatchObject({ onHand: 10, reserved: 9 });
    expect(await levelOf(c, sh)).toMatchObject({ incoming: 0 });
    expect(await env.db.stockMovement.count()).toBe(movementsBefore);
    expect(await env.db.transfer.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REQUESTED", shippedAt: null });
    expect(await env.db.auditLog.count({ where: { entityId: id, action: "transfer.ship" } })).toBe(0);

    // Shipping only what is there works, and the rest is never shipped.
    const partial = (await clerk.ok(SHIP, { i: { transferId: id, lines: [{ variantId: c, quantity: 2 }] } })).shipTransfer;
    expect(partial).toMatchObject({ __typename: "Transfer", status: "SHIPPED" });
    expect(lineOf(partial.lines, d)).toMatchObject({ requested: 2, shipped: 0, inTransit: 0 });
    const done = (await clerk.ok(RECEIVE, { i: { transferId: id, lines: [{ variantId: c, quantity: 2 }] } })).receiveTransfer;
    expect(done).toMatchObject({ __typename: "Transfer", status: "RECEIVED" }); // nothing left in transit: closed by itself
    expect(lineOf(done.lines, c)).toMatchObject({ received: 2, inTransit: 0, lost: 0 });
  });

  it("ships the last units to exactly one of two transfers shipped at the same moment", async () => {
    const f = v[5] as string;
    await setLevel(f, wh, 6);
    const clerk = await env.as("clerk.wh");
    const ids: string[] = [];
    for (const to of [sh, bj]) {
      ids.push(
        (await clerk.ok(REQUEST, { i: { fromLocationId: wh, toLocationId: to, lines: [{ variantId: f, quantity: 4 }] } })).requestTransfer
          .id,
      );
    }
    const results = await Promise.all(ids.map((id) => clerk.ok(SHIP, { i: { transferId: id, lines: [{ variantId: f, quantity: 4 }] } })));
    expect(results.map((r) => r.shipTransfer.__typename).sort()).toEqual(["Transfer", "TransferStockError"]);
    expect((await levelOf(f, wh)).onHand).toBe(2);
    expect(await env.db.stockMovement.count({ where: { variantId: f, locationId: wh, reason: "TRANSFER_OUT" } })).toBe(1);
  });

  it("lets a store ask the warehouse, cancels before shipping, and checks the locations", async () => {
    const [, , , , e] = v as [string, string, string, string, string];
    const shManager = await env.as("manager.sh");
    // A store asking the warehouse: transfer:write in the destination is enough to request.
    const req = (await shManager.ok(REQUEST, { i: { fromLocationId: wh, toLocationId: sh, lines: [{ variantId: e, quantity: 1 }] } }))
      .requestTransfer;
    expect(req.requestedById).not.toBeNull();
    expect((await shManager.ok(CANCEL, { id: req.id })).cancelTransfer).toMatchObject({ __typename: "Transfer", status: "CANCELLED" });
    expect((await shManager.ok(CANCEL, { id: req.id })).cancelTransfer).toMatchObject({ code: "TRANSFER_CANCELLED" });
    const clerk = await env.as("clerk.wh");
    expect((await clerk.ok(SHIP, { i: { transferId: req.id, lines: [{ variantId: e, quantity: 1 }] } })).shipTransfer).toMatchObject({
      __typename: "TransferError",
      code: "TRANSFER_CANCELLED",
    });
    expect((await levelOf(e, wh)).onHand).toBe(50);

    const bjManager = await env.as("manager.bj");
    const line = [{ variantId: e, quantity: 1 }];
    expect(TestClient.code(await bjManager.gql(REQUEST, { i: { fromLocationId: wh, toLocationId: sh, lines: line } }))).toBe("FORBIDDEN");
    expect(TestClient.code(await clerk.gql(REQUEST, { i: { fromLocationId: wh, toLocationId: wh, lines: line } }))).toBe("BAD_USER_INPUT");
    expect(
      TestClient.code(await clerk.gql(REQUEST, { i: { fromLocationId: wh, toLocationId: sh, lines: [{ variantId: e, quantity: 0 }] } })),
    ).toBe("BAD_USER_INPUT");
    const other = (await clerk.ok(REQUEST, { i: { fromLocationId: wh, toLocationId: sh, lines: line } })).requestTransfer;
    const stranger = await clerk.gql(SHIP, { i: { transferId: other.id, lines: [{ variantId: v[0], quantity: 1 }] } });
    expect(TestClient.code(stranger)).toBe("BAD_USER_INPUT");
    expect(TestClient.code(await clerk.gql(SHIP, { i: { transferId: "missing", lines: line } }))).toBe("NOT_FOUND");
  });
});
