import type { ByteSource } from "../bytes.js";
import { u16be, u24be, u32be, u32le } from "../bytes.js";
import { formatBytePair } from "../formats.js";
import type { Oddity } from "./facts.js";
import { MAX_CHUNKS } from "./facts.js";
import { isFrameSync, parseFrameHeader } from "./flac-frame.js";

// FLAC's metadata blocks, walked by their 4-byte headers (last-block flag and type, then a
// 24-bit size) up to the first audio frame. Taggers get them wrong in two ways that players
// read past: a second STREAMINFO (the format says the first is the one; mutagen and ffmpeg
// keep it), and a size field that does not match the block (a VORBIS_COMMENT or PICTURE
// rewritten without its size: mutagen's issue 106). A size that leads to no block header and no
// frame is set right as mutagen and tinytag do: the block's own structure gives its real end;
// failing that, the first frame is looked for.

export interface StreamInfo {
  sampleRate: number;
  totalSamples: number;
  maxBlockSize: number;
  maxFrameSize: number;
}

export interface Metadata {
  info?: StreamInfo;
  /** Where the first frame starts (as far as the blocks tell it). */
  audioStart: number;
  oddities: Oddity[];
  /** The header of a block is cut off. */
  cutInHeader?: boolean;
}

const STREAMINFO = 0;
const VORBIS_COMMENT = 4;
const PICTURE = 6;
const BLOCK_NAMES = [
  "STREAMINFO",
  "PADDING",
  "APPLICATION",
  "SEEKTABLE",
  "VORBIS_COMMENT",
  "CUESHEET",
  "PICTURE",
];
/** A block's size field has 24 bits: nothing after a block header lies further than this. */
const MAX_BLOCK = 2 ** 24 + 4;

interface BlockHeader {
  at: number;
  type: number;
  length: number;
  last: boolean;
}

/** The metadata blocks from `from` (just after `fLaC`) to the first frame. */
export async function walkMetadata(source: ByteSource, from: number): Promise<Metadata> {
  const found: Metadata = { audioStart: from, oddities: [] };
  let repairTried = false;
  let at = from;
  for (let i = 0; i < MAX_CHUNKS * 2; i++) {
    const block = readBlockHeader(await source.read(at, 4), at);
    if (block === undefined) return { ...found, audioStart: at, cutInHeader: true };
    await readBlock(source, block, found);
    const next = at + 4 + block.length;
    // Set right once at most: each try may read a block's reach (16 MiB).
    if (!repairTried && !(await leadsOn(source, next, block.last))) {
      repairTried = true;
      const repair = await repairBlock(source, block, next);
      if (repair !== undefined) {
        found.oddities.push(repair.oddity);
        if (repair.frame !== undefined) return { ...found, audioStart: repair.frame };
        at = repair.end;
        if (block.last) break;
        continue;
      }
    }
    // As the header says: a file cut short shows as metadata that runs past its end.
    at = next;
    if (block.last) break;
  }
  return { ...found, audioStart: at };
}

/**
 * Where a block whose size leads nowhere really ends: from its own structure where that tells
 * it and leads on; else the first frame after it, where the audio then starts.
 */
async function repairBlock(
  source: ByteSource,
  block: BlockHeader,
  next: number,
): Promise<{ oddity: Oddity; end: number; frame?: number } | undefined> {
  const real = await structuralEnd(source, block);
  if (real !== undefined && real !== next && (await leadsOn(source, real, block.last))) {
    return { oddity: wrongSize(block, real - block.at - 4), end: real };
  }
  const frame = await firstFrameAfter(source, block.at + 4);
  if (frame === undefined) return undefined;
  return { oddity: noFollowingBlock(block, frame), end: frame, frame };
}

function readBlockHeader(b: Uint8Array, at: number): BlockHeader | undefined {
  const length = u24be(b, 1);
  if (length === undefined) return undefined;
  const flags = b[0] ?? 0;
  return { at, type: flags & 0x7f, length, last: (flags & 0x80) !== 0 };
}

/** STREAMINFO: the first is kept, as the format says; a later one is named. */
async function readBlock(source: ByteSource, block: BlockHeader, found: Metadata): Promise<void> {
  if (block.type !== STREAMINFO) return;
  if (found.info === undefined) {
    found.info = parseStreamInfo(await source.read(block.at + 4, 18));
    return;
  }
  found.oddities.push({
    rule: "flac-metadata",
    what:
      `has a second FLAC STREAMINFO block (at byte ${block.at}); the first is used, as the ` +
      "format says, but ffmpeg and libFLAC refuse such a file, and Mixcloud may too: " +
      "export or encode it again",
  });
}

/** STREAMINFO: block sizes (2+2), frame sizes (3+3), then 20 bits of rate, 3 + 5 bits, 36 bits of samples. */
export function parseStreamInfo(b: Uint8Array): StreamInfo | undefined {
  if (b.length < 18) return undefined;
  const sampleRate = ((b[10] ?? 0) << 12) | ((b[11] ?? 0) << 4) | ((b[12] ?? 0) >> 4);
  const totalSamples = ((b[13] ?? 0) & 0x0f) * 2 ** 32 + (u32be(b, 14) ?? 0);
  return {
    sampleRate,
    totalSamples,
    maxBlockSize: u16be(b, 2) ?? 0,
    maxFrameSize: u24be(b, 7) ?? 0,
  };
}

/**
 * What comes at `next` is what should: after the last block a frame, else another block
 * header of a known type whose block fits in the file. The end of the file also counts (a
 * file of metadata only is said so by the caller); past the end does not.
 */
async function leadsOn(source: ByteSource, next: number, last: boolean): Promise<boolean> {
  if (next === source.size) return true;
  if (next > source.size) return false;
  const b = await source.read(next, 4);
  if (last) return isFrameSync(b, 0);
  const block = readBlockHeader(b, next);
  if (block === undefined || block.type > PICTURE) return false;
  // STREAMINFO has one size; a run of zero bytes would otherwise read as empty ones.
  if (block.type === STREAMINFO && block.length !== 34) return false;
  return next + 4 + block.length <= source.size;
}

/** Where a VORBIS_COMMENT or PICTURE really ends, from the lengths inside it. */
async function structuralEnd(source: ByteSource, block: BlockHeader): Promise<number | undefined> {
  if (block.type !== VORBIS_COMMENT && block.type !== PICTURE) return undefined;
  const body = await source.read(block.at + 4, MAX_BLOCK);
  const length = block.type === VORBIS_COMMENT ? vorbisCommentLength(body) : pictureLength(body);
  return length === undefined ? undefined : block.at + 4 + length;
}

/** Vendor string, then a count of comments: each a 32-bit little-endian length and the text. */
function vorbisCommentLength(b: Uint8Array): number | undefined {
  const vendor = u32le(b, 0);
  if (vendor === undefined) return undefined;
  let at = 4 + vendor;
  const count = u32le(b, at);
  if (count === undefined) return undefined;
  at += 4;
  for (let i = 0; i < count; i++) {
    const length = u32le(b, at);
    if (length === undefined) return undefined;
    at += 4 + length;
  }
  return at <= b.length ? at : undefined;
}

/** Picture type, MIME type, description, four 32-bit sizes, then the picture data: big-endian. */
function pictureLength(b: Uint8Array): number | undefined {
  const mime = u32be(b, 4);
  if (mime === undefined) return undefined;
  const description = u32be(b, 8 + mime);
  if (description === undefined) return undefined;
  const dataAt = 8 + mime + 4 + description + 16;
  const data = u32be(b, dataAt);
  if (data === undefined) return undefined;
  const end = dataAt + 4 + data;
  return end <= b.length ? end : undefined;
}

/**
 * The first frame after `from`: a frame header whose CRC-8 holds and which numbers itself the
 * first (frame or sample 0). Looked for within the reach of one block, trying only 0xFF bytes.
 */
async function firstFrameAfter(source: ByteSource, from: number): Promise<number | undefined> {
  const b = await source.read(from, MAX_BLOCK + 16);
  for (let at = b.indexOf(0xff); at >= 0; at = b.indexOf(0xff, at + 1)) {
    if (isFrameSync(b, at) && parseFrameHeader(b, at, 1)?.firstSample === 0) return from + at;
  }
  return undefined;
}

function blockName(type: number): string {
  return BLOCK_NAMES[type] ?? `type ${type}`;
}

function wrongSize(block: BlockHeader, real: number): Oddity {
  const [stated, held] = formatBytePair(block.length, real);
  return {
    rule: "flac-metadata",
    what:
      `has a FLAC ${blockName(block.type)} block (at byte ${block.at}) whose size field says ` +
      `${stated} but which holds ${held}; its real end was found from its contents, as ` +
      "mutagen finds it (a player that trusts the size may skip the first frame)",
  };
}

function noFollowingBlock(block: BlockHeader, frame: number): Oddity {
  return {
    rule: "flac-metadata",
    what:
      `has a FLAC ${blockName(block.type)} block (at byte ${block.at}) whose size field leads ` +
      `to neither a block nor a frame; its first audio frame was found at byte ${frame}, and ` +
      "the audio read from there",
  };
}
