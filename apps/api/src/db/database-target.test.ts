import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultMediaDir, defaultPgliteDir, parseDatabaseUrl, repoRoot } from "./database-target.ts";

describe("defaultMediaDir", () => {
  // Unused media are collected by what one database names, so two databases never share a default folder.
  it("gives every database its own media folder", () => {
    const dirs = [
      defaultMediaDir(parseDatabaseUrl("")),
      defaultMediaDir(parseDatabaseUrl("pglite:/srv/shop/db")),
      defaultMediaDir(parseDatabaseUrl("postgresql://postgres@127.0.0.1:5432/o2o")),
      defaultMediaDir(parseDatabaseUrl("postgresql://postgres@127.0.0.1:5432/test")),
      defaultMediaDir(parseDatabaseUrl("memory://")),
    ];
    expect(dirs.slice(0, 4)).toEqual([
      path.join(path.dirname(defaultPgliteDir), "media"),
      "/srv/shop/media",
      path.join(repoRoot, "data", "media-o2o"),
      path.join(repoRoot, "data", "media-test"),
    ]);
    expect(new Set(dirs).size).toBe(dirs.length);
  });
});
