import { defineConfig } from "vitest/config";

// graphql must resolve to one module instance, or type-graphql and Apollo see two realms.
const graphqlAlias = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

const apiProject = (name: "pglite" | "postgres") => ({
  resolve: graphqlAlias,
  test: {
    name: `api-${name}`,
    include: ["apps/api/src/**/*.test.ts", "tests/api/**/*.test.ts"],
    env: { TEST_DB: name },
    globalSetup: ["apps/api/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks" as const,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: "domain", include: ["packages/domain/src/**/*.test.ts"] } },
      { test: { name: "client", include: ["packages/client/src/**/*.test.ts"] } },
      {
        resolve: graphqlAlias,
        test: {
          name: "schema",
          include: ["packages/schema/test/**/*.test.ts", "tests/migrations/**/*.test.ts", "tests/repo/**/*.test.ts"],
          testTimeout: 120_000,
        },
      },
      "apps/pos/vitest.config.mts",
      "apps/storefront/vitest.config.mts",
      "apps/admin/vitest.config.mts",
      apiProject("pglite"),
      apiProject("postgres"),
      {
        resolve: graphqlAlias,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          // A seeded PGlite template, like the API suite; apps are built on first use (turbo cache when unchanged).
          globalSetup: ["apps/api/test/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          pool: "forks" as const,
          // Each file runs its own API, app servers and Chromium: one at a time on a small machine, and after the other
          // projects (a later group), so page timings never compete with the API suites for the CPU.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
