/** Where to go after signing in: a same-site path from ?next=, or the fallback (never another origin). */
export function nextPath(search: string, fallback: string): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : fallback;
}
