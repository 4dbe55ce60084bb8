// Prints the API's SDL to packages/schema/schema.graphql (checked in; a test fails when it is stale).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../db/database-target.ts";
import { sdlOfApi } from "./sdl.ts";

const file = path.join(repoRoot, "packages", "schema", "schema.graphql");
writeFileSync(file, await sdlOfApi());
console.log(`wrote ${path.relative(repoRoot, file)}`);
