import type { ByteSource } from "../bytes.js";
import { ascii, u16le, u32le, u64le } from "../bytes.js";
import { oggCrc } from "./crc.js";
import { parseStreamInfo } from "./flac-metadata.js";
import type { AudioFacts } from "./facts.js";

// Ogg Vorbis and Opus: a page's granule position counts the samples decoded up to the end of
// that page, so the last page of the stream gives the length; only the first page (for the
// sample rate, or Opus's pre-skip) and the file's tail are read. Opus always counts at 48 kHz
// and its first `pre-skip` samples are not played. A stream that does not start at granule 0
// (cut out of a live stream) would read long; encoders writing files always start at 0.
// When the last page belongs to another stream (a chained file: several streams one after the
// other), the length is the sum of all of them, which the tail alone cannot tell: unknown.

/** The largest Ogg page is 65,307 bytes, so this much of the tail holds at least one whole page. */
const TAIL_BYTES = 128 * 1024;
const PAGE_HEADER = 27;
/**
 * Bytes checksummed while walking back for the last page. A real file's last page is among the
 * first few tried; a tail crafted as thousands of overlapping page look-alikes would otherwise
 * cost each its own checksum of up to 64 KiB. Past the budget the length is unknown.
 */
const CHECKSUM_BUDGET = 4 * TAIL_BYTES;

interface Codec {
  /** Granule positions per second. */
  rate: number;
  /** Granules at the start that are not played (Opus pre-skip). */
  skip: number;
}

export async function inspectOgg(source: ByteSource): Promise<AudioFacts> {
  const first = await source.read(0, 512);
  const serial = u32le(first, 14);
  const codec = firstPacketCodec(first);
  if (ascii(first, 0, 4) !== "OggS" || serial === undefined) return {};
  if (codec === undefined)
    return { lengthUnknown: "its Ogg stream holds a codec whose length is not read" };
  const from = Math.max(0, source.size - TAIL_BYTES);
  const granule = lastGranule(await source.read(from, source.size - from), serial);
  if (granule === undefined || granule <= codec.skip) {
    return { lengthUnknown: "no last Ogg page of its stream was found: a chained or damaged file" };
  }
  return { durationSeconds: (granule - codec.skip) / codec.rate };
}

function firstPacketCodec(page: Uint8Array): Codec | undefined {
  const body = PAGE_HEADER + (page[26] ?? 0);
  if (ascii(page, body, 8) === "OpusHead") {
    return { rate: 48000, skip: u16le(page, body + 10) ?? 0 };
  }
  if (ascii(page, body, 7) === "\x01vorbis") {
    const rate = u32le(page, body + 12);
    return rate ? { rate, skip: 0 } : undefined;
  }
  // Ogg FLAC: 0x7F "FLAC", version (2), header count (2), "fLaC", then a whole STREAMINFO
  // block; its granule positions count samples at the stream's rate.
  if (ascii(page, body, 5) === "\x7fFLAC" && ascii(page, body + 9, 4) === "fLaC") {
    const rate = parseStreamInfo(page.subarray(body + 17, body + 17 + 34))?.sampleRate;
    return rate ? { rate, skip: 0 } : undefined;
  }
  // Speex (which Mixcloud does not take) and the rest: not taken apart here.
  return undefined;
}

/**
 * The granule position of the stream's last page that has one, found by walking back from the
 * end over whole pages whose checksum matches (so "OggS" inside audio data is never taken for a
 * page); undefined when the file's last page is of another stream.
 */
function lastGranule(tail: Uint8Array, serial: number): number | undefined {
  let checked = 0;
  for (
    let at = tail.lastIndexOf(0x4f);
    at >= 0;
    at = at > 0 ? tail.lastIndexOf(0x4f, at - 1) : -1
  ) {
    if (ascii(tail, at, 4) !== "OggS") continue;
    const length = pageLength(tail, at);
    if (length === undefined) continue;
    checked += length;
    if (checked > CHECKSUM_BUDGET) return undefined;
    if (oggCrc(tail, at, at + length, at + 22) !== u32le(tail, at + 22)) continue;
    if (u32le(tail, at + 14) !== serial) return undefined;
    // All ones: no packet ends on this page; an earlier page has the position.
    if (u32le(tail, at + 6) === 0xffffffff && u32le(tail, at + 10) === 0xffffffff) continue;
    return u64le(tail, at + 6);
  }
  return undefined;
}

/** Header, segment table and body; undefined when the page does not end inside `b`. */
function pageLength(b: Uint8Array, at: number): number | undefined {
  const segments = b[at + 26];
  if (b[at + 4] !== 0 || segments === undefined || at + PAGE_HEADER + segments > b.length) {
    return undefined;
  }
  let length = PAGE_HEADER + segments;
  for (let s = 0; s < segments; s++) length += b[at + PAGE_HEADER + s] ?? 0;
  return at + length <= b.length ? length : undefined;
}
