import { defineConfig } from "vitest/config";

// The admin console's unit tests (pure logic only: no DOM, no Next). Listed as a project in the root vitest.config.ts.
export default defineConfig({
  test: {
    name: "admin",
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
  },
});
