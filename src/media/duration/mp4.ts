import type { ByteSource } from "../bytes.js";
import { ascii, u32be, u64be } from "../bytes.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort, oddityList } from "./facts.js";
import { formatBytePair } from "../formats.js";
import type { Box } from "./mp4-boxes.js";
import { body, boxes, child, descend } from "./mp4-boxes.js";
import type { FragmentTally, TrackDefaults } from "./mp4-fragments.js";
import { addFragment, fragmentDuration, trackDefaults } from "./mp4-fragments.js";

// MP4/M4A: box headers are walked (never the media) to `moov`, wherever it is (up front after
// "faststart", or after the media); the sample tables are read only at their ends, and only
// when the last box claims more than the file holds, to tell whether audio is missing. The audio track's `tkhd` duration
// is the one that plays: its edit list leaves out the encoder's priming samples, which `mdhd`
// counts (1024 samples: 0.064 s at 16 kHz). Where `tkhd` says nothing, `mdhd`, then `mvhd`
// (the longest track, for a file that also holds video). A fragmented file (a `moov` with
// `mvex`) keeps its samples in `moof` fragments: its length is `mehd`'s, or the fragments'
// sample durations added up (mp4-fragments.ts).

/** Top-level boxes walked in a fragmented file: two per fragment, so a 3-hour show cut in 0.2 s fragments fits. */
const MAX_FRAGMENTED_BOXES = 1 << 17;

export async function inspectMp4(source: ByteSource): Promise<AudioFacts> {
  let movie: Movie | undefined;
  const tally: FragmentTally = { fragments: 0, duration: 0 };
  let walked = 0;
  for await (const box of boxes(source, 0, source.size, MAX_FRAGMENTED_BOXES)) {
    // An ordinary file has a handful of top-level boxes; only fragments may make many.
    if (++walked > MAX_CHUNKS && movie?.fragments === undefined) break;
    const whole = box.at + box.size <= source.size;
    const held = { ...box, size: Math.min(box.size, source.size - box.at) };
    if (box.type === "moov") movie = await readMovie(source, held);
    if (box.type === "moof" && movie?.fragments !== undefined && tally.tooMuch !== true)
      await addFragment(source, held, movie.fragments, tally);
    if (!whole) return overreach(source, box, movie, tally);
  }
  const seconds = movie === undefined ? undefined : movieSeconds(movie, tally);
  if (seconds !== undefined) return { durationSeconds: seconds };
  return { lengthUnknown: unknownWhy(movie, tally) };
}

function unknownWhy(movie: Movie | undefined, tally: FragmentTally): string {
  if (movie === undefined) return "no `moov` box was found";
  if (movie.fragments === undefined) return "its `moov` box gives no duration";
  if (tally.tooMuch === true) return "its fragments hold more entries than this check reads";
  if (tally.unreadable === true) return "a fragment's sample table runs past its box";
  return tally.fragments === 0
    ? "it is fragmented, and no `moof` fragment of its sound was found"
    : "it is fragmented, and its fragments give no sample durations";
}

interface Movie {
  seconds?: number;
  /** The sound track, whose sample tables say where its audio ends. */
  sound?: Box;
  /** For a fragmented file (`mvex`): the sound track's id and defaults, the key to its fragments. */
  fragments?: TrackDefaults;
  /** `mehd`'s duration of the whole fragmented movie, in seconds. */
  fragmentedSeconds?: number;
  /** The sound track's own (`mdhd`) timescale, which fragment durations count in. */
  soundTimescale?: number;
}

/**
 * A fragmented file's length is `mehd`'s when the muxer wrote one, else what its `moov` holds
 * plus its fragments' samples (an `empty_moov` holds none); an ordinary file's is its `moov`'s.
 */
function movieSeconds(movie: Movie, tally: FragmentTally): number | undefined {
  if (movie.fragments === undefined) return movie.seconds;
  if (movie.fragmentedSeconds !== undefined) return movie.fragmentedSeconds;
  const fragments = seconds(tally.duration, movie.soundTimescale);
  if (tally.unreadable === true || tally.tooMuch === true || fragments === undefined)
    return movie.seconds;
  return (movie.seconds ?? 0) + fragments;
}

/** Boxes that hold no audio: when one of them is last and claims more, nothing that plays is missing. */
const NO_AUDIO_BOXES: Record<string, string> = {
  mfra: "the index of its fragments",
  sidx: "an index of its segments",
  udta: "tags",
  free: "padding",
  skip: "padding",
};

/**
 * The last box claims more than the file holds. A copy cut short loses audio: the sound
 * track's sample tables (or, fragmented, the last fragment's) then count bytes the file does
 * not have. When they do not (a muxer that wrote a size a little off, a `sidx` or `udta` that
 * lost its tail), what plays is all there, and the file is read with a warning. Without a
 * `moov` read whole, nothing can tell.
 */
async function overreach(
  source: ByteSource,
  box: Box,
  movie: Movie | undefined,
  tally: FragmentTally,
): Promise<AudioFacts> {
  const held = source.size - box.at;
  const durationSeconds = movie === undefined ? undefined : movieSeconds(movie, tally);
  const [stated, holds] = formatBytePair(box.size, held);
  const lastBox = `has a last MP4 box, \`${box.type}\`, that claims ${stated} but holds ${holds}`;
  const noAudio = NO_AUDIO_BOXES[box.type];
  if (noAudio !== undefined && movie !== undefined) {
    return {
      durationSeconds,
      ...oddityList({
        rule: "mp4-box-size",
        what: `${lastBox}; it holds ${noAudio}, not audio, so nothing that plays is missing`,
      }),
    };
  }
  // A fragment header cut short: the media it describes follows it, so that is missing.
  const audioEnd = box.type === "moof" ? undefined : await audioEndOf(source, movie, tally);
  if (audioEnd === undefined || audioEnd > source.size) {
    const truncated = cutShort(`its \`${box.type}\` box claims`, box.size, held);
    return { durationSeconds, truncated };
  }
  const counted =
    movie?.fragments === undefined ? "its sample tables count" : "its fragments count";
  return {
    durationSeconds,
    ...oddityList({ rule: "mp4-box-size", what: `${lastBox}; the audio ${counted} is all there` }),
  };
}

async function audioEndOf(
  source: ByteSource,
  movie: Movie | undefined,
  tally: FragmentTally,
): Promise<number | undefined> {
  if (movie?.fragments !== undefined && tally.fragments > 0) {
    return tally.unreadable === true || tally.tooMuch === true ? undefined : tally.dataEnd;
  }
  return movie?.sound === undefined ? undefined : soundEnd(source, movie.sound);
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
  const movieSeconds = seconds(movie.duration, movie.timescale);
  for await (const trak of boxes(source, moov.at + moov.headerSize, moov.at + moov.size)) {
    if (trak.type !== "trak") continue;
    const track = await soundTrack(source, trak, movie.timescale);
    if (track === "not sound") continue;
    const sound = { seconds: track.seconds ?? movieSeconds, sound: trak };
    const mvex = await child(source, moov, "mvex");
    if (mvex === undefined || track.trackId === undefined) return sound;
    const mehd = seconds(await fragmentDuration(source, mvex), movie.timescale);
    return {
      ...sound,
      fragments: await trackDefaults(source, mvex, track.trackId),
      soundTimescale: track.timescale,
      ...(mehd === undefined ? {} : { fragmentedSeconds: mehd }),
    };
  }
  return { seconds: movieSeconds };
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

interface SoundTrack {
  seconds?: number;
  trackId?: number;
  timescale?: number;
}

async function soundTrack(
  source: ByteSource,
  trak: Box,
  movieTimescale: number | undefined,
): Promise<SoundTrack | "not sound"> {
  const mdia = await child(source, trak, "mdia");
  const hdlr = mdia && (await child(source, mdia, "hdlr"));
  // hdlr: version/flags (4), pre-defined (4), then the handler type.
  if (hdlr === undefined || ascii(await body(source, hdlr, 12), 8, 4) !== "soun")
    return "not sound";
  const tkhd = await child(source, trak, "tkhd");
  const header = tkhd && (await body(source, tkhd, 32));
  // tkhd: times (4 + 4, or 8 + 8 in version 1), then the track id.
  const trackId = header && u32be(header, header[0] === 1 ? 20 : 12);
  const mdhd = mdia && (await child(source, mdia, "mdhd"));
  const media = mdhd === undefined ? {} : headerTiming(await body(source, mdhd, 32));
  const edited = header && seconds(tkhdDuration(header), movieTimescale);
  return {
    seconds: edited ?? seconds(media.duration, media.timescale),
    ...(trackId === undefined ? {} : { trackId }),
    ...(media.timescale === undefined ? {} : { timescale: media.timescale }),
  };
}
