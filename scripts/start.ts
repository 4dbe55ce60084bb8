// `npm start`: migrates the database (embedded PGlite in ./data unless DATABASE_URL says otherwise), seeds demo data
// when it is empty, starts the API, builds the three apps when needed and serves them, then prints where everything is.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { loadConfig } from "../apps/api/src/config/env.ts";
import { openDatabase } from "../apps/api/src/db/client.ts";
import { describeTarget, repoRoot } from "../apps/api/src/db/database-target.ts";
import { applyMigrations } from "../apps/api/src/db/migrate.ts";
import { FsMediaStore } from "../apps/api/src/modules/media/fs-media-store.ts";
import { DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from "../apps/api/src/seed/seed-demo.ts";
import { startApiServer } from "../apps/api/src/server.ts";
import { bridgeConfig } from "../apps/pos/bridge/bridge-config.ts";
import { createBridgeServer } from "../apps/pos/bridge/bridge-server.ts";

const env = process.env;
const ports = {
  storefront: Number(env.STOREFRONT_PORT || 3000),
  admin: Number(env.ADMIN_PORT || 3001),
  pos: Number(env.POS_PORT || 3002),
};
const config = loadConfig();
const apiUrl = `http://localhost:${config.port}/graphql`;
const children: ChildProcess[] = [];

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; label: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? repoRoot, env: { ...env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] });
    const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${opts.label}] `);
    child.stdout?.on("data", (c: Buffer) => process.stdout.write(prefix(c)));
    child.stderr?.on("data", (c: Buffer) => process.stderr.write(prefix(c)));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${opts.label} exited with ${code}`))));
  });
}

const appEnv = { NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1", O2O_API_URL: apiUrl };

await applyMigrations(config.databaseUrl);
const database = await openDatabase(config.databaseUrl);
let logins: { role: string; username: string; store: string | null }[] = [];
if (await isDatabaseEmpty(database.prisma)) {
  console.log("Empty database: seeding demo data...");
  const summary = await seedDemoData(database.prisma, { media: new FsMediaStore(config.mediaDir) });
  logins = summary.logins;
} else {
  const staff = await database.prisma.staffUser.findMany({
    select: { username: true, assignments: { select: { role: { select: { code: true } }, store: { select: { code: true } } } } },
    orderBy: { username: "asc" },
    take: 12,
  });
  logins = staff.map((s) => ({
    username: s.username,
    role: [...new Set(s.assignments.map((a) => a.role.code))].join(","),
    store:
      s.assignments
        .map((a) => a.store?.code)
        .filter(Boolean)
        .join(",") || null,
  }));
}

const buildApps =
  env.SKIP_APPS === "1"
    ? Promise.resolve()
    : run("npx", ["turbo", "run", "build", "--filter=@o2o/admin", "--filter=@o2o/storefront", "--filter=@o2o/pos"], {
        env: appEnv,
        label: "build",
      });
const api = await startApiServer({ config, database });

// The till's hardware bridge (receipt printer and cash drawer), as it would run on the till PC. POS_BRIDGE=0 skips it.
const bridgeSettings = bridgeConfig({
  ...env,
  POS_BRIDGE_ORIGINS: env.POS_BRIDGE_ORIGINS || `http://localhost:${ports.pos},http://127.0.0.1:${ports.pos}`,
});
const bridge = env.POS_BRIDGE === "0" ? null : createBridgeServer(bridgeSettings);
const bridgePort = await bridge?.listen().catch((error: unknown) => {
  console.warn(`[pos-bridge] not started: ${error instanceof Error ? error.message : error}`);
  return null;
});

await buildApps;
if (env.SKIP_APPS !== "1") {
  for (const [app, port] of Object.entries(ports)) {
    const child = spawn("npx", ["next", "start", "-p", String(port)], {
      cwd: path.join(repoRoot, "apps", app),
      env: { ...env, ...appEnv, PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
      // Its own process group, so stopping it also stops the next-server process npx starts.
      detached: true,
    });
    children.push(child);
  }
}

const table = logins.map((l) => `    ${l.username.padEnd(12)} ${l.role.padEnd(14)} ${l.store ?? ""}`).join("\n");
console.log(`
  O2O Commerce is running (data: ${describeTarget(database.target)})

  API + GraphiQL   ${api.url}        health: http://localhost:${api.port}/healthz
  Storefront       http://localhost:${ports.storefront}
  Admin            http://localhost:${ports.admin}
  POS              http://localhost:${ports.pos}
  POS bridge       ${bridgePort ? `http://127.0.0.1:${bridgePort} → printer ${bridgeSettings.printerHost}:${bridgeSettings.printerPort}` : "off"}

  Demo staff logins (password ${DEMO_PASSWORD}):
${table}
  Demo member: phone 13800000001, password ${DEMO_PASSWORD} (or a one-time code: the API logs it)

  Press Ctrl+C to stop.
`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  // Jobs finish their current transaction first; if that takes too long, stop anyway (every write is transactional).
  setTimeout(() => process.exit(0), 10_000).unref();
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
  await bridge?.close();
  await api.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
