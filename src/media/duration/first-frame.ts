import type { ByteSource } from "../bytes.js";
import type { Oddity } from "./facts.js";
import type { FrameParser } from "./frame-scan.js";

// Where the frames of an MP3 or raw AAC stream start, found as players find it: a header that
// parses and is followed, at the length it states, by a second header of the same stream. The
// place the ID3v2 tag's size points at is tried first; a size field a few bytes off (the
// frames start inside the tag or just after it) and junk or zero bytes before the first frame
// (the MPEG conformance files start with 215 zero bytes) are read past, and named.

/** How far before a tag's stated end the first frame is looked for. */
const TAG_SLACK = 512;
/** How far after where the audio should start the first frame is looked for. */
const JUNK_REACH = 64 * 1024;

export interface FirstFrame {
  /** Where the first frame starts in the file. */
  at: number;
  /** The bytes from `at` on, as far as was read (at least the first frame when it fits). */
  window: Uint8Array;
  oddity?: Oddity;
}

/**
 * The first frame at or near `audioStart` (where any ID3v2 tags end, 0 without one); `what`
 * names the frames in messages ("MPEG frame"). Undefined, with the reason, when there is none.
 */
export async function findFirstFrame(
  source: ByteSource,
  audioStart: number,
  parse: FrameParser,
  what: string,
): Promise<FirstFrame | { lengthUnknown: string }> {
  const from = audioStart === 0 ? 0 : Math.max(10, audioStart - TAG_SLACK);
  const bytes = await source.read(from, audioStart - from + JUNK_REACH);
  const atEnd = from + bytes.length >= source.size;
  const expected = audioStart - from;
  const found = isConfirmed(bytes, expected, parse, atEnd)
    ? expected
    : firstConfirmed(bytes, parse, atEnd);
  if (found === undefined) {
    const where = audioStart === 0 ? "in its first" : "in the first";
    const after = audioStart === 0 ? "" : " after its ID3v2 tag";
    return { lengthUnknown: `no ${what} was found ${where} 64 KiB${after}` };
  }
  const at = from + found;
  const oddity = at === audioStart ? undefined : misplaced(bytes, from, audioStart, at, what);
  return { at, window: bytes.subarray(found), ...(oddity === undefined ? {} : { oddity }) };
}

/** A frame at `at` whose successor (or the end of the file) is where its length says. */
function isConfirmed(b: Uint8Array, at: number, parse: FrameParser, atEnd: boolean): boolean {
  const frame = parse(b, at);
  if (frame === undefined) return false;
  const next = at + frame.length;
  if (atEnd && next === b.length) return true;
  return parse(b, next)?.stream === frame.stream;
}

/** The first confirmed frame in `b`, trying only bytes that can start a header (0xFF). */
function firstConfirmed(b: Uint8Array, parse: FrameParser, atEnd: boolean): number | undefined {
  for (let at = b.indexOf(0xff); at >= 0; at = b.indexOf(0xff, at + 1)) {
    if (isConfirmed(b, at, parse, atEnd)) return at;
  }
  return undefined;
}

function misplaced(
  b: Uint8Array,
  from: number,
  audioStart: number,
  at: number,
  what: string,
): Oddity {
  if (at < audioStart) {
    return {
      rule: "tag-size",
      what:
        `has an ID3v2 tag whose size field says it ends at byte ${audioStart}, but its first ` +
        `${what} starts at byte ${at}, ${audioStart - at} bytes inside it; players find the ` +
        "frame there, and so did this check",
    };
  }
  const gap = b.subarray(audioStart - from, at - from);
  const zeros = gap.every((x) => x === 0);
  const count = `${gap.length} ${zeros ? "zero bytes" : "bytes that are not audio"}`;
  return {
    rule: "junk-before-audio",
    what: `${
      audioStart === 0
        ? `starts with ${count} before its first ${what} (at byte ${at})`
        : `has ${count} between its ID3v2 tag and its first ${what} (at byte ${at})`
    }; players skip them, and so did this check`,
  };
}
