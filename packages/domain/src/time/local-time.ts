/** China Standard Time (Asia/Shanghai has no daylight saving), the default store offset. */
export const CHINA_STANDARD_TIME_OFFSET_MINUTES = 480;

export interface LocalTimeParts {
  readonly year: number;
  /** 1-12 */
  readonly month: number;
  /** 1-31 */
  readonly day: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly dayOfWeek: number;
  /** minutes since local midnight, 0-1439 */
  readonly minuteOfDay: number;
  /** "MM-DD", for yearly recurring dates */
  readonly monthDay: string;
}

// Rule: schedules are evaluated in the store's local wall-clock time, a fixed offset from UTC.
export function localTimeParts(at: Date, timezoneOffsetMinutes: number = CHINA_STANDARD_TIME_OFFSET_MINUTES): LocalTimeParts {
  const shifted = new Date(at.getTime() + timezoneOffsetMinutes * 60_000);
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return {
    year: shifted.getUTCFullYear(),
    month,
    day,
    dayOfWeek: shifted.getUTCDay(),
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
    monthDay: `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  };
}
