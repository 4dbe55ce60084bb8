import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export type GqlError = {
  message: string;
  extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] } & Record<string, unknown>;
};
export type GqlResult<T = Record<string, any>> = { data?: T | null; errors?: GqlError[]; status: number };

/** A GraphQL client that calls the API as the apps do: HTTP POST for queries and mutations, graphql-ws for subscriptions. */
export class TestClient {
  constructor(
    readonly url: string,
    readonly wsUrl: string,
    public token: string | null = null,
  ) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  }

  /** Runs a query and fails loudly on errors: for steps that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** The first error code of a result. */
  static code(result: GqlResult): string | undefined {
    return result.errors?.[0]?.extensions?.code;
  }

  wsClient(token = this.token): Client {
    return createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: true,
    });
  }

  /** Subscribes and collects events until closed. */
  subscribe<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token = this.token) {
    const client = this.wsClient(token);
    const events: T[] = [];
    const errors: unknown[] = [];
    let resolveFirst: () => void = () => {};
    let ready: Promise<void> = new Promise((r) => (resolveFirst = r));
    const dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (msg) => {
          if (msg.errors) errors.push(...msg.errors);
          if (msg.data) events.push(msg.data as T);
          resolveFirst();
          ready = new Promise((r) => (resolveFirst = r));
        },
        error: (e) => {
          errors.push(e);
          resolveFirst();
        },
        complete: () => resolveFirst(),
      },
    );
    return {
      events,
      errors,
      /** Resolves at the next event or error (or after `ms`). */
      next: (ms = 5000) => Promise.race([ready, new Promise<void>((r) => setTimeout(r, ms))]),
      close: async () => {
        dispose();
        await client.dispose();
      },
    };
  }
}
