import { loadConfig } from "./config/env.ts";
import { openDatabase } from "./db/client.ts";
import { describeTarget } from "./db/database-target.ts";
import { startApiServer } from "./server.ts";

const config = loadConfig();
const database = await openDatabase(config.databaseUrl);
const api = await startApiServer({ config, database });
console.log(`API ready at ${api.url} (GraphiQL in a browser), subscriptions at ${api.wsUrl}, data in ${describeTarget(database.target)}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping API...`);
  // Jobs finish their current transaction first; if that takes too long, stop anyway (every write is transactional).
  setTimeout(() => process.exit(0), 10_000).unref();
  await api.close();
  await database.close();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
