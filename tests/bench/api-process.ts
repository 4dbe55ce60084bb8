import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts the API as its own process (as in production, tills never share its event loop); resolves when healthy. */
export async function startApiProcess(
  databaseUrl: string,
  port: number,
): Promise<{ url: string; pid: number | null; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(root, "apps/api/src/main.ts")], {
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
  });
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
