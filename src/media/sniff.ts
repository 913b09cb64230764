import type { ByteSource } from "./bytes.js";
import { ascii, startsWithBytes } from "./bytes.js";
import { AUDIO_CONTENT_TYPES, FORMAT_NAMES, UNSUPPORTED_AUDIO, sniffed } from "./formats.js";
import { mp3FramesAfterJunk } from "./duration/mp3.js";
import { JUNK_REACH as FRAME_REACH, TAG_SLACK } from "./duration/first-frame.js";
import {
  id3v2Length,
  isAdtsHeader,
  isFlacMarker,
  parseAdtsHeader,
  parseMpegFrameHeader,
} from "./mpeg.js";
import type { MediaKind, SniffedType } from "./types.js";

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
  return type === undefined ? undefined : supportedAudio(type);
}

/** The type of a recognised audio format, when it is one Mixcloud takes. */
function supportedAudio(type: string): SniffedType | undefined {
  return type in AUDIO_CONTENT_TYPES ? sniffed("audio", type) : undefined;
}

/** What the bytes of audio are: its type, or the bytes that say what it is instead. */
export type SniffedContent = { type: SniffedType } | { type?: undefined; evidence: Uint8Array };

/** Bytes read where a leading ID3v2 tag ends, to see what follows it. */
const AFTER_TAG_BYTES = 4096;

/**
 * What a whole medium is, from its first bytes and, for audio, one read more where the head
 * cannot tell: when its ID3v2 tag outgrows the head (cover art of a few hundred KiB), the bytes
 * after the tag, so a FLAC or raw AAC behind a big tag is not taken for an MP3 and a WavPack
 * behind one is named as WavPack in the message (those bytes are the evidence).
 */
export async function sniffSource(
  kind: MediaKind,
  head: Uint8Array,
  source: ByteSource,
): Promise<SniffedContent> {
  if (kind !== "audio") return contentOf(sniffPicture(head), head);
  const tagEnd = id3ChainEnd(head);
  if (tagEnd === undefined || tagEnd < head.length) {
    const type = audioTypeOf(head);
    if (type !== undefined) return contentOf(supportedAudio(type), head);
    return contentOf(await mp3BehindJunk(head, source), head);
  }
  // From a little before the tag's stated end, in case its size field is a few bytes off.
  const from = Math.max(0, tagEnd - TAG_SLACK);
  const around = await source.read(from, tagEnd - from + AFTER_TAG_BYTES);
  const type = around.length <= tagEnd - from ? "mp3" : typeAfterTag(around, tagEnd - from);
  const evidence = around.subarray(tagEnd - from);
  return contentOf(supportedAudio(type), evidence);
}

/** The content as a type when there is one, else as the bytes that tell what it is. */
export function contentOf(type: SniffedType | undefined, evidence: Uint8Array): SniffedContent {
  return type === undefined ? { evidence } : { type };
}

/**
 * MP3 frames behind more junk than the head shows (100,000 zero bytes, a download manager's
 * leftovers), looked for only where the head is nothing else: binary, of no known kind (the
 * caller has found no audio format in it).
 */
async function mp3BehindJunk(
  head: Uint8Array,
  source: ByteSource,
): Promise<SniffedType | undefined> {
  const something =
    pictureTypeOf(head) !== undefined ||
    describeOtherBinary(head, false) !== undefined ||
    decodeText(head) !== undefined;
  if (something || !(await mp3FramesAfterJunk(source))) return undefined;
  return sniffed("audio", "mp3");
}

/** The name of an audio format Mixcloud does not take, when the bytes are one. */
export function unsupportedAudioName(head: Uint8Array): string | undefined {
  const type = audioTypeOf(head);
  return type === undefined ? undefined : UNSUPPORTED_AUDIO[type];
}

/** Detects JPEG, PNG, GIF or WebP from a file's first bytes. */
export function sniffPicture(head: Uint8Array): SniffedType | undefined {
  const type = pictureTypeOf(head);
  return type === undefined ? undefined : sniffed("picture", type);
}

/**
 * The format the bytes start with: one Mixcloud takes (a key of AUDIO_CONTENT_TYPES), one it
 * does not (a key of UNSUPPORTED_AUDIO), or undefined.
 */
function audioTypeOf(b: Uint8Array): string | undefined {
  const tagEnd = id3ChainEnd(b);
  if (tagEnd !== undefined) return tagEnd >= b.length ? "mp3" : typeAfterTag(b, tagEnd);
  if (isFlacMarker(b, 0)) return "flac";
  if (ascii(b, 0, 4) === "OggS") return oggTypeOf(b);
  if (isRiff(b, "WAVE") || (ascii(b, 0, 4) === "RF64" && ascii(b, 8, 4) === "WAVE")) return "wav";
  if (ascii(b, 0, 4) === "FORM" && ["AIFF", "AIFC"].includes(ascii(b, 8, 4))) return "aiff";
  if (isAudioMp4(b)) return "m4a";
  if (isAdtsHeader(b, 0)) return "aac";
  if (parseMpegFrameHeader(b, 0) !== undefined) return "mp3";
  return (
    (b[0] === 0 ? framesAfterZeros(b, 0) : undefined) ??
    unsupportedTypeOf(b, 0) ??
    framesAfterJunk(b)
  );
}

/** How far into a file junk before its first MP3 frame is looked past. */
const JUNK_REACH = 4096;

/**
 * MP3 frames after a little junk at the start, as players find them: three headers in a row,
 * each where the one before says its frame ends, which other data practically never holds.
 */
function framesAfterJunk(b: Uint8Array): string | undefined {
  const end = Math.min(b.length, JUNK_REACH);
  for (let at = b.indexOf(0xff); at >= 0 && at < end; at = b.indexOf(0xff, at + 1)) {
    if (chainedFrames(b, at, 3)) return "mp3";
  }
  return undefined;
}

function chainedFrames(b: Uint8Array, from: number, count: number): boolean {
  const first = parseMpegFrameHeader(b, from);
  let at = from;
  for (let i = 0; i < count; i++) {
    const frame = parseMpegFrameHeader(b, at);
    if (frame?.frameLength === undefined || frame.sampleRate !== first?.sampleRate) return false;
    if (frame.layer !== first.layer) return false;
    at += frame.frameLength;
  }
  return true;
}

/**
 * MP3 or raw AAC frames after a run of zero bytes (the MPEG conformance files start with 215
 * of them; some recorders pad the start); undefined when something else follows the zeros.
 */
function framesAfterZeros(b: Uint8Array, from: number): string | undefined {
  let at = from;
  while (at < b.length && b[at] === 0) at++;
  if (isAdtsHeader(b, at)) return "aac";
  return parseMpegFrameHeader(b, at) === undefined ? undefined : "mp3";
}

/** Where a chain of ID3v2 tags at the start ends (taggers sometimes stack a few); undefined without one. */
function id3ChainEnd(b: Uint8Array): number | undefined {
  let at = 0;
  for (let tags = 0; tags < 4; tags++) {
    const length = id3v2Length(b, at);
    if (length === undefined) break;
    at += length;
  }
  return at === 0 ? undefined : at;
}

/**
 * What follows an ID3v2 tag. Mostly MPEG frames, but taggers also put ID3 in front of FLAC,
 * raw AAC and the formats Mixcloud does not take; anything else behind an ID3 tag is taken
 * for MP3, the tag's own format, and left to the duration reader to find its frames.
 */
function typeAfterTag(b: Uint8Array, at: number): string {
  if (isFlacMarker(b, at)) return "flac";
  if (isAdtsHeader(b, at)) return "aac";
  if (parseMpegFrameHeader(b, at) !== undefined) return "mp3";
  return (
    unsupportedTypeOf(b, at) ??
    streamNearTagEnd(b, at) ??
    (framesAfterZeros(b, at) === "aac" ? "aac" : "mp3")
  );
}

/**
 * A tag whose size field is a few bytes off leaves the stream a little before or after where
 * the tag says it ends: looked for over the slack first-frame.ts allows MP3 frames (TAG_SLACK
 * before, its JUNK_REACH after), so a FLAC or raw AAC there is not taken for an MP3. The first of
 * `fLaC`, two ADTS headers in a row, or two MPEG headers in a row decides.
 */
function streamNearTagEnd(b: Uint8Array, tagEnd: number): string | undefined {
  const end = Math.min(b.length, tagEnd + FRAME_REACH);
  for (let at = Math.max(0, tagEnd - TAG_SLACK); at < end; at++) {
    if (isFlacMarker(b, at)) return "flac";
    if (b[at] !== 0xff) continue;
    const adts = parseAdtsHeader(b, at);
    if (adts !== undefined && isAdtsHeader(b, at + adts.frameLength)) return "aac";
    const mpeg = parseMpegFrameHeader(b, at);
    const next =
      mpeg?.frameLength === undefined ? undefined : parseMpegFrameHeader(b, at + mpeg.frameLength);
    if (next !== undefined && next.sampleRate === mpeg?.sampleRate) return "mp3";
  }
  return undefined;
}

/** Ogg by its first packet: Opus, Vorbis and FLAC are taken (as Ogg), Speex is not. */
function oggTypeOf(b: Uint8Array): string {
  const body = 27 + (b[26] ?? 0);
  if (ascii(b, body, 8) === "OpusHead") return "opus";
  if (ascii(b, body, 8) === "Speex   ") return "speex";
  return "ogg";
}

const ASF_GUID = [
  0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c,
];

/** Audio formats Mixcloud does not take, by their magic numbers. */
function unsupportedTypeOf(b: Uint8Array, at: number): string | undefined {
  const magic = ascii(b, at, 4);
  if (startsWithBytes(b, at, ASF_GUID)) return "asf";
  if (startsWithBytes(b, at, [0x1a, 0x45, 0xdf, 0xa3])) return ebmlDocType(b, at);
  if (startsWithBytes(b, at, [0x0b, 0x77]) && b.length >= at + 6) {
    // bsid, the top 5 bits of byte 5: up to 8 (10) is AC-3, 11 to 16 is E-AC-3.
    return (b[at + 5] ?? 0) >> 3 > 10 ? "eac3" : "ac3";
  }
  if (magic === "ADIF") return "adif";
  if (magic === "MAC ") return "ape";
  if (magic === "wvpk") return "wavpack";
  if (magic === "MPCK" || ascii(b, at, 3) === "MP+") return "musepack";
  if (magic === "DSD ") return "dsf";
  if (magic === "FRM8" && ascii(b, at + 12, 4) === "DSD ") return "dsdiff";
  const brands = at === 0 ? ftypBrands(b) : undefined;
  if (brands !== undefined && /^3g2/.test(brands[0] ?? "")) return "3g2";
  if (brands !== undefined && /^3g[a-z]/.test(brands[0] ?? "")) return "3gp";
  return undefined;
}

/** WebM or another Matroska file, by the EBML header's DocType, which comes in its first bytes. */
function ebmlDocType(b: Uint8Array, at: number): string {
  const header = ascii(b, at, Math.min(64, b.length - at));
  return header.includes("webm") ? "webm" : "matroska";
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
  if (audio !== undefined) {
    const either = audio === "webm" || audio === "matroska" ? " or video" : "";
    return `${FORMAT_NAMES[audio] ?? UNSUPPORTED_AUDIO[audio] ?? audio} audio${either}`;
  }
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
