// The till's hardware bridge process: `npx tsx apps/pos/bridge/main.ts` (npm start runs it next to the apps).
import { bridgeConfig } from "./bridge-config";
import { createBridgeServer } from "./bridge-server";

async function main(): Promise<void> {
  const config = bridgeConfig();
  const bridge = createBridgeServer(config);
  const port = await bridge.listen();
  console.log(
    `[pos-bridge] http://${config.host}:${port} → printer ${config.printerHost}:${config.printerPort} (origins: ${config.allowedOrigins.join(", ")})`,
  );
  const stop = () => {
    void bridge.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error("[pos-bridge]", error instanceof Error ? error.message : error);
  process.exit(1);
});
