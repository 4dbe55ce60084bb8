// The one place the apps read their API location from. NEXT_PUBLIC_* values are inlined at build time, so the
// reference must stay literal (`process.env.NEXT_PUBLIC_API_URL`), never a computed key.
const DEFAULT_API_URL = "http://localhost:4000/graphql";

function parseApiUrl(raw: string | undefined): URL {
  const value = raw?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`NEXT_PUBLIC_API_URL is not a valid URL: "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`NEXT_PUBLIC_API_URL must be an http(s) URL, got "${value}"`);
  }
  return url;
}

const apiUrl = parseApiUrl(process.env.NEXT_PUBLIC_API_URL);

/** GraphQL over HTTP. */
export const API_URL = apiUrl.toString();
/** GraphQL subscriptions (graphql-ws) on the same host and path. */
export const WS_URL = API_URL.replace(/^http/, "ws");
/** Liveness probe of the API: the /graphql path swapped for /healthz. */
export const HEALTH_URL = new URL(apiUrl.pathname.replace(/\/graphql\/?$/, "/healthz"), apiUrl).toString();
