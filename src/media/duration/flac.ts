import type { ByteSource } from "../bytes.js";
import { u16be, u24be, u32be } from "../bytes.js";
import { isFlacMarker } from "../mpeg.js";
import { closedCrc16Suffixes, crc8 } from "./crc.js";
import type { AudioFacts } from "./facts.js";
import { MAX_CHUNKS, cutShort, skipId3v2 } from "./facts.js";

// FLAC: STREAMINFO's total samples / sample rate. An encoder writing to a pipe cannot go back
// to fill in the total and leaves 0 ("unknown"); the length is then where the last frame ends:
// its header numbers its first sample (or its frame, in a fixed-block stream), and its block
// size is the rest. Only the file's tail is read, and the frame is trusted only when both its
// header checksum and its whole-frame checksum match. The whole-frame checksums of every
// candidate in the tail are tested in one pass (crc.ts), so a tail of look-alike headers costs
// what a real one does.

interface StreamInfo {
  sampleRate: number;
  totalSamples: number;
  maxBlockSize: number;
  maxFrameSize: number;
}

export async function inspectFlac(source: ByteSource): Promise<AudioFacts> {
  const start = await skipId3v2(source);
  if (!isFlacMarker(await source.read(start, 4), 0)) return {};
  let info: StreamInfo | undefined;
  let at = start + 4;
  for (let i = 0; i < MAX_CHUNKS * 2; i++) {
    const header = await source.read(at, 4);
    const length = u24be(header, 1);
    if (length === undefined) return { truncated: "its FLAC metadata stops in mid-block" };
    const flags = header[0] ?? 0;
    if ((flags & 0x7f) === 0) info = parseStreamInfo(await source.read(at + 4, 18));
    at += 4 + length;
    if (flags & 0x80) break;
  }
  const durationSeconds = info === undefined ? undefined : await streamSeconds(source, at, info);
  if (at > source.size) {
    return {
      durationSeconds,
      truncated: cutShort("its FLAC metadata alone claims", at, source.size),
    };
  }
  if (at === source.size)
    return { durationSeconds, truncated: "it holds FLAC metadata but no audio" };
  return { durationSeconds };
}

async function streamSeconds(
  source: ByteSource,
  audioStart: number,
  info: StreamInfo,
): Promise<number | undefined> {
  if (info.sampleRate === 0) return undefined;
  if (info.totalSamples > 0) return info.totalSamples / info.sampleRate;
  return lastFrameSeconds(source, audioStart, info);
}

/** STREAMINFO: block sizes (2+2), frame sizes (3+3), then 20 bits of rate, 3 + 5 bits, 36 bits of samples. */
function parseStreamInfo(b: Uint8Array): StreamInfo | undefined {
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

/** Bytes of the tail searched for the last frame when STREAMINFO does not give its largest size. */
const DEFAULT_TAIL = 64 * 1024;

async function lastFrameSeconds(
  source: ByteSource,
  audioStart: number,
  info: StreamInfo,
): Promise<number | undefined> {
  const wanted = Math.max(DEFAULT_TAIL, info.maxFrameSize + 64);
  const from = Math.max(audioStart, source.size - wanted);
  const tail = await source.read(from, source.size - from);
  const closed = closedCrc16Suffixes(tail, (at) => isFrameSync(tail, at) && tail.length - at > 4);
  for (let k = closed.length - 1; k >= 0; k--) {
    const frame = parseFrameHeader(tail, closed[k] ?? 0, info.maxBlockSize);
    if (frame !== undefined) return (frame.firstSample + frame.blockSize) / info.sampleRate;
  }
  return undefined;
}

/** FLAC's frame sync: 14 ones, a reserved 0, and the blocking-strategy bit. */
export function isFrameSync(b: Uint8Array, at: number): boolean {
  return b[at] === 0xff && ((b[at + 1] ?? 0) & 0xfe) === 0xf8;
}

interface FrameHeader {
  firstSample: number;
  blockSize: number;
}

function parseFrameHeader(
  b: Uint8Array,
  at: number,
  nominalBlock: number,
): FrameHeader | undefined {
  const variable = ((b[at + 1] ?? 0) & 1) === 1;
  const sizeCode = (b[at + 2] ?? 0) >> 4;
  const rateCode = (b[at + 2] ?? 0) & 0x0f;
  const channels = (b[at + 3] ?? 0) >> 4;
  if (sizeCode === 0 || rateCode === 15 || channels > 10 || ((b[at + 3] ?? 0) & 1) === 1)
    return undefined;
  const coded = utf8Number(b, at + 4);
  if (coded === undefined) return undefined;
  let next = at + 4 + coded.length;
  let blockSize = BLOCK_SIZES[sizeCode] ?? 0;
  if (sizeCode === 6) blockSize = (b[next++] ?? 0) + 1;
  if (sizeCode === 7) {
    blockSize = (u16be(b, next) ?? 0) + 1;
    next += 2;
  }
  next += rateCode === 12 ? 1 : rateCode === 13 || rateCode === 14 ? 2 : 0;
  if (next >= b.length || crc8(b, at, next) !== b[next]) return undefined;
  const firstSample = variable ? coded.value : coded.value * nominalBlock;
  return { firstSample, blockSize };
}

/** Block sizes by code: 1 → 192, 2–5 → 576 × 2^(n−2), 8–15 → 256 × 2^(n−8); 6 and 7 follow the header. */
const BLOCK_SIZES: Record<number, number> = {
  1: 192,
  2: 576,
  3: 1152,
  4: 2304,
  5: 4608,
  8: 256,
  9: 512,
  10: 1024,
  11: 2048,
  12: 4096,
  13: 8192,
  14: 16384,
  15: 32768,
};

/** FLAC's "UTF-8" coded frame or sample number: up to 7 bytes, 36 bits. */
function utf8Number(b: Uint8Array, at: number): { value: number; length: number } | undefined {
  const first = b[at];
  if (first === undefined) return undefined;
  if (first < 0x80) return { value: first, length: 1 };
  let length = 0;
  while (length < 8 && first & (0x80 >> length)) length++;
  if (length < 2 || length > 7) return undefined;
  let value = first & (0x7f >> length);
  for (let k = 1; k < length; k++) {
    const byte = b[at + k];
    if (byte === undefined || (byte & 0xc0) !== 0x80) return undefined;
    value = value * 64 + (byte & 0x3f);
  }
  return { value, length };
}
