// Bytes and texts the hostile corpus and the property suite are made of: small real media
// (so a file is refused for the reason under test, not for bad audio), and the broken or
// disguised files people and attackers commit.

export { wav as wavBytes, wavHeader, PNG as PNG_BYTES } from "../helpers/media.js";

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
