import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commitReservation, expiredReservations, releaseReservation, reserveStock } from "./reservations.ts";
import { availableToSell, checkStockForSale, isLowStock } from "./stock-levels.ts";
import { stocktakeVariance } from "./stocktake.ts";
import { closeTransfer, inTransit, receiveTransfer, shipTransfer } from "./transfers.ts";

describe("stock levels", () => {
  it.each([
    [10, 3, 7],
    [3, 3, 0],
    [2, 3, 0],
    [-4, 0, 0],
  ])("availableToSell(%i, %i) = %i", (onHand, reserved, expected) => {
    expect(availableToSell(onHand, reserved)).toBe(expected);
  });

  it.each([
    [10, 3, 7, true],
    [10, 3, 6, false],
    [10, 2, 7, false],
    [0, 0, 0, true],
  ])("isLowStock(%i, %i, %i) = %j", (onHand, reserved, threshold, expected) => {
    expect(isLowStock(onHand, reserved, threshold)).toBe(expected);
  });

  it.each<[string, number, number, number, boolean, object]>([
    ["enough", 10, 2, 8, false, { ok: true, onHandAfter: 2, discrepancy: false }],
    ["1 over, online", 10, 2, 9, false, { ok: false, code: "INSUFFICIENT_STOCK", available: 8 }],
    ["1 over, POS allows negative", 10, 2, 9, true, { ok: true, onHandAfter: 1, discrepancy: true }],
    ["none on the books, POS", 0, 0, 2, true, { ok: true, onHandAfter: -2, discrepancy: true }],
  ])("%s", (_name, onHand, reserved, quantity, allowNegative, expected) => {
    expect(checkStockForSale({ onHand, reserved, quantity, policy: { allowNegative } })).toMatchObject(expected);
  });
});

describe("reservations", () => {
  it.each<[number, number, number, object]>([
    [10, 2, 8, { ok: true, reservedAfter: 10 }],
    [10, 2, 9, { ok: false, code: "INSUFFICIENT_STOCK", available: 8 }],
  ])("reserve on hand %i reserved %i quantity %i", (onHand, reserved, quantity, expected) => {
    expect(reserveStock({ onHand, reserved, quantity })).toMatchObject(expected);
  });

  it.each<[number, number, object]>([
    [5, 5, { ok: true, reservedAfter: 0 }],
    [5, 6, { ok: false, code: "RESERVATION_RELEASE_EXCEEDS" }],
  ])("release reserved %i quantity %i", (reserved, quantity, expected) => {
    expect(releaseReservation({ reserved, quantity })).toMatchObject(expected);
  });

  it("commits a reservation by taking it off the shelf", () => {
    expect(commitReservation({ onHand: 10, reserved: 4, quantity: 3 })).toEqual({
      ok: true,
      onHandAfter: 7,
      reservedAfter: 1,
    });
    expect(commitReservation({ onHand: 10, reserved: 2, quantity: 3 })).toMatchObject({ ok: false });
  });

  it("finds lapsed reservations (expiry inclusive)", () => {
    const at = new Date("2025-06-11T00:00:00Z");
    const reservations = [
      { id: "a", expiresAt: new Date("2025-06-10T23:59:59Z") },
      { id: "b", expiresAt: at },
      { id: "c", expiresAt: new Date("2025-06-11T00:00:01Z") },
    ];
    expect(expiredReservations(reservations, at).map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("never oversells online, whatever the order of reservations and releases", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 50 }),
        fc.array(fc.record({ reserve: fc.boolean(), quantity: fc.integer({ min: 1, max: 10 }) }), { maxLength: 40 }),
        (onHand, operations) => {
          let reserved = 0;
          for (const { reserve, quantity } of operations) {
            const result = reserve ? reserveStock({ onHand, reserved, quantity }) : releaseReservation({ reserved, quantity });
            if (result.ok) reserved = result.reservedAfter;
            expect(reserved).toBeGreaterThanOrEqual(0);
            expect(reserved).toBeLessThanOrEqual(onHand);
          }
        },
      ),
    );
  });
});

describe("stocktakeVariance", () => {
  it("reports only differing lines, biggest loss first, with totals", () => {
    const report = stocktakeVariance([
      { variantId: "ok", expected: 5, counted: 5, unitCost: 100 },
      { variantId: "lost", expected: 10, counted: 7, unitCost: 250 },
      { variantId: "found", expected: 1, counted: 3, unitCost: 100 },
      { variantId: "nocost", expected: 4, counted: 2 },
      { variantId: "negative-books", expected: -2, counted: 0, unitCost: 10 },
    ]);
    expect(report.lines.map((line) => [line.variantId, line.variance, line.varianceValue])).toEqual([
      ["lost", -3, -750],
      ["nocost", -2, null],
      ["negative-books", 2, 20],
      ["found", 2, 200],
    ]);
    expect(report).toMatchObject({
      linesCounted: 5,
      surplusQuantity: 4,
      shortageQuantity: 5,
      netQuantity: -1,
      surplusValue: 220,
      shortageValue: 750,
      netValue: -530,
      linesWithoutCost: 1,
    });
  });

  it("an exact count has no variance", () => {
    expect(stocktakeVariance([{ variantId: "a", expected: 3, counted: 3 }])).toMatchObject({
      lines: [],
      netQuantity: 0,
      netValue: 0,
    });
  });
});

describe("transfers", () => {
  const line = { requested: 10, shipped: 4, received: 1 };

  it.each<[string, number, number, object]>([
    ["ships the rest", 6, 20, { ok: true, shippedAfter: 10, sourceOnHandAfter: 14, inTransitAfter: 9 }],
    ["one more than requested", 7, 20, { ok: false, code: "TRANSFER_SHIP_EXCEEDS_REQUESTED" }],
    ["not enough at the source", 6, 5, { ok: false, code: "INSUFFICIENT_STOCK", available: 5 }],
  ])("%s", (_name, quantity, sourceOnHand, expected) => {
    expect(shipTransfer({ line, quantity, sourceOnHand, sourceReserved: 0 })).toMatchObject(expected);
  });

  it.each<[number, object]>([
    [3, { ok: true, receivedAfter: 4, inTransitAfter: 0 }],
    [4, { ok: false, code: "TRANSFER_RECEIVE_EXCEEDS_SHIPPED" }],
  ])("receiving %i", (quantity, expected) => {
    expect(receiveTransfer({ line, quantity })).toMatchObject(expected);
  });

  it("accounts for what is in transit and what closing writes off", () => {
    expect(inTransit(line)).toBe(3);
    expect(closeTransfer(line)).toEqual({ lost: 3, notShipped: 6 });
  });
});
