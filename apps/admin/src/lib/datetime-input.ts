// datetime-local inputs are read and written in the merchant's time, China (UTC+8 all year, no daylight saving), the
// zone every date in the console is shown in, so what staff type is what the lists show whatever the browser's zone.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** An ISO instant as a datetime-local input's value in China time ("2026-11-24T14:05"); "" when missing. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? "" : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local input's value, read as China time, as an ISO instant; null when empty or not a date. */
export function localInputToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.trim())) return null;
  const ms = Date.parse(`${value.trim()}:00+08:00`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
