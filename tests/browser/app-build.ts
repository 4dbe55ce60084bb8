// Production builds of the apps for browser tests. Each app is built once per test run, through turbo, so an
// unchanged app is restored from turbo's cache in seconds and a changed one is rebuilt. A lock directory keeps two test
// files (or two people) from building the same app into the same .next folder at once.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../apps/api/src/db/database-target.ts";

export type AppName = "pos" | "admin" | "storefront";

const built = new Map<AppName, Promise<void>>();

function run(cmd: string, args: string[], label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TURBO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code}):\n${output}`))));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(repoRoot, "apps", name, ".build-lock");
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      // A lock left by a process that died (a killed test run) is taken over.
      let owner = 0;
      try {
        owner = Number(readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {}
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Makes sure the app's production build matches its sources (turbo cache hit or a fresh `next build`). */
export function ensureAppBuilt(app: AppName): Promise<void> {
  let pending = built.get(app);
  if (!pending) {
    pending = withLock(app, async () => {
      const started = Date.now();
      await run("npx", ["turbo", "run", "build", `--filter=@o2o/${app}`, "--output-logs=errors-only"], `build of ${app}`);
      console.log(`[browser] ${app} build ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
    built.set(app, pending);
  }
  return pending;
}
