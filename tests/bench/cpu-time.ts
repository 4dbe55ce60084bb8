import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

function postgresPids(): number[] {
  try {
    return execFileSync("pgrep", ["postgres"]).toString().trim().split("\n").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU time (ms) of a process, of every PostgreSQL process on this machine and of this process, for a run. */
export async function measureCpu<T>(apiPid: number | null, run: () => Promise<T>) {
  const pg = () => postgresPids().reduce((sum, pid) => sum + processCpuMs(pid), 0);
  const self = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const before = { api: apiPid ? processCpuMs(apiPid) : 0, pg: pg(), self: self() };
  const result = await run();
  return {
    result,
    apiMs: apiPid ? processCpuMs(apiPid) - before.api : 0,
    postgresMs: pg() - before.pg,
    clientMs: self() - before.self,
  };
}
