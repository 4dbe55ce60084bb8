import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import { sdlOfApi } from "../../../apps/api/src/schema/sdl.ts";
import config from "../codegen.ts";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("the GraphQL contract in packages/schema", () => {
  it("schema.graphql is the schema the API serves (run `npm run schema:print` after changing the API)", async () => {
    const checkedIn = readFileSync(path.join(pkg, "schema.graphql"), "utf8");
    expect(checkedIn).toBe(await sdlOfApi());
  });

  it("the typed operations are generated from the current schema and documents (run `npm run codegen -w @o2o/schema`)", async () => {
    const cwd = process.cwd();
    process.chdir(pkg);
    try {
      const files = (await generate({ ...config, cwd: pkg }, false)) as { filename: string; content: string }[];
      for (const file of files) {
        expect(readFileSync(path.join(pkg, file.filename), "utf8"), file.filename).toBe(file.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
