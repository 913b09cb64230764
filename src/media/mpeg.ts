import { ascii, startsWithBytes } from "./bytes.js";

// MPEG audio (MP3) frame headers, ADTS (raw AAC) headers and ID3v2 tags: just enough to
// recognise them and to read what a duration estimate needs.

export interface MpegFrameHeader {
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  /** 0 for the "free" bitrate, whose frame length the header does not tell. */
  bitrateKbps: number;
  sampleRate: number;
  mono: boolean;
  /** A 16-bit CRC follows the header (protection bit 0), moving everything after it by 2. */
  crc: boolean;
  samplesPerFrame: number;
  /** Bytes from this header to the next, when the bitrate is not free. */
  frameLength?: number;
}

const BITRATES_KBPS: Record<string, readonly number[]> = {
  "1-1": [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  "1-2": [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  "1-3": [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  "2-1": [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  "2-2": [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};

const SAMPLE_RATES: Record<string, readonly number[]> = {
  "1": [44100, 48000, 32000],
  "2": [22050, 24000, 16000],
  "2.5": [11025, 12000, 8000],
};

const VERSION_BITS: Record<number, MpegFrameHeader["version"] | undefined> = { 0: 2.5, 2: 2, 3: 1 };
const LAYER_BITS: Record<number, MpegFrameHeader["layer"] | undefined> = { 1: 3, 2: 2, 3: 1 };

/** Parses an MPEG audio frame header at `at`, or undefined when the bytes cannot be one. */
export function parseMpegFrameHeader(b: Uint8Array, at: number): MpegFrameHeader | undefined {
  if (at + 4 > b.length || b[at] !== 0xff) return undefined;
  const b1 = b[at + 1] ?? 0;
  const b2 = b[at + 2] ?? 0;
  const b3 = b[at + 3] ?? 0;
  if ((b1 & 0xe0) !== 0xe0 || !validHeaderBits(b1, b2, b3)) return undefined;
  const version = VERSION_BITS[(b1 >> 3) & 3];
  const layer = LAYER_BITS[(b1 >> 1) & 3];
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Reserved values: a random 0xFFEx pair in other data usually hits one of them.
  if (version === undefined || layer === undefined) return undefined;
  if (bitrateIndex === 15 || rateIndex === 3 || (b3 & 3) === 2) return undefined;
  const table =
    BITRATES_KBPS[`${version === 1 ? 1 : 2}-${version === 1 ? layer : Math.min(layer, 2)}`];
  const bitrateKbps = table?.[bitrateIndex] ?? 0;
  const sampleRate = SAMPLE_RATES[String(version)]?.[rateIndex] ?? 0;
  const samplesPerFrame = layer === 1 ? 384 : layer === 3 && version !== 1 ? 576 : 1152;
  const padding = (b2 >> 1) & 1;
  const frameLength =
    bitrateKbps === 0
      ? undefined
      : Math.floor(((samplesPerFrame / 8) * bitrateKbps * 1000) / sampleRate) +
        padding * (layer === 1 ? 4 : 1);
  return {
    version,
    layer,
    bitrateKbps,
    sampleRate,
    mono: b3 >> 6 === 3,
    crc: (b1 & 1) === 0,
    samplesPerFrame,
    frameLength,
  };
}

/**
 * The reserved values, tested on the bits before any table is looked at: a search through
 * junk (or a run of 0xFF bytes) meets a sync at almost every byte and must reject it fast.
 */
function validHeaderBits(b1: number, b2: number, b3: number): boolean {
  const version = b1 & 0x18; // 01: reserved
  const layer = b1 & 0x06; // 00: reserved
  const bitrate = b2 & 0xf0; // 1111: bad
  const rate = b2 & 0x0c; // 11: reserved
  return version !== 0x08 && layer !== 0 && bitrate !== 0xf0 && rate !== 0x0c && (b3 & 3) !== 2;
}

/** An ADTS header (raw AAC): the 12-bit sync with layer bits 00, which MPEG audio never uses. */
export function isAdtsHeader(b: Uint8Array, at: number): boolean {
  if (at + 7 > b.length || b[at] !== 0xff) return false;
  const b1 = b[at + 1] ?? 0;
  const frequencyIndex = ((b[at + 2] ?? 0) >> 2) & 0x0f;
  return (b1 & 0xf6) === 0xf0 && frequencyIndex < 13;
}

export interface AdtsHeader {
  /** Bytes from this header to the next (header included). */
  frameLength: number;
  sampleRate: number;
  /** 1024 samples per raw data block, 1 to 4 blocks a frame. */
  samples: number;
  channels: number;
  profile: number;
}

const ADTS_RATES = [
  96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350,
];

/** Parses an ADTS header at `at`, or undefined when the bytes cannot be one. */
export function parseAdtsHeader(b: Uint8Array, at: number): AdtsHeader | undefined {
  if (!isAdtsHeader(b, at)) return undefined;
  const b2 = b[at + 2] ?? 0;
  const b3 = b[at + 3] ?? 0;
  const frameLength = ((b3 & 3) << 11) | ((b[at + 4] ?? 0) << 3) | ((b[at + 5] ?? 0) >> 5);
  const headerLength = (b[at + 1] ?? 0) & 1 ? 7 : 9;
  const sampleRate = ADTS_RATES[(b2 >> 2) & 0x0f] ?? 0;
  if (frameLength <= headerLength || sampleRate === 0) return undefined;
  return {
    frameLength,
    sampleRate,
    samples: 1024 * (((b[at + 6] ?? 0) & 3) + 1),
    channels: ((b2 & 1) << 2) | (b3 >> 6),
    profile: b2 >> 6,
  };
}

/** Total bytes of an ID3v2 tag at `at` (header, body and footer), or undefined when there is none. */
export function id3v2Length(b: Uint8Array, at: number): number | undefined {
  if (ascii(b, at, 3) !== "ID3" || at + 10 > b.length) return undefined;
  const major = b[at + 3] ?? 0xff;
  const flags = b[at + 5] ?? 0;
  const sizeBytes = b.subarray(at + 6, at + 10);
  if (major === 0xff || sizeBytes.some((x) => x >= 0x80)) return undefined;
  // "Syncsafe": seven bits per byte, so the size never contains a false frame sync.
  const size = sizeBytes.reduce((total, x) => total * 128 + x, 0);
  return 10 + size + (flags & 0x10 ? 10 : 0);
}

/** FLAC stream marker, which also follows an ID3 tag in some files. */
export function isFlacMarker(b: Uint8Array, at: number): boolean {
  return startsWithBytes(b, at, [0x66, 0x4c, 0x61, 0x43]);
}
