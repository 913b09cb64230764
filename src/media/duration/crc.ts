// The checksums that tell a real FLAC frame or Ogg page from bytes that only look like one.
// All three are MSB-first with a zero initial value and no final XOR.

function table(bits: 8 | 16 | 32, polynomial: number): Uint32Array {
  const topBit = 1 << (bits - 1);
  const mask = bits === 32 ? 0xffffffff : (1 << bits) - 1;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let crc = n << (bits - 8);
    for (let k = 0; k < 8; k++) crc = (((crc << 1) ^ (crc & topBit ? polynomial : 0)) & mask) >>> 0;
    t[n] = crc;
  }
  return t;
}

const CRC8 = table(8, 0x07);
const CRC16 = table(16, 0x8005);
const CRC32 = table(32, 0x04c11db7);

/** FLAC frame header checksum (polynomial x^8 + x^2 + x + 1). */
export function crc8(b: Uint8Array, from: number, to: number): number {
  let crc = 0;
  for (let i = from; i < to; i++) crc = CRC8[crc ^ (b[i] ?? 0)] ?? 0;
  return crc;
}

/** FLAC frame checksum (polynomial x^16 + x^15 + x^2 + 1). */
export function crc16(b: Uint8Array, from: number, to: number): number {
  let crc = 0;
  for (let i = from; i < to; i++)
    crc = ((crc << 8) & 0xffff) ^ (CRC16[(crc >> 8) ^ (b[i] ?? 0)] ?? 0);
  return crc;
}

/** Multiplies a CRC-16 register by x^8 (one zero byte through the CRC). */
function timesX8(crc: number): number {
  return ((crc << 8) & 0xffff) ^ (CRC16[crc >> 8] ?? 0);
}

/** Divides a CRC-16 register by x^8 modulo the polynomial (x is invertible: the polynomial is odd). */
function divideByX8(crc: number): number {
  let v = crc;
  for (let k = 0; k < 8; k++) v = v & 1 ? (v ^ 0x18005) >>> 1 : v >>> 1;
  return v;
}
const DIVIDE_LOW = Uint16Array.from({ length: 256 }, (_, n) => divideByX8(n));
const DIVIDE_HIGH = Uint16Array.from({ length: 256 }, (_, n) => divideByX8(n << 8));

/**
 * The offsets `at`, in ascending order and among those `isCandidate` accepts, where `b[at..]`
 * is data followed by its own closing CRC-16 (a FLAC frame that ends where `b` ends): one pass
 * forward, however many candidates there are. The CRC is linear, crc(A‖B) = crc(A)·x^(8|B|) +
 * crc(B), and a message followed by its CRC checks to 0, so `b[at..]` checks out exactly when
 * the running CRC of `b[..at]` equals crc(b)·x^(−8(n−at)): that value is carried forward beside
 * the running CRC, so no candidate costs more than a comparison.
 */
export function closedCrc16Suffixes(b: Uint8Array, isCandidate: (at: number) => boolean): number[] {
  const whole = crc16(b, 0, b.length);
  let target = whole;
  for (let i = 0; i < b.length; i++) {
    target = (DIVIDE_LOW[target & 0xff] ?? 0) ^ (DIVIDE_HIGH[target >> 8] ?? 0);
  }
  const found: number[] = [];
  let running = 0;
  for (let at = 0; at < b.length; at++) {
    if (running === target && isCandidate(at)) found.push(at);
    running = ((running << 8) & 0xffff) ^ (CRC16[(running >> 8) ^ (b[at] ?? 0)] ?? 0);
    target = timesX8(target);
  }
  return found;
}

/** Ogg page checksum, over the page with its checksum field read as zero. */
export function oggCrc(b: Uint8Array, from: number, to: number, crcAt: number): number {
  let crc = 0;
  for (let i = from; i < to; i++) {
    const byte = i >= crcAt && i < crcAt + 4 ? 0 : (b[i] ?? 0);
    crc = ((crc << 8) ^ (CRC32[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
  }
  return crc;
}
