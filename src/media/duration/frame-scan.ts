import type { ByteSource } from "../bytes.js";

// Counts the frames of a stream whose headers give no length (MP3 without a Xing/VBRI header,
// raw ADTS AAC): the only exact duration of such a file is the sum of its frames. The file is
// read front to back in fixed-size chunks into one buffer, so memory stays at one chunk;
// the cost is reading the whole file once (see CONTRIBUTING.md for the figures).

/** One frame as its header tells it. */
export interface Frame {
  /** Bytes from this header to the next. */
  length: number;
  samples: number;
  sampleRate: number;
  /** What must stay the same from frame to frame (version, layer, rate, channels), as one number. */
  stream: number;
}

export type FrameParser = (b: Uint8Array, at: number) => Frame | undefined;

/** Bytes read at a time: a 1 GB file takes about 1,000 reads, and memory stays at 1 MiB. */
export const SCAN_CHUNK_BYTES = 1024 * 1024;
/** A chunk is walked while this much of it is left, so a header never straddles two reads. */
const HEADER_ROOM = 16;

interface Totals {
  samples: number;
  frames: number;
  sampleRate: number;
  stream: number;
}

/**
 * Seconds of audio in the frames from `start` (which must be a frame header) to the end of
 * the source; undefined when there is not one whole frame. Data between frames (a tag in the
 * middle, a damaged stretch, a trailing ID3v1 or APE tag) is skipped: after anything that is
 * not a frame, counting resumes only where two consecutive frame headers of the same stream
 * agree, which bytes of a picture or a tag practically never imitate.
 */
export async function countFrames(
  source: ByteSource,
  start: number,
  parse: FrameParser,
): Promise<number | undefined> {
  const first = parse(await source.read(start, HEADER_ROOM), 0);
  if (first === undefined) return undefined;
  const totals: Totals = {
    samples: 0,
    frames: 0,
    sampleRate: first.sampleRate,
    stream: first.stream,
  };
  let at = start;
  let inSync = true;
  const buffer = source.readInto === undefined ? undefined : new Uint8Array(SCAN_CHUNK_BYTES);
  while (at < source.size) {
    const chunk = await readChunk(source, at, buffer);
    if (chunk.length === 0) break;
    const atEnd = at + chunk.length >= source.size;
    const walked = walkChunk(chunk, atEnd, parse, totals, inSync);
    inSync = walked.inSync;
    if (atEnd) break;
    // The next read starts where this chunk's walk stopped: at a frame that did not fit whole.
    at += Math.max(walked.consumed, 1);
  }
  return totals.frames > 0 ? totals.samples / totals.sampleRate : undefined;
}

/** The next chunk, into the one reused buffer where the source can fill it. */
async function readChunk(
  source: ByteSource,
  at: number,
  buffer: Uint8Array | undefined,
): Promise<Uint8Array> {
  if (buffer === undefined || source.readInto === undefined) {
    return source.read(at, SCAN_CHUNK_BYTES);
  }
  return buffer.subarray(0, await source.readInto(at, buffer));
}

interface Walked {
  consumed: number;
  inSync: boolean;
}

function walkChunk(
  b: Uint8Array,
  atEnd: boolean,
  parse: FrameParser,
  totals: Totals,
  startInSync: boolean,
): Walked {
  const limit = atEnd ? b.length : b.length - HEADER_ROOM;
  let i = 0;
  let inSync = startInSync;
  while (i < limit) {
    const frame = sameStream(parse(b, i), totals);
    const needed = frame === undefined ? 0 : frame.length + (inSync ? 0 : HEADER_ROOM);
    if (frame !== undefined && i + needed > b.length && !atEnd) {
      // The frame (or the header that must confirm it) runs past this chunk: read again from here.
      return { consumed: i, inSync };
    }
    if (frame !== undefined && i + frame.length > b.length) break; // a cut-off last frame
    if (frame !== undefined && (inSync || confirmed(b, i + frame.length, atEnd, parse, totals))) {
      totals.frames += 1;
      totals.samples += frame.samples;
      i += frame.length;
      inSync = true;
      continue;
    }
    inSync = false;
    i = nextSync(b, i + 1, limit);
  }
  return { consumed: i, inSync };
}

/**
 * The next byte that could start a header: an 0xFF (every MPEG and ADTS sync begins with one),
 * found by the engine's byte search rather than a header parse at every byte, followed by the
 * sync's three set bits and by a byte that is not 0xFF (bitrate 15 in MPEG audio, sample rate
 * 15 in ADTS: both reserved). Junk and a damaged stretch are crossed at memory speed, and a
 * run of 0xFF bytes by this loop alone.
 */
function nextSync(b: Uint8Array, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    if (b[at] !== 0xff) {
      at = b.indexOf(0xff, at);
      if (at < 0 || at >= limit) return limit;
    }
    if (((b[at + 1] ?? 0) & 0xe0) === 0xe0 && b[at + 2] !== 0xff) return at;
    at = b[at + 1] === 0xff ? pastRunOfFF(b, at, limit) : at + 1;
  }
  return limit;
}

/** 4 KiB of 0xFF, to compare a run of them against a block at a time. */
const FF_BLOCK = new Uint8Array(4096).fill(0xff);

/**
 * Inside a run of 0xFF bytes (erased flash memory after a recording that stopped, or a hostile
 * file) no byte can start a header until the last two: whole blocks of them are passed over
 * with one native comparison each. Gives where the byte-by-byte search goes on.
 */
function pastRunOfFF(b: Uint8Array, from: number, limit: number): number {
  let at = from;
  const block = FF_BLOCK.length;
  while (at + block <= limit && Buffer.compare(b.subarray(at, at + block), FF_BLOCK) === 0) {
    at += block - 2;
  }
  return at === from ? from + 1 : at;
}

function sameStream(frame: Frame | undefined, totals: Totals): Frame | undefined {
  return frame !== undefined && frame.stream === totals.stream ? frame : undefined;
}

/** After a gap: a frame counts only when another frame of the stream (or the file's end) follows it. */
function confirmed(
  b: Uint8Array,
  next: number,
  atEnd: boolean,
  parse: FrameParser,
  totals: Totals,
): boolean {
  if (atEnd && next === b.length) return true;
  return sameStream(parse(b, next), totals) !== undefined;
}
