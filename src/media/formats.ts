import { Limits } from "../constants.js";
import type { MediaKind, SniffedType } from "./types.js";

/**
 * Extensions tried, in this order, for the default audio beside a cloudcast file
 * (`show.yml` → `show.mp3`, …). Matched case-insensitively.
 */
export const AUDIO_EXTENSIONS = [
  "mp3",
  "m4a",
  "aac",
  "flac",
  "ogg",
  "oga",
  "opus",
  "wav",
  "aif",
  "aiff",
] as const;

/** Human names of the formats, for messages. */
export const FORMAT_NAMES: Record<string, string> = {
  mp3: "MP3",
  m4a: "M4A",
  aac: "AAC",
  flac: "FLAC",
  ogg: "Ogg",
  opus: "Opus",
  wav: "WAV",
  aiff: "AIFF",
  jpeg: "JPEG",
  png: "PNG",
  gif: "GIF",
  webp: "WebP",
};

/**
 * Audio formats recognised by content that Mixcloud does not take, by the names people know
 * them by. Each is named in its own message, with a conversion line.
 */
export const UNSUPPORTED_AUDIO: Record<string, string> = {
  asf: "WMA (ASF)",
  webm: "WebM",
  matroska: "Matroska (MKA/MKV)",
  "3gp": "3GP",
  "3g2": "3G2",
  ac3: "AC-3 (Dolby Digital)",
  eac3: "E-AC-3 (Dolby Digital Plus)",
  adif: "AAC in an ADIF header",
  speex: "Speex",
  ape: "Monkey's Audio (APE)",
  wavpack: "WavPack",
  musepack: "Musepack",
  dsf: "DSD (DSF)",
  dsdiff: "DSD (DSDIFF)",
};

export const AUDIO_CONTENT_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  flac: "audio/flac",
  ogg: "audio/ogg",
  opus: "audio/ogg",
  wav: "audio/wav",
  aiff: "audio/aiff",
};

export const PICTURE_CONTENT_TYPES: Record<string, string> = {
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
};

/** What a medium may be, in words, for "is not …" messages. */
export const ACCEPTED_FORMATS: Record<MediaKind, string> = {
  audio: "MP3, M4A/AAC, FLAC, Ogg/Opus, WAV or AIFF",
  picture: "JPEG, PNG, GIF or WebP",
};

export function sizeLimit(kind: MediaKind): number {
  return kind === "audio" ? Limits.audioBytes : Limits.pictureBytes;
}

export function contentTypeTable(kind: MediaKind): Record<string, string> {
  return kind === "audio" ? AUDIO_CONTENT_TYPES : PICTURE_CONTENT_TYPES;
}

export function sniffed(kind: MediaKind, type: string): SniffedType {
  const contentType = contentTypeTable(kind)[type];
  if (contentType === undefined) throw new Error(`no content type for ${kind} type ${type}`);
  return { type, contentType };
}

/** MIME types servers use for each format (several are non-standard but common). */
const MIME_TO_TYPE: Record<string, string> = {
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mpeg3": "mp3",
  "audio/x-mpeg": "mp3",
  "audio/x-mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/m4a": "m4a",
  "audio/x-m4a": "m4a",
  "audio/aac": "aac",
  "audio/aacp": "aac",
  "audio/x-aac": "aac",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
  "audio/ogg": "ogg",
  "application/ogg": "ogg",
  "audio/vorbis": "ogg",
  "audio/opus": "opus",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
  "audio/aiff": "aiff",
  "audio/x-aiff": "aiff",
  "image/jpeg": "jpeg",
  "image/jpg": "jpeg",
  "image/pjpeg": "jpeg",
  "image/png": "png",
  "image/gif": "gif",
  "image/webp": "webp",
};

const EXTENSION_TO_TYPE: Record<string, string> = {
  mp3: "mp3",
  m4a: "m4a",
  m4b: "m4a",
  mp4: "m4a",
  aac: "aac",
  flac: "flac",
  ogg: "ogg",
  oga: "ogg",
  opus: "opus",
  wav: "wav",
  aif: "aiff",
  aiff: "aiff",
  aifc: "aiff",
  jpg: "jpeg",
  jpeg: "jpeg",
  png: "png",
  gif: "gif",
  webp: "webp",
};

/** The bare MIME type of a Content-Type header value, lower-cased (`text/html; charset=…` → `text/html`). */
export function bareMime(contentType: string): string {
  return (contentType.split(";")[0] ?? "").trim().toLowerCase();
}

/** The format a Content-Type names, if it is one of `kind`'s formats. */
export function typeFromMime(kind: MediaKind, contentType: string): SniffedType | undefined {
  const type = MIME_TO_TYPE[bareMime(contentType)];
  return type !== undefined && type in contentTypeTable(kind) ? sniffed(kind, type) : undefined;
}

/** The format a file name's extension suggests, if it is one of `kind`'s formats. */
export function typeFromName(kind: MediaKind, name: string): SniffedType | undefined {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return undefined;
  const type = EXTENSION_TO_TYPE[name.slice(dot + 1).toLowerCase()];
  return type !== undefined && type in contentTypeTable(kind) ? sniffed(kind, type) : undefined;
}

/** `4.5 GiB`, `12.0 MiB`, `900 bytes`: sizes as people read them. */
export function formatBytes(bytes: number): string {
  const units = ["KiB", "MiB", "GiB", "TiB"];
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  let value = bytes;
  let unit = "bytes";
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return `${value.toFixed(1)} ${unit}`;
}

/**
 * Two sizes as people read them, or both in exact bytes when rounding would make them look
 * equal ("claims 293.4 KiB but holds only 293.4 KiB" says nothing).
 */
export function formatBytePair(a: number, b: number): [string, string] {
  if (formatBytes(a) !== formatBytes(b)) return [formatBytes(a), formatBytes(b)];
  return [exactBytes(a), exactBytes(b)];
}

/** `300,454 bytes`. */
export function exactBytes(n: number): string {
  return `${n.toLocaleString("en-US")} byte${n === 1 ? "" : "s"}`;
}

/** `30 s`, `0.2 s`: a duration in milliseconds as people read it. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** `3 minutes`, `0.3 s`: whole minutes as minutes, anything else in seconds. */
export function duration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} minutes` : seconds(ms);
}
