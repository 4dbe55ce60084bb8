/** The reporting periods the dashboard offers. */
export type SalesRange = "TODAY" | "LAST_7_DAYS" | "LAST_30_DAYS";

export type SalesWindow = {
  /** Inclusive start (UTC instant of local midnight). */
  from: Date;
  /** Exclusive end (now). */
  to: Date;
  /** Chart buckets: hours of today, or days. */
  bucket: "hour" | "day";
  /** Local labels of every bucket in the window, oldest first ("2026-11-24T09" or "2026-11-24"). */
  labels: string[];
};

const DAYS: Record<SalesRange, number> = { TODAY: 1, LAST_7_DAYS: 7, LAST_30_DAYS: 30 };

/** Minutes east of UTC of `timeZone` at `at` (China: +480, no daylight saving; other zones work too). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The local label of an instant: "YYYY-MM-DD" for days, "YYYY-MM-DDTHH" for hours. */
export function localLabel(at: Date, offsetMinutes: number, bucket: "hour" | "day"): string {
  const local = new Date(at.getTime() + offsetMinutes * 60000);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return bucket === "day" ? day : `${day}T${pad(local.getUTCHours())}`;
}

/** Today (local midnight to now, by hour) or the last 7 / 30 local days including today (by day). */
export function salesWindow(range: SalesRange, now: Date, timeZone: string): SalesWindow {
  const offset = utcOffsetMinutes(timeZone, now);
  const local = new Date(now.getTime() + offset * 60000);
  const localMidnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  const days = DAYS[range];
  const from = new Date(localMidnight - (days - 1) * 86_400_000 - offset * 60000);
  const bucket = range === "TODAY" ? "hour" : "day";
  const labels: string[] = [];
  if (bucket === "hour") {
    for (let h = 0; h <= local.getUTCHours(); h++) labels.push(localLabel(new Date(from.getTime() + h * 3_600_000), offset, "hour"));
  } else {
    for (let d = 0; d < days; d++) labels.push(localLabel(new Date(from.getTime() + d * 86_400_000), offset, "day"));
  }
  return { from, to: now, bucket, labels };
}

/** Every label of the window with its figures, zero where nothing was sold. */
export function fillSeries<T extends { label: string }>(labels: readonly string[], rows: readonly T[], empty: (label: string) => T): T[] {
  const byLabel = new Map(rows.map((r) => [r.label, r]));
  return labels.map((label) => byLabel.get(label) ?? empty(label));
}
