import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
/** As `npm start -w @o2o/api` runs an API instance (apps/api/package.json): a larger young generation, fewer scavenges. */
const API_NODE_FLAGS = ["--max-semi-space-size=32"];
/** Extra node flags for the benched API, e.g. BENCH_API_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it. */
const EXTRA_FLAGS = (process.env.BENCH_API_FLAGS ?? "").split(" ").filter(Boolean);

/** Starts the API as its own process (as in production, tills never share its event loop); resolves when healthy. */
export async function startApiProcess(
  databaseUrl: string,
  port: number,
): Promise<{ url: string; pid: number | null; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...API_NODE_FLAGS, ...EXTRA_FLAGS, "--import", "tsx", path.join(root, "apps/api/src/main.ts")],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        API_PORT: String(port),
        API_HOST: "127.0.0.1",
        LOG_LEVEL: "error",
        NODE_ENV: "production",
        AUTH_SECRET: "bench-secret-bench-secret-bench-secret!!",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the API process exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid ?? null,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
