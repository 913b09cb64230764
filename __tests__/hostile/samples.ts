// Bytes and texts the hostile corpus and the property suite are made of: small real media
// (so a file is refused for the reason under test, not for bad audio), and the broken or
// disguised files people and attackers commit.

/** A real WAV: `seconds` of 8 kHz mono 8-bit silence, so a companion show is valid. */
export function wavBytes(seconds = 1): Buffer {
  const dataBytes = 8000 * seconds;
  return Buffer.concat([wavHeader(dataBytes), Buffer.alloc(dataBytes, 0x80)]);
}

/** A 44-byte PCM WAV header announcing `dataBytes` of sound. */
export function wavHeader(dataBytes: number): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** The smallest valid PNG: one transparent pixel. */
export const PNG_BYTES = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/** One MPEG-1 Layer III frame (128 kbps, 44.1 kHz) of silence: real MP3 audio. */
export const MP3_FRAME = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]);

export const HTML_PAGE = Buffer.from(
  "<!DOCTYPE html>\n<html><head><title>Download</title></head><body><a href=x>Click here</a></body></html>\n",
);

/** A ZIP archive's local file header and some of its payload: what a zipped mix looks like. */
export const ZIP_BYTES = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]),
  Buffer.alloc(200, 0x42),
]);

export const PDF_BYTES = Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

/** A FLAC file cut inside its STREAMINFO block (a copy that stopped early). */
export const TRUNCATED_FLAC = Buffer.concat([
  Buffer.from("fLaC", "ascii"),
  Buffer.from([0x80, 0x00, 0x00, 0x22]),
  Buffer.alloc(10),
]);

/** What `git lfs` leaves in place of the file when a checkout lacks `lfs: true`. */
export function lfsPointer(size: number, version = "https://git-lfs.github.com/spec/v1"): Buffer {
  return Buffer.from(
    `version ${version}\noid sha256:${"4d7a2146".repeat(8)}\nsize ${size}\n`,
    "ascii",
  );
}

/** Random-looking but fixed binary garbage (a linear congruential sequence), with no line breaks. */
export function garbage(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = 0x80 | ((state >> 16) % 0x80);
  }
  return bytes;
}

/**
 * The classic "billion laughs": each level a list of `width` aliases to the level before, so
 * `levels` lines stand for width^levels values once expanded.
 */
export function billionLaughs(levels: number, width: number): string {
  const first = Array<string>(width).fill('"lol"').join(", ");
  let text = `title: Laughs\nlol0: &l0 [${first}]\n`;
  for (let i = 1; i < levels; i++) {
    text += `lol${i}: &l${i} [${Array<string>(width)
      .fill(`*l${i - 1}`)
      .join(", ")}]\n`;
  }
  return text;
}

/** A title line, then `count` unknown keys, one a line: more problems than are ever listed. */
export function manyUnknownKeys(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `extra${i}: value`);
  return `title: Too many problems\n${lines.join("\n")}\n`;
}

/** A YAML block list nested `depth` levels deep, one level a line. */
export function deepBlockList(depth: number): string {
  const lines = Array.from({ length: depth }, (_, i) => `${" ".repeat(i * 2)}-`);
  return `title: Deep\ntracks:\n${lines.join("\n")} x\n`;
}

/** A block mapping nested `depth` levels deep, one key a line. */
export function deepBlockMap(depth: number): string {
  const lines = Array.from({ length: depth }, (_, i) => `${" ".repeat(i)}k${i}:`);
  return `title: Deep\n${lines.join("\n")} v\n`;
}
