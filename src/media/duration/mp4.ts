import type { ByteSource } from "../bytes.js";
import { ascii, u32be, u64be } from "../bytes.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort } from "./facts.js";

// MP4/M4A: box headers are walked (never the sample tables or the media) to `moov`, wherever
// it is (up front after "faststart", or after the media). The audio track's `tkhd` duration
// is the one that plays: its edit list leaves out the encoder's priming samples, which `mdhd`
// counts (1024 samples: 0.064 s at 16 kHz). Where `tkhd` says nothing, `mdhd`, then `mvhd`
// (the longest track, for a file that also holds video). A fragmented file whose `moov`
// holds no durations at all (its media lies in `moof` fragments) gives no duration.

interface Box {
  type: string;
  at: number;
  size: number;
  headerSize: number;
}

export async function inspectMp4(source: ByteSource): Promise<AudioFacts> {
  let durationSeconds: number | undefined;
  for await (const box of boxes(source, 0, source.size)) {
    if (box.at + box.size > source.size) {
      const truncated = cutShort(`its \`${box.type}\` box claims`, box.size, source.size - box.at);
      return { durationSeconds, truncated };
    }
    if (box.type === "moov") durationSeconds = await moovSeconds(source, box);
  }
  return { durationSeconds };
}

/** The boxes between `from` and `to`, at most MAX_CHUNKS of them, each read by its header only. */
async function* boxes(source: ByteSource, from: number, to: number): AsyncGenerator<Box> {
  let at = from;
  for (let i = 0; i < MAX_CHUNKS && at < to; i++) {
    const header = await source.read(at, 16);
    const size32 = u32be(header, 0);
    const type = ascii(header, 4, 4);
    if (size32 === undefined || type === "") return;
    // 1: a 64-bit size follows; 0: the box runs to the end of its parent.
    const size = size32 === 1 ? u64be(header, 8) : size32 === 0 ? to - at : size32;
    const headerSize = size32 === 1 ? 16 : 8;
    if (size === undefined || size < headerSize) return;
    yield { type, at, size, headerSize };
    at += size;
  }
}

async function child(source: ByteSource, parent: Box, type: string): Promise<Box | undefined> {
  for await (const box of boxes(source, parent.at + parent.headerSize, parent.at + parent.size)) {
    if (box.type === type) return box;
  }
  return undefined;
}

/** A full box's body: version (1 byte), flags (3), then the fields. */
async function body(source: ByteSource, box: Box, length: number): Promise<Uint8Array> {
  return source.read(box.at + box.headerSize, length);
}

interface Timing {
  timescale?: number;
  duration?: number;
}

/** mvhd and mdhd: creation and modification times, timescale, duration (32 or 64 bits by version). */
function headerTiming(b: Uint8Array): Timing {
  const v1 = b[0] === 1;
  return {
    timescale: u32be(b, v1 ? 20 : 12),
    duration: v1 ? u64be(b, 24) : u32be(b, 16),
  };
}

/** tkhd: times, track id, reserved, then the duration in the movie's timescale. */
function tkhdDuration(b: Uint8Array): number | undefined {
  return b[0] === 1 ? u64be(b, 28) : u32be(b, 20);
}

function seconds(duration: number | undefined, timescale: number | undefined): number | undefined {
  // All ones is "unknown" in every version of these boxes.
  const unknown = duration === 0xffffffff || duration === 2 ** 64 - 1;
  return duration && timescale && !unknown ? duration / timescale : undefined;
}

async function moovSeconds(source: ByteSource, moov: Box): Promise<number | undefined> {
  const mvhd = await child(source, moov, "mvhd");
  const movie = mvhd === undefined ? {} : headerTiming(await body(source, mvhd, 32));
  for await (const trak of boxes(source, moov.at + moov.headerSize, moov.at + moov.size)) {
    if (trak.type !== "trak") continue;
    const track = await soundTrackSeconds(source, trak, movie.timescale);
    if (track !== "not sound") return track ?? seconds(movie.duration, movie.timescale);
  }
  return seconds(movie.duration, movie.timescale);
}

async function soundTrackSeconds(
  source: ByteSource,
  trak: Box,
  movieTimescale: number | undefined,
): Promise<number | undefined | "not sound"> {
  const mdia = await child(source, trak, "mdia");
  const hdlr = mdia && (await child(source, mdia, "hdlr"));
  // hdlr: version/flags (4), pre-defined (4), then the handler type.
  if (hdlr === undefined || ascii(await body(source, hdlr, 12), 8, 4) !== "soun")
    return "not sound";
  const tkhd = await child(source, trak, "tkhd");
  const edited = tkhd && seconds(tkhdDuration(await body(source, tkhd, 32)), movieTimescale);
  if (edited !== undefined) return edited;
  const mdhd = mdia && (await child(source, mdia, "mdhd"));
  if (mdhd === undefined) return undefined;
  const media = headerTiming(await body(source, mdhd, 32));
  return seconds(media.duration, media.timescale);
}
