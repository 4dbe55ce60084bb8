// The one place that reads process.env for the API. Everything else receives a validated ApiConfig.
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defaultMediaDir, parseDatabaseUrl, repoRoot } from "../db/database-target.ts";

export type ApiConfig = {
  nodeEnv: "development" | "test" | "production";
  host: string;
  port: number;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Prefix of Redis pub/sub channels, so deployments (or test runs) sharing a Redis do not hear each other. */
  redisChannelPrefix: string;
  /** Secret that signs access tokens. */
  authSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Origins allowed to call the API from a browser. */
  corsOrigins: string[];
  maxQueryDepth: number;
  maxQueryComplexity: number;
  logLevel: "silent" | "error" | "info" | "debug";
  /** Folder of the filesystem media store (uploaded product images). Several API instances must share it. */
  mediaDir: string;
};

export class ConfigError extends Error {}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${raw}"`);
  }
  return raw as T;
}

/** Reads and validates the API's configuration; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const nodeEnv = oneOf(env, "NODE_ENV", ["development", "test", "production"] as const, "development");
  const authSecret = env.AUTH_SECRET ?? "";
  if (nodeEnv === "production" && authSecret.length < 32) {
    throw new ConfigError("AUTH_SECRET must be set to at least 32 characters in production");
  }
  return {
    nodeEnv,
    host: env.API_HOST || "0.0.0.0",
    port: int(env, "API_PORT", 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX || "o2o:",
    authSecret: authSecret || randomBytes(32).toString("hex"),
    accessTokenTtlSeconds: int(env, "ACCESS_TOKEN_TTL_SECONDS", 15 * 60, 10, 24 * 3600),
    refreshTokenTtlSeconds: int(env, "REFRESH_TOKEN_TTL_SECONDS", 30 * 24 * 3600, 60, 365 * 24 * 3600),
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    maxQueryDepth: int(env, "MAX_QUERY_DEPTH", 12, 2, 100),
    maxQueryComplexity: int(env, "MAX_QUERY_COMPLEXITY", 5000, 10, 1_000_000),
    logLevel: oneOf(env, "LOG_LEVEL", ["silent", "error", "info", "debug"] as const, nodeEnv === "test" ? "error" : "info"),
    mediaDir: mediaDirOf(env, nodeEnv),
  };
}

/** MEDIA_DIR (relative paths from the repository root); else beside the PGlite folder; tests get a fresh temp folder. */
function mediaDirOf(env: NodeJS.ProcessEnv, nodeEnv: ApiConfig["nodeEnv"]): string {
  const raw = env.MEDIA_DIR?.trim();
  if (raw) return path.isAbsolute(raw) ? raw : path.join(repoRoot, raw);
  if (nodeEnv === "test") return path.join(tmpdir(), `o2o-media-test-${process.pid}-${randomBytes(6).toString("hex")}`);
  return defaultMediaDir(parseDatabaseUrl(env.DATABASE_URL));
}
