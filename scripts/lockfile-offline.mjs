#!/usr/bin/env node
// The npm registry reachable here serves only the linux-x64 builds of some tools (biome, turbo, next's swc): the other
// platforms' optional packages 404, so npm leaves them out of package-lock.json while still listing them as optional
// dependencies, and then `npm ci` refuses the lock ("Missing: @biomejs/cli-darwin-x64@ from lock file"). This drops
// those dangling optional declarations. Run it after any `npm install` that changes the lock: `npm run lock:offline`.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages ?? {};
let removed = 0;
for (const [name, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const dep of Object.keys(optional)) {
    const nested = name ? `${name}/node_modules/${dep}` : `node_modules/${dep}`;
    if (!(nested in packages) && !(`node_modules/${dep}` in packages)) {
      delete optional[dep];
      removed++;
    }
  }
  if (Object.keys(optional).length === 0) delete entry.optionalDependencies;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: removed ${removed} optional dependencies this registry does not serve`);
