// Wall-clock times in DJ histories (Serato, VirtualDJ) and seconds since midnight (Traktor), turned
// into starts relative to the first track, across midnight.

export const DAY = 86_400;

const WALL =
  /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:([AaPp])\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?)?$/;

const MAX_WALL_CLOCK = 40;

/**
 * Seconds since midnight of `10:15:03 PM`, `22:15:03`, `21:39`, with an optional zone suffix
 * (`20:05:25 GMT-4`, `GMT+05:30`, `UTC`) which is taken off, so that a history whose rows carry
 * different zones (a laptop that changed zone mid-set) still counts real elapsed time.
 * Undefined when the text is no such time or a field is out of range.
 */
export function parseWallClock(text: string): number | undefined {
  const trimmed = text.trim();
  // The longest time written (`12:59:59.999 P.M. GMT+05:30`) is under 40 characters; bounding the
  // text bounds the work of the pattern's neighbouring `\s*`, which a run of spaces makes quadratic.
  if (trimmed.length > MAX_WALL_CLOCK) return undefined;
  const m = WALL.exec(trimmed);
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59) return undefined;
  if (m[4]) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  } else if (hours > 23) return undefined;
  const zone = m[5] ? (m[5] === "-" ? -1 : 1) * (Number(m[6]) * 3600 + Number(m[7] ?? 0) * 60) : 0;
  return (((hours * 3600 + minutes * 60 + seconds - zone) % DAY) + DAY) % DAY;
}

/**
 * Turns times of day, in play order, into seconds from the first. A time more than twelve hours
 * before the previous one is the next day (a set across midnight); a smaller step back is kept as
 * it is, so that the section rules report it as out of order instead of it silently becoming a
 * day later.
 */
export class DayClock {
  private first: number | undefined;
  private previous = 0;
  private days = 0;

  next(timeOfDay: number): number {
    if (this.first === undefined) {
      this.first = timeOfDay;
      this.previous = timeOfDay;
      return 0;
    }
    if (this.previous - timeOfDay > DAY / 2) this.days++;
    this.previous = timeOfDay;
    return timeOfDay + this.days * DAY - this.first;
  }
}
