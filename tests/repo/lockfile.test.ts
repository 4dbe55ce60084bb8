// `npm ci` on a fresh machine refuses a lock that names optional packages it does not contain (see
// scripts/lockfile-offline.mjs). This keeps that from reaching CI.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("package-lock.json", () => {
  it("has an entry for every optional dependency it declares (else run `npm run lock:offline`)", () => {
    const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8"));
    const packages: Record<string, { optionalDependencies?: Record<string, string> }> = lock.packages;
    const dangling = Object.entries(packages).flatMap(([name, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dep) => !(`${name}/node_modules/${dep}` in packages) && !(`node_modules/${dep}` in packages))
        .map((dep) => `${name} → ${dep}`),
    );
    expect(dangling).toEqual([]);
  });
});
