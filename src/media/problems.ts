import { ACCEPTED_FORMATS, formatBytes } from "./formats.js";
import { describeContent } from "./sniff.js";
import type { DescribeOptions } from "./sniff.js";
import type { MediaKind, MediaProblem } from "./types.js";

/** "the audio `x` is not audio of a known type (MP3, …): it looks like a PNG picture". */
export function unknownTypeProblem(
  kind: MediaKind,
  label: string,
  head: Uint8Array,
  options: DescribeOptions = {},
): MediaProblem {
  return { rule: "unknown-type", message: notOfKindMessage(kind, label, head, options) };
}

/** `quoteBytes: false` for what a server sent: its kind is named, its bytes never shown. */
export function notOfKindMessage(
  kind: MediaKind,
  label: string,
  head: Uint8Array,
  options: DescribeOptions = {},
): string {
  return (
    `${label} is not ${kind === "audio" ? "audio" : "a picture"} of a known type ` +
    `(${ACCEPTED_FORMATS[kind]}): it looks like ${describeContent(head, options)}`
  );
}

/** "the audio `x` is 4.5 GiB; Mixcloud takes at most 4.0 GiB", exact in bytes when rounding would hide the difference. */
export function tooLargeProblem(
  rule: string,
  label: string,
  size: number,
  limit: number,
): MediaProblem {
  const [shown, allowed] =
    formatBytes(size) === formatBytes(limit)
      ? [`${size} bytes`, `${limit} bytes`]
      : [formatBytes(size), formatBytes(limit)];
  return { rule, message: `${label} is ${shown}; Mixcloud takes at most ${allowed}` };
}
