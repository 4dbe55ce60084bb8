import pg from "pg";

/** Counts SQL statements sent through node-postgres (Prisma's adapter-pg uses it too) while enabled. */
export function installSqlCounter() {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  const state = { enabled: false, count: 0, statements: [] as string[] };
  proto.query = function counted(this: unknown, ...args: unknown[]) {
    if (state.enabled) {
      state.count++;
      const first = args[0] as string | { text?: string };
      state.statements.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").slice(0, 90));
    }
    return original.apply(this, args);
  };
  return {
    async measure<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
      state.count = 0;
      state.statements = [];
      state.enabled = true;
      try {
        const result = await fn();
        return { result, count: state.count, statements: [...state.statements] };
      } finally {
        state.enabled = false;
      }
    },
  };
}
