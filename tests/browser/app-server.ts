// Production builds of the apps served by `next start` on a free port, pointed at an API at runtime (O2O_API_URL):
// for browser tests and the client benchmarks.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { repoRoot } from "../../apps/api/src/db/database-target.ts";
import type { AppName } from "./app-build.ts";

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start (${url}) exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Serves the app's production build (build it first: ensureAppBuilt) against the API at `apiUrl`. */
export async function startApp(app: AppName, apiUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const cwd = path.join(repoRoot, "apps", app);
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd,
      env: { ...process.env, NODE_ENV: "production", O2O_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url, child).catch((error: Error) => {
    throw new Error(`${app}: ${error.message}`);
  });
  return { url, child };
}

/** Stops `next start` and the server process it started (its own process group). */
export function stopApp(child: ChildProcess): void {
  if (child.exitCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}
