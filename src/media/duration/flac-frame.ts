import { u16be } from "../bytes.js";
import { crc8 } from "./crc.js";

// FLAC frame headers: enough to tell a real frame from bytes that look like one (its CRC-8)
// and to read which sample it starts at and how many it holds.

/** FLAC's frame sync: 14 ones, a reserved 0, and the blocking-strategy bit. */
export function isFrameSync(b: Uint8Array, at: number): boolean {
  return b[at] === 0xff && ((b[at + 1] ?? 0) & 0xfe) === 0xf8;
}

export interface FrameHeader {
  firstSample: number;
  blockSize: number;
}

export function parseFrameHeader(
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
