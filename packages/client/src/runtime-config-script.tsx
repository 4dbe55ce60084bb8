import { serverApiUrl } from "./api-config";

/**
 * Writes the runtime configuration into the page before the app's scripts run. The root layout that renders it
 * declares `dynamic = "force-dynamic"`, so it is read per request: that is what lets one build point at any API.
 */
export function RuntimeConfigScript() {
  const config = JSON.stringify({ apiUrl: serverApiUrl() }).replace(/</g, "\\u003c");
  // biome-ignore lint/security/noDangerouslySetInnerHtml: a JSON literal we serialised and escaped ourselves.
  return <script dangerouslySetInnerHTML={{ __html: `window.__O2O_CONFIG__=${config};` }} />;
}
