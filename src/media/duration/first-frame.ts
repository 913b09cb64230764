import type { ByteSource } from "../bytes.js";
import type { Oddity } from "./facts.js";
import type { FrameParser } from "./frame-scan.js";

// Where the frames of an MP3 or raw AAC stream start, found as players find it: a header that
// parses and is followed, at the length it states, by a second header of the same stream. The
// place the ID3v2 tag's size points at is tried first; a size field a few bytes off (the
// frames start inside the tag or just after it) and junk or zero bytes before the first frame
// (the MPEG conformance files start with 215 zero bytes) are read past, and named.

/** How far before a tag's stated end the first frame is looked for. */
export const TAG_SLACK = 512;
/** How far after where the audio should start the first frame is looked for in one read. */
export const JUNK_REACH = 64 * 1024;
/**
 * How far a search for frames behind junk goes when that first read finds none: 1 MiB, past
 * the junk real files carry (100,000 zero bytes of a recorder's pre-roll, a download manager's
 * leftovers) and within what ffmpeg's probe reads (5 MB at most), while a remote check of such
 * a file still reads about 1 MiB. Files of random bytes are read that far, once, and refused.
 */
const FAR_JUNK_REACH = 1024 * 1024;
/**
 * Frames in a row the far search asks for: a chance pair of headers turns up in random data
 * about once in a few hundred KiB, four in a row practically never.
 */
const FAR_CHAIN = 4;
/** The far search reads this much at a time; windows overlap by enough for four of the longest frames. */
const FAR_WINDOW = 64 * 1024;
const FAR_OVERLAP = 16 * 1024;

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
  if (found === undefined) return farFirstFrame(source, audioStart, parse, what);
  const at = from + found;
  const zeros = bytes.subarray(Math.max(0, expected), found).every((x) => x === 0);
  const oddity = at === audioStart ? undefined : misplaced(audioStart, at, zeros, what);
  return { at, window: bytes.subarray(found), ...(oddity === undefined ? {} : { oddity }) };
}

/** The first frame behind more junk than one read holds, as findFirstFrame gives it. */
async function farFirstFrame(
  source: ByteSource,
  audioStart: number,
  parse: FrameParser,
  what: string,
): Promise<FirstFrame | { lengthUnknown: string }> {
  const far = await findFrameChain(source, audioStart, parse);
  if (far === undefined) {
    const where = audioStart === 0 ? "in its first" : "in the first";
    const after = audioStart === 0 ? "" : " after its ID3v2 tag";
    return { lengthUnknown: `no ${what} was found ${where} 1 MiB${after}` };
  }
  const window = await source.read(far.at, JUNK_REACH);
  return { at: far.at, window, oddity: misplaced(audioStart, far.at, far.zeros, what) };
}

/**
 * Where FAR_CHAIN frames in a row start, from `from` up to FAR_JUNK_REACH past it, read a
 * window at a time (each byte is tried once: memory stays at one window, time linear), and
 * whether every byte before them is zero. Undefined when there are none.
 */
export async function findFrameChain(
  source: ByteSource,
  from: number,
  parse: FrameParser,
): Promise<{ at: number; zeros: boolean } | undefined> {
  const end = Math.min(source.size, from + FAR_JUNK_REACH);
  let zeros = true;
  for (let start = from; start < end; start += FAR_WINDOW - FAR_OVERLAP) {
    const b = await source.read(start, FAR_WINDOW);
    const atEnd = start + b.length >= source.size;
    // Starts in the overlap are tried by the next window, which holds their frames whole.
    const last = atEnd ? b.length : Math.min(b.length, FAR_WINDOW - FAR_OVERLAP, end - start);
    for (let at = b.indexOf(0xff); at >= 0 && at < last; at = b.indexOf(0xff, at + 1)) {
      if (isChain(b, at, parse, atEnd)) {
        return { at: start + at, zeros: zeros && b.subarray(0, at).every((x) => x === 0) };
      }
    }
    zeros &&= b.subarray(0, last).every((x) => x === 0);
    if (atEnd) break;
  }
  return undefined;
}

/** FAR_CHAIN frames of one stream in a row from `at`, or frames of it up to the end of the file. */
function isChain(b: Uint8Array, at: number, parse: FrameParser, atEnd: boolean): boolean {
  const first = parse(b, at);
  let next = at;
  for (let i = 0; i < FAR_CHAIN; i++) {
    if (atEnd && next === b.length && i > 0) return true;
    const frame = parse(b, next);
    if (frame === undefined || frame.stream !== first?.stream) return false;
    next += frame.length;
  }
  return true;
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

function misplaced(audioStart: number, at: number, zeros: boolean, what: string): Oddity {
  if (at < audioStart) {
    return {
      rule: "tag-size",
      what:
        `has an ID3v2 tag whose size field says it ends at byte ${audioStart}, but its first ` +
        `${what} starts at byte ${at}, ${audioStart - at} bytes inside it; players find the ` +
        "frame there, and so did this check",
    };
  }
  const count = `${at - audioStart} ${zeros ? "zero bytes" : "bytes that are not audio"}`;
  return {
    rule: "junk-before-audio",
    what: `${
      audioStart === 0
        ? `starts with ${count} before its first ${what} (at byte ${at})`
        : `has ${count} between its ID3v2 tag and its first ${what} (at byte ${at})`
    }; players skip them, and so did this check`,
  };
}
