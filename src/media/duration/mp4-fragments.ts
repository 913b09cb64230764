import type { ByteSource } from "../bytes.js";
import { u32be, u64be } from "../bytes.js";
import type { Box } from "./mp4-boxes.js";
import { body, boxes, child } from "./mp4-boxes.js";

// Fragmented MP4 (ffmpeg's `-movflags frag_keyframe+empty_moov`, DASH and CMAF segments): the
// `moov` holds no samples and often no durations; each `moof` says, per track (`traf`), how many
// samples follow, how long each plays and how many bytes it takes (`trun`), with defaults in the
// fragment's `tfhd` or, failing that, in the movie's `trex`. Adding those up gives the length
// and where the sound's last fragment ends, so a file cut inside its media is told from one
// whose index (`mfra`) merely claims a few bytes more.
//
// What it reads: the header of every top-level box (one `moof` per fragment), each `moof`'s
// track headers, and its sample tables in bounded chunks. On disk that is a few reads per
// fragment. Through ranged reads (Git LFS, a URL) each fragment costs one 64 KiB block, so a
// file of fragments smaller than that is read about whole, a block at a time; the blocks are not
// all kept (see remote-object.ts).

/** The sound track's defaults, from `moov/mvex/trex`: what a fragment leaves out. */
export interface TrackDefaults {
  trackId: number;
  duration: number;
  size: number;
}

/** What the fragments of the sound track add up to. */
export interface FragmentTally {
  fragments: number;
  /** Sample durations, in the track's (`mdhd`) timescale. */
  duration: number;
  /** Where the sound data of the last fragment read ends in the file. */
  dataEnd?: number;
  /** A table that could not be read through (its counts run past its box). */
  unreadable?: boolean;
  /** Track boxes and sample entries read so far, against the budget below. */
  work?: number;
  /** The budget ran out: the length is not known. */
  tooMuch?: boolean;
}

/**
 * Track boxes plus sample entries read in all fragments, at most: a 6-hour show at 48 kHz has
 * about a million AAC frames; a crafted file of tiny boxes or huge tables stops here, so the
 * time stays bounded whatever the file's size (the top-level walk has its own bound in mp4.ts).
 */
const MAX_FRAGMENT_WORK = 1 << 23;

/** `trex` for the track `trackId` in `mvex`: track id, description index, then the defaults. */
export async function trackDefaults(
  source: ByteSource,
  mvex: Box,
  trackId: number,
): Promise<TrackDefaults> {
  for await (const box of boxes(source, mvex.at + mvex.headerSize, mvex.at + mvex.size)) {
    if (box.type !== "trex") continue;
    const b = await body(source, box, 24);
    if (u32be(b, 4) !== trackId) continue;
    return { trackId, duration: u32be(b, 12) ?? 0, size: u32be(b, 16) ?? 0 };
  }
  return { trackId, duration: 0, size: 0 };
}

/** `mehd`: the whole fragmented movie's duration, in the movie's timescale, when the muxer knew it. */
export async function fragmentDuration(source: ByteSource, mvex: Box): Promise<number | undefined> {
  const mehd = await child(source, mvex, "mehd");
  if (mehd === undefined) return undefined;
  const b = await body(source, mehd, 12);
  const duration = b[0] === 1 ? u64be(b, 4) : u32be(b, 4);
  return duration === 0 ? undefined : duration;
}

/** Adds the sound track's samples in one `moof` (as much of it as the file holds) to `tally`. */
export async function addFragment(
  source: ByteSource,
  moof: Box,
  defaults: TrackDefaults,
  tally: FragmentTally,
): Promise<void> {
  tally.fragments++;
  for await (const traf of boxes(source, moof.at + moof.headerSize, moof.at + moof.size)) {
    if (overBudget(tally, 1)) return;
    if (traf.type !== "traf") continue;
    const header = await fragmentHeader(source, traf, moof, defaults);
    if (header === undefined) continue;
    let dataAt = header.base;
    for await (const trun of boxes(source, traf.at + traf.headerSize, traf.at + traf.size)) {
      if (overBudget(tally, 1)) return;
      if (trun.type !== "trun") continue;
      const run = await readRun(source, trun, header, dataAt, (n) => overBudget(tally, n));
      if (tally.tooMuch === true) return;
      if (run === undefined) {
        tally.unreadable = true;
        return;
      }
      tally.duration += run.duration;
      dataAt = run.dataEnd;
      tally.dataEnd = run.dataEnd;
    }
  }
}

function overBudget(tally: FragmentTally, work: number): boolean {
  tally.work = (tally.work ?? 0) + work;
  if (tally.work > MAX_FRAGMENT_WORK) tally.tooMuch = true;
  return tally.tooMuch === true;
}

interface FragmentHeader {
  /** Where the fragment's data offsets count from. */
  base: number;
  duration: number;
  size: number;
}

/** `tfhd` of the sound track: flags say which of base offset and defaults are present. */
async function fragmentHeader(
  source: ByteSource,
  traf: Box,
  moof: Box,
  defaults: TrackDefaults,
): Promise<FragmentHeader | undefined> {
  const tfhd = await child(source, traf, "tfhd");
  if (tfhd === undefined) return undefined;
  const b = await body(source, tfhd, 40);
  const flags = u32be(b, 0) ?? 0;
  if (u32be(b, 4) !== defaults.trackId) return undefined;
  let at = 8;
  const field = (flag: number, bytes: 4 | 8): number | undefined => {
    if ((flags & flag) === 0) return undefined;
    const value = bytes === 8 ? u64be(b, at) : u32be(b, at);
    at += bytes;
    return value;
  };
  // Without a base offset, data offsets count from the `moof` (default-base-is-moof, and what
  // readers do for the first track fragment, which is where audio-only files keep their sound).
  const base = field(0x1, 8) ?? moof.at;
  field(0x2, 4); // sample description index
  const duration = field(0x8, 4) ?? defaults.duration;
  const size = field(0x10, 4) ?? defaults.size;
  return { base, duration, size };
}

/** Sample entries are read this many bytes at a time, so a long fragment costs no more memory. */
const RUN_CHUNK_BYTES = 64 * 1024;

/**
 * `trun`: sample count, an optional data offset (from the fragment's base) and first-sample
 * flags, then per sample the fields its flags name (duration, size, flags, composition offset).
 * Undefined when the entries run past the box: a table that cannot be trusted.
 */
async function readRun(
  source: ByteSource,
  trun: Box,
  header: FragmentHeader,
  previousEnd: number,
  spend: (entries: number) => boolean,
): Promise<{ duration: number; dataEnd: number } | undefined> {
  const head = await body(source, trun, 16);
  const flags = u32be(head, 0) ?? 0;
  const count = u32be(head, 4) ?? 0;

  const offset = flags & 0x1 ? u32be(head, 8) : undefined;
  const entriesAt = trun.at + trun.headerSize + 8 + (flags & 0x1 ? 4 : 0) + (flags & 0x4 ? 4 : 0);
  const fields = [0x100, 0x200, 0x400, 0x800].map((flag): number => (flags & flag ? 4 : 0));
  const [durationBytes = 0, sizeBytes = 0] = fields;
  const entry = fields.reduce((sum, bytes) => sum + bytes, 0);
  if (entriesAt + count * entry > trun.at + trun.size) return undefined;
  // Only entries that are read cost anything: a run of default durations is one multiplication.
  if (entry > 0 && spend(count)) return undefined;
  // A signed 32-bit offset; a negative one would point before the base, which no muxer writes.
  const start = offset === undefined ? previousEnd : header.base + (offset | 0);
  let duration = durationBytes === 0 ? count * header.duration : 0;
  let bytes = sizeBytes === 0 ? count * header.size : 0;
  const perChunk = entry === 0 ? count : Math.floor(RUN_CHUNK_BYTES / entry);
  for (let done = 0; entry > 0 && done < count; done += perChunk) {
    const n = Math.min(perChunk, count - done);
    const chunk = await source.read(entriesAt + done * entry, n * entry);
    if (chunk.length < n * entry) return undefined;
    for (let i = 0; i < n; i++) {
      if (durationBytes) duration += u32be(chunk, i * entry) ?? 0;
      if (sizeBytes) bytes += u32be(chunk, i * entry + durationBytes) ?? 0;
    }
  }
  return { duration, dataEnd: start + bytes };
}
