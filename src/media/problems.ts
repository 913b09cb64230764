import { ACCEPTED_FORMATS, formatBytePair } from "./formats.js";
import { describeContent, unsupportedAudioName } from "./sniff.js";
import type { DescribeOptions } from "./sniff.js";
import type { AudioFacts } from "./inspect-audio.js";
import type { MediaKind, MediaProblem } from "./types.js";

/** How a problem names what it found instead: `quoteBytes: false` for what a server sent (its kind is named, its bytes never shown); `fileName`, the file's own name for the conversion line. */
export interface NotOfKindOptions extends DescribeOptions {
  fileName?: string;
}

/**
 * "the audio `x` is not audio of a known type (MP3, …): it looks like a PNG picture", or for
 * audio in a format Mixcloud does not take, that format named with a conversion line.
 */
export function unknownTypeProblem(
  kind: MediaKind,
  label: string,
  head: Uint8Array,
  options: NotOfKindOptions = {},
): MediaProblem {
  const unsupported = kind === "audio" && unsupportedAudioName(head) !== undefined;
  return {
    rule: unsupported ? "unsupported-format" : "unknown-type",
    message: notOfKindMessage(kind, label, head, options),
  };
}

export function notOfKindMessage(
  kind: MediaKind,
  label: string,
  head: Uint8Array,
  options: NotOfKindOptions = {},
): string {
  const unsupported = kind === "audio" ? unsupportedAudioName(head) : undefined;
  if (unsupported !== undefined) {
    const name = options.fileName ?? nameInLabel(label);
    return (
      `${label} is ${unsupported}, which Mixcloud does not take (it takes ${ACCEPTED_FORMATS.audio}): ` +
      `convert it, for example with ${conversionLine(name)}`
    );
  }
  return (
    `${label} is not ${kind === "audio" ? "audio" : "a picture"} of a known type ` +
    `(${ACCEPTED_FORMATS[kind]}): it looks like ${describeContent(head, options)}`
  );
}

/**
 * The last part of the path or URL a label names (`the audio \`audio/show.wma\``, `the audio
 * URL https://host/show.wma?dl=1` → `show.wma`), left encoded: a decoded name could hold a
 * line break.
 */
function nameInLabel(label: string): string {
  const named = /`([^`]*)`/.exec(label)?.[1] ?? label.split(" ").pop() ?? "";
  const path = named.split(/[?#]/)[0] ?? "";
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last === "" ? "show.audio" : last;
}

/** `ffmpeg -i show.wma -c:a libmp3lame -b:a 320k show.mp3`, the names quoted where a shell needs it. */
function conversionLine(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  // A WMA named `show.mp3` must not be converted onto itself.
  const mp3 = `${stem}.mp3` === fileName ? `${stem}-converted.mp3` : `${stem}.mp3`;
  return `\`ffmpeg -i ${shellWord(fileName)} -c:a libmp3lame -b:a 320k ${shellWord(mp3)}\``;
}

function shellWord(name: string): string {
  const word = name.startsWith("-") ? `./${name}` : name;
  return /^[\w.,+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/** "the audio `x` is 4.5 GiB; Mixcloud takes at most 4.0 GiB", exact in bytes when rounding would hide the difference. */
export function tooLargeProblem(
  rule: string,
  label: string,
  size: number,
  limit: number,
): MediaProblem {
  const [shown, allowed] = formatBytePair(size, limit);
  return { rule, message: `${label} is ${shown}; Mixcloud takes at most ${allowed}` };
}

/**
 * The warnings for audio that was read: each defect that players read past (and so did the
 * reader), and "length unknown" said out loud when the length could not be read, since the
 * rules that hold a show to its length are then skipped.
 */
export function audioWarnings(label: string, facts: AudioFacts): MediaProblem[] {
  const warnings = (facts.oddities ?? []).map((oddity) => ({
    rule: oddity.rule,
    message: `${label} ${oddity.what}`,
  }));
  if (facts.durationSeconds === undefined) {
    const why = facts.lengthUnknown ?? "its headers do not tell it";
    warnings.push({
      rule: "length-unknown",
      message:
        `length unknown: the length of ${label} could not be read (${why}), so the checks ` +
        "against it (a track past the end of the audio, a show under 15 minutes) were skipped",
    });
  }
  return warnings;
}
