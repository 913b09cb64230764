// The show against its audio: a tracklist that runs past the end of the recording is wrong
// (most often the tracklist of another recording, or a recording cut short), and a show under
// 15 minutes is one Mixcloud has refused (MIXCLOUD_API.md: shorter music is a "Track" upload).
// Only a duration the media checks read from the audio is used: unknown means no check, never
// a guess.
import type { Diagnostic } from "../../diagnostic.js";
import { FILE_START, diagnosticAt, warningAt } from "../../diagnostic.js";
import { formatStartTime } from "../start-time.js";
import type { LocatedCloudcast } from "./located.js";
import { sectionPlace } from "./located.js";

/** Mixcloud's shortest show, in seconds. */
export const MIN_SHOW_SECONDS = 15 * 60;

/**
 * An error at the first section that starts at or after the end of the audio (the ones after it
 * are counted in its message), and a warning when the show is shorter than Mixcloud takes.
 */
export function lengthDiagnostics(
  located: LocatedCloudcast,
  durationSeconds: number | undefined,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  if (durationSeconds === undefined || !Number.isFinite(durationSeconds) || durationSeconds <= 0)
    return { errors: [], warnings: [] };
  return {
    errors: pastTheEnd(located, durationSeconds),
    warnings: tooShort(located, durationSeconds),
  };
}

function pastTheEnd(located: LocatedCloudcast, duration: number): Diagnostic[] {
  const sections = located.cloudcast.sections;
  const first = sections.findIndex((s) => s.start >= duration);
  const section = sections[first];
  if (section === undefined) return [];
  const after = sections.length - first - 1;
  const what = section.kind === "track" ? "this track" : "this chapter";
  const rest =
    after === 0 ? "" : ` (and the ${after === 1 ? "section" : `${after} sections`} after it)`;
  const place = sectionPlace(located, first);
  return [
    diagnosticAt(
      place.file,
      place,
      "start-after-audio",
      `${what} starts at ${formatStartTime(section.start)}${rest}, but the audio ends at ${clock(duration)}: is this the tracklist of another recording, or was the recording cut short? Fix the start or the audio`,
    ),
  ];
}

function tooShort(located: LocatedCloudcast, duration: number): Diagnostic[] {
  if (duration >= MIN_SHOW_SECONDS) return [];
  const span = located.spans.audio ?? FILE_START;
  return [
    warningAt(
      located.file,
      span,
      "show-too-short",
      `the audio is ${clock(duration)} long: Mixcloud has refused shows shorter than 15 minutes (shorter music goes up as a "Track" on mixcloud.com); the upload may be turned down`,
    ),
  ];
}

/** `m:ss` / `h:mm:ss` of a duration, to the tenth of a second when it is not whole. */
function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const tenths = Math.floor((seconds - whole) * 10);
  return tenths === 0 ? formatStartTime(whole) : `${formatStartTime(whole)}.${tenths}`;
}
