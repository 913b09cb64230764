// Small synthetic media files: just the headers each format is recognised by, with lengths
// chosen by the test, so every case is written in a line and fits in memory.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Cloudcast, ParsedCloudcast } from "../../src/cloudcast/types.js";

export function bytes(...parts: (string | number[] | Uint8Array)[]): Buffer {
  return Buffer.concat(
    parts.map((p) => (typeof p === "string" ? Buffer.from(p, "latin1") : Buffer.from(p))),
  );
}

function u32le(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function u16be(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n);
  return b;
}

/** 16-bit stereo PCM at 44.1 kHz (176 400 bytes a second). `declaredData` defaults to the real size. */
export function wav(dataBytes: number, declaredData = dataBytes): Buffer {
  const fmt = Buffer.alloc(16);
  fmt.writeUInt16LE(1, 0);
  fmt.writeUInt16LE(2, 2);
  fmt.writeUInt32LE(44100, 4);
  fmt.writeUInt32LE(176400, 8);
  fmt.writeUInt16LE(4, 12);
  fmt.writeUInt16LE(16, 14);
  const body = bytes(
    "WAVE",
    "fmt ",
    u32le(16),
    fmt,
    "data",
    u32le(declaredData),
    Buffer.alloc(dataBytes),
  );
  return bytes("RIFF", u32le(body.length + (declaredData - dataBytes)), body);
}

/** STREAMINFO with the given sample rate and total samples, then `audioBytes` of frames. */
export function flac(sampleRate: number, totalSamples: number, audioBytes = 64): Buffer {
  const info = Buffer.alloc(34);
  info.writeUInt16BE(4096, 0);
  info.writeUInt16BE(4096, 2);
  // 20 bits rate, 3 bits channels-1 (1 = stereo), 5 bits bits-per-sample-1 (15), 36 bits samples.
  const packed = (BigInt(sampleRate) << 44n) | (1n << 41n) | (15n << 36n) | BigInt(totalSamples);
  info.writeBigUInt64BE(packed, 10);
  const audio = Buffer.alloc(audioBytes);
  if (audioBytes >= 2) audio.set([0xff, 0xf8]);
  return bytes("fLaC", [0x80, 0, 0, 34], info, audio);
}

/** An MPEG-1 Layer III frame header: 128 kbit/s, 44.1 kHz, stereo (417-byte frames). */
export const MP3_FRAME_HEADER = [0xff, 0xfb, 0x90, 0x00];

/** `frames` CBR MP3 frames (all zero after the header). */
export function mp3Frames(frames: number): Buffer {
  const frame = Buffer.alloc(417);
  frame.set(MP3_FRAME_HEADER);
  return Buffer.concat(Array.from({ length: frames }, () => frame));
}

/** A first frame carrying a Xing header that says the stream has `frames` frames. */
export function xingFrame(frames: number): Buffer {
  const frame = Buffer.alloc(417);
  frame.set(MP3_FRAME_HEADER);
  frame.write("Xing", 36, "latin1");
  frame.writeUInt32BE(1, 40);
  frame.writeUInt32BE(frames, 44);
  return frame;
}

/** An ID3v2.4 tag whose body is `bodyBytes` long, or `declared` long by its header. */
export function id3(bodyBytes: number, declared = bodyBytes): Buffer {
  const size = [21, 14, 7, 0].map((shift) => (declared >> shift) & 0x7f);
  return bytes("ID3", [4, 0, 0], size, Buffer.alloc(bodyBytes));
}

/** AIFF with a COMM chunk (stereo, 16-bit, 44.1 kHz) and an SSND chunk. */
export function aiff(frames: number, soundBytes: number, declaredSound = soundBytes): Buffer {
  const rate = bytes([0x40, 0x0e, 0xac, 0x44, 0, 0, 0, 0, 0, 0]);
  const comm = bytes("COMM", u32be(18), u16be(2), u32be(frames), u16be(16), rate);
  const ssnd = bytes(
    "SSND",
    u32be(declaredSound + 8),
    u32be(0),
    u32be(0),
    Buffer.alloc(soundBytes),
  );
  const body = bytes("AIFF", comm, ssnd);
  return bytes("FORM", u32be(body.length), body);
}

/** M4A: `ftyp` (brand M4A), `moov` with an `mvhd` of timescale/duration, then `mdat`. */
export function m4a(timescale: number, duration: number, mdatBytes = 32, brand = "M4A "): Buffer {
  const ftyp = bytes(u32be(24), "ftyp", brand, u32be(0), brand, "isom");
  const mvhdBody = Buffer.alloc(100);
  mvhdBody.writeUInt32BE(timescale, 12);
  mvhdBody.writeUInt32BE(duration, 16);
  const mvhd = bytes(u32be(108), "mvhd", mvhdBody);
  const moov = bytes(u32be(116), "moov", mvhd);
  const mdat = bytes(u32be(mdatBytes + 8), "mdat", Buffer.alloc(mdatBytes));
  return bytes(ftyp, moov, mdat);
}

/** An Ogg page header; with `opus`, the first packet is an OpusHead. */
export function ogg(opus: boolean): Buffer {
  const header = bytes("OggS", Buffer.alloc(22), [1], [19]);
  return bytes(header, opus ? "OpusHead" : "\x01vorbis", Buffer.alloc(16));
}

export const ADTS = bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc], Buffer.alloc(32));
export const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", Buffer.alloc(64));
export const PNG = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  u32be(13),
  "IHDR",
  Buffer.alloc(17),
);
export const GIF = bytes("GIF89a", Buffer.alloc(32));
export const WEBP = bytes("RIFF", u32le(40), "WEBPVP8 ", Buffer.alloc(32));
export const HTML = bytes("\n<!DOCTYPE html>\n<html><head><title>Download</title></head></html>\n");

export function lfsPointer(size = 123456789): Buffer {
  return bytes(
    "version https://git-lfs.github.com/spec/v1\n" +
      "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n" +
      `size ${size}\n`,
  );
}

/** A valid parsed cloudcast with the given media, as the parser would hand it over. */
export function parsedCloudcast(
  file: string,
  media: Partial<Cloudcast>,
  spans: ParsedCloudcast["spans"] = {},
): ParsedCloudcast {
  return {
    file,
    cloudcast: { title: "A show", tags: [], sections: [], hosts: [], ...media },
    diagnostics: [],
    spans,
  };
}

/** A fresh temporary folder, removed by the returned function. */
export async function tempFolder(
  prefix: string,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
