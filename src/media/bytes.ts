// Small readers over byte arrays that never throw: out-of-range reads give undefined, so a
// truncated header is "not this format" rather than a crash.

export function ascii(b: Uint8Array, at: number, length: number): string {
  if (at < 0 || at + length > b.length) return "";
  return String.fromCharCode(...b.subarray(at, at + length));
}

export function startsWithBytes(b: Uint8Array, at: number, expected: readonly number[]): boolean {
  if (at + expected.length > b.length) return false;
  return expected.every((value, i) => b[at + i] === value);
}

export function u16be(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 2 > b.length) return undefined;
  return ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
}

export function u24be(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 3 > b.length) return undefined;
  return ((b[at] ?? 0) << 16) | ((b[at + 1] ?? 0) << 8) | (b[at + 2] ?? 0);
}

export function u32be(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > b.length) return undefined;
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, false);
}

export function u32le(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 4 > b.length) return undefined;
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(at, true);
}

export function u64be(b: Uint8Array, at: number): number | undefined {
  const high = u32be(b, at);
  const low = u32be(b, at + 4);
  if (high === undefined || low === undefined) return undefined;
  return high * 2 ** 32 + low;
}

/** Reads at an offset of a file (or a buffer); returns fewer bytes at the end of the data. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
  /**
   * Reads from `offset` into `target` and gives the number of bytes read, so a reader going
   * through a whole file can reuse one buffer instead of leaving a new one to the collector
   * at every step. Optional: `read` serves where a source has nothing better.
   */
  readInto?(offset: number, target: Uint8Array): Promise<number>;
}

/** A ByteSource over bytes already in memory. */
export function bufferSource(bytes: Uint8Array, size = bytes.length): ByteSource {
  return {
    size,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

export function u16le(b: Uint8Array, at: number): number | undefined {
  if (at < 0 || at + 2 > b.length) return undefined;
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

/** Exact up to 2^53; larger values (never a real size or sample count) lose precision. */
export function u64le(b: Uint8Array, at: number): number | undefined {
  const low = u32le(b, at);
  const high = u32le(b, at + 4);
  if (high === undefined || low === undefined) return undefined;
  return high * 2 ** 32 + low;
}
