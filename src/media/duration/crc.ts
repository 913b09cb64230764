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

/** Ogg page checksum, over the page with its checksum field read as zero. */
export function oggCrc(b: Uint8Array, from: number, to: number, crcAt: number): number {
  let crc = 0;
  for (let i = from; i < to; i++) {
    const byte = i >= crcAt && i < crcAt + 4 ? 0 : (b[i] ?? 0);
    crc = ((crc << 8) ^ (CRC32[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
  }
  return crc;
}
