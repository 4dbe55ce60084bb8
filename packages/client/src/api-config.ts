// The one place the apps read their API location from, at RUNTIME: one production build serves any deployment.
// On the server it comes from the environment (O2O_API_URL, else localhost:4000); the root
// layout writes it into the page (<RuntimeConfigScript>), and the browser reads it from there.
const DEFAULT_API_URL = "http://localhost:4000/graphql";

declare global {
  interface Window {
    __O2O_CONFIG__?: { apiUrl?: string };
  }
}

/** Parses and checks an API URL; throws a readable error for a bad configuration. */
export function parseApiUrl(raw: string | undefined): URL {
  const value = raw?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`O2O_API_URL is not a valid URL: "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`O2O_API_URL must be an http(s) URL, got "${value}"`);
  }
  return url;
}

/** The API URL as the server process is configured (server components, route handlers, the layout script). */
export function serverApiUrl(): string {
  return parseApiUrl(process.env.O2O_API_URL).toString();
}

/** GraphQL over HTTP, wherever this code runs. */
export function apiUrl(): string {
  if (typeof window === "undefined") return serverApiUrl();
  return parseApiUrl(window.__O2O_CONFIG__?.apiUrl).toString();
}

/** GraphQL subscriptions (graphql-ws) on the same host and path. */
export function wsUrl(): string {
  return apiUrl().replace(/^http/, "ws");
}

/** A path of the API's HTTP server beside /graphql (the API may sit under a path prefix behind a proxy). */
function apiRouteUrl(path: string): string {
  const url = new URL(apiUrl());
  return new URL(url.pathname.replace(/\/graphql\/?$/, "") + path, url).toString();
}

/** Liveness probe of the API: the /graphql path swapped for /healthz. */
export function healthUrl(): string {
  return apiRouteUrl("/healthz");
}

/** Where staff upload images (POST the bytes, with the bearer token). */
export function mediaUploadUrl(): string {
  return apiRouteUrl("/media");
}

/**
 * Where an image URL of the API points in a browser: an upload (`/media/…`) is served by the API, so it is resolved
 * against the API's origin; other relative paths (the seeded `/images/…`) belong to the app; absolute URLs stay as given.
 */
export function mediaUrl(url: string): string {
  return url.startsWith("/media/") ? apiRouteUrl(url) : url;
}
