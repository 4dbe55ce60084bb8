// Regenerates src/generated/operations.ts (the same call the contract test makes, so the two always agree).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen.ts";

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(pkg);
await generate({ ...config, cwd: pkg }, true);
console.log("wrote packages/schema/src/generated/operations.ts");
