import type { ByteSource } from "../bytes.js";
import { ascii, u32be, u64be } from "../bytes.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort, oddityList } from "./facts.js";
import { formatBytePair } from "../formats.js";

// MP4/M4A: box headers are walked (never the media) to `moov`, wherever it is (up front after
// "faststart", or after the media); the sample tables are read only at their ends, and only
// when the last box claims more than the file holds, to tell whether audio is missing. The audio track's `tkhd` duration
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
  let movie: Movie | undefined;
  for await (const box of boxes(source, 0, source.size)) {
    const whole = box.at + box.size <= source.size;
    const held = { ...box, size: Math.min(box.size, source.size - box.at) };
    if (box.type === "moov") movie = await readMovie(source, held);
    if (!whole) return overreach(source, box, movie);
  }
  if (movie?.seconds !== undefined) return { durationSeconds: movie.seconds };
  const why =
    movie === undefined
      ? "no `moov` box was found"
      : "its `moov` box gives no duration (a fragmented file)";
  return { lengthUnknown: why };
}

interface Movie {
  seconds?: number;
  /** The sound track, whose sample tables say where its audio ends. */
  sound?: Box;
}

/**
 * The last box claims more than the file holds. A copy cut short loses audio: the sound
 * track's sample tables then count bytes the file does not have. When they do not (a muxer
 * that wrote a size a little off, a `sidx` or `udta` that lost its tail), what plays is all
 * there, and the file is read with a warning. Without a `moov` read whole, nothing can tell.
 */
async function overreach(
  source: ByteSource,
  box: Box,
  movie: Movie | undefined,
): Promise<AudioFacts> {
  const held = source.size - box.at;
  const durationSeconds = movie?.seconds;
  const audioEnd = movie?.sound === undefined ? undefined : await soundEnd(source, movie.sound);
  if (audioEnd === undefined || audioEnd > source.size) {
    const truncated = cutShort(`its \`${box.type}\` box claims`, box.size, held);
    return { durationSeconds, truncated };
  }
  const [stated, holds] = formatBytePair(box.size, held);
  return {
    durationSeconds,
    ...oddityList({
      rule: "mp4-box-size",
      what:
        `has a last MP4 box, \`${box.type}\`, that claims ${stated} but holds ${holds}; ` +
        "the audio its sample tables count is all there",
    }),
  };
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

async function readMovie(source: ByteSource, moov: Box): Promise<Movie> {
  const mvhd = await child(source, moov, "mvhd");
  const movie = mvhd === undefined ? {} : headerTiming(await body(source, mvhd, 32));
  for await (const trak of boxes(source, moov.at + moov.headerSize, moov.at + moov.size)) {
    if (trak.type !== "trak") continue;
    const track = await soundTrackSeconds(source, trak, movie.timescale);
    if (track !== "not sound") {
      return { seconds: track ?? seconds(movie.duration, movie.timescale), sound: trak };
    }
  }
  return { seconds: seconds(movie.duration, movie.timescale) };
}

/** At most this many sample sizes are read to find where the last chunk ends. */
const MAX_LAST_CHUNK_SAMPLES = 1 << 20;

/**
 * Where the sound track's audio ends in the file: its last chunk's offset (`stco`/`co64`)
 * plus the sizes (`stsz`) of the samples in it (`stsc`'s last entry). Undefined when the
 * tables are missing or do not add up.
 */
async function soundEnd(source: ByteSource, trak: Box): Promise<number | undefined> {
  const stbl = await descend(source, trak, ["mdia", "minf", "stbl"]);
  if (stbl === undefined) return undefined;
  const stco = (await child(source, stbl, "stco")) ?? (await child(source, stbl, "co64"));
  const stsc = await child(source, stbl, "stsc");
  const stsz = await child(source, stbl, "stsz");
  if (stco === undefined || stsc === undefined || stsz === undefined) return undefined;
  const lastChunk = await lastEntry(source, stco, stco.type === "co64" ? 8 : 4);
  const perChunk = await lastEntry(source, stsc, 12);
  const samples = perChunk === undefined ? undefined : u32be(perChunk, 4);
  const offset =
    lastChunk?.length === 8 ? u64be(lastChunk, 0) : u32be(lastChunk ?? new Uint8Array(), 0);
  if (offset === undefined || samples === undefined) return undefined;
  const bytes = await lastSampleBytes(source, stsz, samples);
  return bytes === undefined ? undefined : offset + bytes;
}

async function descend(source: ByteSource, from: Box, path: string[]): Promise<Box | undefined> {
  let box: Box | undefined = from;
  for (const type of path) box = box && (await child(source, box, type));
  return box;
}

/** The last entry of a full box's table (version/flags, entry count, then the entries). */
async function lastEntry(
  source: ByteSource,
  box: Box,
  size: number,
): Promise<Uint8Array | undefined> {
  const count = u32be(await body(source, box, 8), 4);
  if (!count) return undefined;
  const entry = await source.read(box.at + box.headerSize + 8 + (count - 1) * size, size);
  return entry.length === size ? entry : undefined;
}

/** `stsz`: one size for every sample, or a table of sizes; the last `samples` of them added up. */
async function lastSampleBytes(
  source: ByteSource,
  stsz: Box,
  samples: number,
): Promise<number | undefined> {
  const head = await body(source, stsz, 12);
  const fixed = u32be(head, 4);
  const count = u32be(head, 8);
  if (fixed === undefined || count === undefined || samples > count) return undefined;
  if (fixed > 0) return fixed * samples;
  if (samples > MAX_LAST_CHUNK_SAMPLES) return undefined;
  const sizes = await source.read(
    stsz.at + stsz.headerSize + 12 + (count - samples) * 4,
    samples * 4,
  );
  if (sizes.length !== samples * 4) return undefined;
  let total = 0;
  for (let i = 0; i < samples; i++) total += u32be(sizes, i * 4) ?? 0;
  return total;
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
