import { describe, expect, it } from "vitest";
import { actionForKey, PAYMENT_KEYS, SELLING_KEYS } from "./shortcuts";

describe("actionForKey", () => {
  it("maps every selling key to its action and back", () => {
    for (const [action, key] of Object.entries(SELLING_KEYS)) expect(actionForKey("selling", { key })).toBe(action);
  });

  it("maps every payment key to its action and back", () => {
    for (const [action, key] of Object.entries(PAYMENT_KEYS)) expect(actionForKey("payment", { key })).toBe(action);
  });

  it("gives each key at most one action per layer", () => {
    for (const table of [SELLING_KEYS, PAYMENT_KEYS]) {
      const keys = Object.values(table);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("leaves modified keys and ordinary typing alone", () => {
    expect(actionForKey("selling", { key: "F5", ctrlKey: true })).toBeNull();
    expect(actionForKey("payment", { key: "F4", altKey: true })).toBeNull();
    expect(actionForKey("selling", { key: "a" })).toBeNull();
    expect(actionForKey("selling", { key: "Enter" })).toBeNull();
  });

  it("reads a key in its own layer only", () => {
    expect(actionForKey("selling", { key: "F12" })).toBe("pay");
    expect(actionForKey("payment", { key: "F12" })).toBeNull();
    expect(actionForKey("payment", { key: "F3" })).toBe("wechat");
  });
});
