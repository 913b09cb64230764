import { ascii, startsWithBytes } from "./bytes.js";
import { FORMAT_NAMES, sniffed } from "./formats.js";
import {
  findMpegFrame,
  id3v2Length,
  isAdtsHeader,
  isFlacMarker,
  parseMpegFrameHeader,
} from "./mpeg.js";
import type { SniffedType } from "./types.js";

// Format detection by content: the first bytes of a file decide, never its name, because a
// renamed or mislabelled file is exactly the mistake these checks exist to catch.

/** ISO BMFF (`ftyp`) brands of MP4 audio. `mp42`/`isom` are also used by video; Mixcloud takes the audio track. */
const AUDIO_BRANDS = new Set([
  "M4A ",
  "M4B ",
  "M4P ",
  "F4A ",
  "F4B ",
  "mp41",
  "mp42",
  "isom",
  "iso2",
  "iso3",
  "iso4",
  "iso5",
  "iso6",
  "dash",
  "MSNV",
]);
const PICTURE_BRANDS = new Set(["heic", "heix", "mif1", "msf1", "avif", "avis"]);

/** Detects MP3, M4A, AAC (ADTS), FLAC, Ogg/Opus, WAV or AIFF from a file's first bytes. */
export function sniffAudio(head: Uint8Array): SniffedType | undefined {
  const type = audioTypeOf(head);
  return type === undefined ? undefined : sniffed("audio", type);
}

/** Detects JPEG, PNG, GIF or WebP from a file's first bytes. */
export function sniffPicture(head: Uint8Array): SniffedType | undefined {
  const type = pictureTypeOf(head);
  return type === undefined ? undefined : sniffed("picture", type);
}

function audioTypeOf(b: Uint8Array): string | undefined {
  if (id3v2Length(b, 0) !== undefined) return afterId3(b);
  if (isFlacMarker(b, 0)) return "flac";
  if (ascii(b, 0, 4) === "OggS") return ascii(b, 28, 8) === "OpusHead" ? "opus" : "ogg";
  if (isRiff(b, "WAVE") || (ascii(b, 0, 4) === "RF64" && ascii(b, 8, 4) === "WAVE")) return "wav";
  if (ascii(b, 0, 4) === "FORM" && ["AIFF", "AIFC"].includes(ascii(b, 8, 4))) return "aiff";
  if (isAudioMp4(b)) return "m4a";
  if (isAdtsHeader(b, 0)) return "aac";
  if (parseMpegFrameHeader(b, 0) !== undefined) return "mp3";
  return undefined;
}

/**
 * What follows an ID3v2 tag (several may be chained). Mostly MPEG frames, but taggers also
 * put ID3 in front of FLAC and raw AAC. When the tag outgrows the bytes at hand (cover art),
 * the tag itself is the evidence: it is an MP3 tag format.
 */
function afterId3(b: Uint8Array): string {
  let at = 0;
  for (let tags = 0; tags < 4; tags++) {
    const length = id3v2Length(b, at);
    if (length === undefined) break;
    at += length;
  }
  if (at >= b.length) return "mp3";
  if (isFlacMarker(b, at)) return "flac";
  if (isAdtsHeader(b, at)) return "aac";
  const frame = findMpegFrame(b, at);
  if (frame !== undefined && isAdtsHeader(b, frame)) return "aac";
  return "mp3";
}

function isRiff(b: Uint8Array, form: string): boolean {
  return ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === form;
}

/** The major and compatible brands of an ISO BMFF `ftyp` box at the start, if there is one. */
function ftypBrands(b: Uint8Array): string[] | undefined {
  if (ascii(b, 4, 4) !== "ftyp") return undefined;
  const boxSize = new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);
  const end = Math.min(b.length, boxSize);
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, 4));
  return brands;
}

function isAudioMp4(b: Uint8Array): boolean {
  const brands = ftypBrands(b);
  return brands !== undefined && AUDIO_BRANDS.has(brands[0] ?? "");
}

function pictureTypeOf(b: Uint8Array): string | undefined {
  if (startsWithBytes(b, 0, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWithBytes(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a") return "gif";
  if (isRiff(b, "WEBP")) return "webp";
  return undefined;
}

/**
 * What some bytes look like, for "is not audio: it looks like …" messages. Covers the
 * mistakes people make: the wrong kind of medium, a web page saved instead of the file,
 * a video, an archive, a text file.
 */
export interface DescribeOptions {
  /** Show the first bytes of unrecognised data and an MP4 brand (default true; never for a server's answer). */
  quoteBytes?: boolean;
}

export function describeContent(b: Uint8Array, options: DescribeOptions = {}): string {
  const quote = options.quoteBytes ?? true;
  const audio = audioTypeOf(b);
  if (audio !== undefined) return `${FORMAT_NAMES[audio] ?? audio} audio`;
  const picture = pictureTypeOf(b);
  if (picture !== undefined) return `a ${FORMAT_NAMES[picture] ?? picture} picture`;
  return (
    describeOtherBinary(b, quote) ??
    describeText(b) ??
    (quote ? `unrecognised data (it starts with bytes ${hexPrefix(b)})` : "unrecognised data")
  );
}

function describeOtherBinary(b: Uint8Array, quote: boolean): string | undefined {
  const brands = ftypBrands(b);
  if (brands !== undefined) {
    const major = brands[0] ?? "";
    if (PICTURE_BRANDS.has(major)) return "a HEIF/AVIF picture";
    if (major === "qt  ") return "a QuickTime video";
    return quote ? `an MP4 file of brand \`${major.trim()}\`` : "an MP4 file";
  }
  if (ascii(b, 0, 5) === "%PDF-") return "a PDF document";
  if (startsWithBytes(b, 0, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive";
  if (startsWithBytes(b, 0, [0x1f, 0x8b])) return "a gzip archive";
  if (startsWithBytes(b, 0, [0x1a, 0x45, 0xdf, 0xa3])) return "a Matroska/WebM video";
  if (isRiff(b, "AVI ")) return "an AVI video";
  if (ascii(b, 0, 2) === "BM" && b.length >= 14) return "a BMP picture";
  if (ascii(b, 0, 4) === "II*\0" || ascii(b, 0, 4) === "MM\0*") return "a TIFF picture";
  return undefined;
}

function describeText(b: Uint8Array): string | undefined {
  const text = decodeText(b);
  if (text === undefined) return undefined;
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.includes("<html")) {
    return "an HTML page (a download page or an error page, not the file itself)";
  }
  if (start.startsWith("<?xml")) return "an XML document (often a server's error message)";
  if (start.startsWith("{") || start.startsWith("[")) return "JSON text";
  return start.length === 0 ? "blank text" : "text";
}

/** The bytes as UTF-8 text, or undefined when they are binary. */
function decodeText(b: Uint8Array): string | undefined {
  const withoutBom = startsWithBytes(b, 0, [0xef, 0xbb, 0xbf]) ? b.subarray(3) : b;
  // The head may end inside a multi-byte character: allow up to three bytes to be cut off.
  for (let cut = 0; cut <= Math.min(3, withoutBom.length); cut++) {
    try {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(
        withoutBom.subarray(0, withoutBom.length - cut),
      );
      return hasBinaryControl(text) ? undefined : text;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** Control characters other than tab, newlines and form feed, which text files never hold. */
function hasBinaryControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f) return true;
  }
  return false;
}

function hexPrefix(b: Uint8Array): string {
  const bytes = Array.from(b.subarray(0, 8), (x) => x.toString(16).padStart(2, "0"));
  return bytes.length === 0 ? "(none)" : bytes.join(" ");
}
