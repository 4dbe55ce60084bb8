// The bridge's configuration, from the environment, checked once at start.

export type BridgeConfig = {
  /** Port on 127.0.0.1 the till page calls. */
  port: number;
  host: string;
  printerHost: string;
  printerPort: number;
  /** Origins allowed to call the bridge (the POS app); "*" allows any (development and tests). */
  allowedOrigins: string[];
  /** Milliseconds to connect to and write to the printer. */
  printerTimeoutMs: number;
};

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer ${min}-${max}, got "${raw}"`);
  return value;
}

export function bridgeConfig(env: NodeJS.ProcessEnv = process.env): BridgeConfig {
  return {
    port: int("POS_BRIDGE_PORT", env.POS_BRIDGE_PORT, 9120, 0, 65535),
    host: env.POS_BRIDGE_HOST || "127.0.0.1",
    printerHost: env.POS_PRINTER_HOST || "127.0.0.1",
    printerPort: int("POS_PRINTER_PORT", env.POS_PRINTER_PORT, 9100, 1, 65535),
    allowedOrigins: (env.POS_BRIDGE_ORIGINS || "http://localhost:3002,http://127.0.0.1:3002")
      .split(",")
      .map((o) => o.trim().replace(/\/$/, ""))
      .filter(Boolean),
    printerTimeoutMs: int("POS_PRINTER_TIMEOUT_MS", env.POS_PRINTER_TIMEOUT_MS, 5000, 100, 60_000),
  };
}
