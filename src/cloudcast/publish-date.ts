import type { RuleId } from "./rules.js";

export type PublishDate = { utc: string } | { rule: RuleId; message: string };

/** A YAML timestamp (date, `T` or spaces, time, optional fraction, zone) with the time and zone optional so their absence can be named. */
const TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d*)?)?(?:[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;

const EXAMPLE = "2025-06-01T20:00:00Z";

/**
 * `publish_date` normalised to the `YYYY-MM-DDTHH:MM:SSZ` (UTC) Mixcloud takes. A time zone is
 * required: a date without one would mean a different moment on a runner than on a laptop.
 * Whether the date is in the future is checked at publish time, not here.
 */
export function parsePublishDate(text: string): PublishDate {
  const m = TIMESTAMP.exec(text.trim());
  if (!m) {
    return {
      rule: "publish-date-format",
      message: `publish_date must be a date, time and time zone such as ${EXAMPLE}, not "${text}"`,
    };
  }
  const [, year = "", month = "", day = "", hour, minute = "0", second = "0", zone] = m;
  if (hour === undefined) {
    return {
      rule: "publish-date-time",
      message: `publish_date ${text} has no time: add a time and a time zone, e.g. ${year}-${month}-${day}T20:00:00Z`,
    };
  }
  if (zone === undefined) {
    return {
      rule: "publish-date-zone",
      message: `publish_date ${text} has no time zone: add Z for UTC or an offset such as +02:00`,
    };
  }
  const fields = [
    Number(year),
    Number(month),
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  ] as const;
  const outOfRange = checkRanges(...fields);
  if (outOfRange)
    return { rule: "publish-date-format", message: `publish_date ${text}: ${outOfRange}` };
  const offset = zoneMinutes(zone);
  if (offset === undefined) {
    return {
      rule: "publish-date-format",
      message: `publish_date ${text}: the time zone offset ${zone} does not exist`,
    };
  }
  return { utc: toUtc(fields, offset) };
}

function checkRanges(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
): string | undefined {
  if (mo < 1 || mo > 12) return `month ${mo} does not exist`;
  const daysInMonth =
    new Date(Date.UTC(2000, mo, 0)).getUTCDate() - (mo === 2 && !isLeap(y) ? 1 : 0);
  if (d < 1 || d > daysInMonth) return `day ${d} does not exist in that month`;
  if (h > 23) return `hour ${h} does not exist (00–23)`;
  if (mi > 59) return `minute ${mi} does not exist (00–59)`;
  if (s > 59) return `second ${s} does not exist (00–59)`;
  return undefined;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Minutes east of UTC, or undefined for an offset no clock uses. */
function zoneMinutes(zone: string): number | undefined {
  if (zone === "Z" || zone === "z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const hours = Number(digits.length <= 2 ? digits : digits.slice(0, -2));
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  if (hours > 14 || minutes > 59) return undefined;
  return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function toUtc(
  f: readonly [number, number, number, number, number, number],
  offsetMinutes: number,
): string {
  const date = new Date(0);
  date.setUTCFullYear(f[0], f[1] - 1, f[2]);
  date.setUTCHours(f[3], f[4] - offsetMinutes, f[5], 0);
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
