import type { RuleId } from "./rules.js";

export type StartTime = { seconds: number } | { rule: RuleId; message: string };

const CLOCK = /^(\d+):(\d+)(?::(\d+))?$/;

/**
 * A section's `start` in seconds: a non-negative whole number, or `m:ss` / `h:mm:ss` text.
 * YAML 1.2 reads an unquoted `1:25` as the text "1:25" (YAML 1.1 read it as the sexagesimal
 * number 85); either way it is 85 seconds here.
 */
export function parseStartTime(value: string | number): StartTime {
  return typeof value === "number" ? fromNumber(value) : fromClock(value);
}

function fromNumber(value: number): StartTime {
  if (!Number.isInteger(value)) {
    return { rule: "start-format", message: `start must be whole seconds or m:ss, not ${value}` };
  }
  if (value < 0 || Object.is(value, -0)) {
    return { rule: "start-format", message: `start must not be negative (${value})` };
  }
  if (!Number.isSafeInteger(value)) {
    return { rule: "start-format", message: `start ${value} is too large to be a time in a mix` };
  }
  return { seconds: value };
}

function fromClock(text: string): StartTime {
  const match = CLOCK.exec(text);
  if (!match) {
    const hint = /^\d+$/.test(text) ? `: write it without quotes, start: ${text}` : "";
    return {
      rule: "start-format",
      message: `start must be whole seconds (e.g. 85) or m:ss / h:mm:ss (e.g. 1:25 or 1:02:03), not "${text}"${hint}`,
    };
  }
  const [, first = "", second = "", third] = match;
  const fields =
    third === undefined
      ? { hours: "0", minutes: first, seconds: second, wide: false }
      : { hours: first, minutes: second, seconds: third, wide: true };
  return fromFields(text, fields);
}

function fromFields(
  text: string,
  f: { hours: string; minutes: string; seconds: string; wide: boolean },
): StartTime {
  const hours = Number(f.hours);
  const minutes = Number(f.minutes);
  const seconds = Number(f.seconds);
  if (seconds >= 60) {
    return { rule: "start-range", message: `start ${text}: the seconds field must be below 60` };
  }
  if (minutes >= 60) {
    const asHours = `${Math.floor(minutes / 60) + hours}:${pad(minutes % 60)}:${pad(seconds)}`;
    return {
      rule: "start-range",
      message: `start ${text}: the minutes field must be below 60; write it as ${asHours}`,
    };
  }
  const minuteDigits = f.wide ? f.minutes.length === 2 : f.minutes.length <= 2;
  if (f.seconds.length !== 2 || !minuteDigits) {
    const example = f.wide ? "1:02:03" : "1:05";
    return {
      rule: "start-format",
      message: `start "${text}": write minutes and seconds with two digits, as in ${example}`,
    };
  }
  const total = hours * 3600 + minutes * 60 + seconds;
  if (!Number.isSafeInteger(total)) {
    return { rule: "start-format", message: `start ${text} is too large to be a time in a mix` };
  }
  return { seconds: total };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Seconds as the `m:ss` / `h:mm:ss` people write, for messages. */
export function formatStartTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
