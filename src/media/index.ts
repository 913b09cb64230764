// Audio and picture sources of a cloudcast: repo files and URLs, checked before anything is
// published (SPEC §4 "Validate everything first"), and URL media fetched for the upload.
export { checkMedia } from "./check.js";
export { downloadToTemp, MediaDownloadError } from "./download.js";
export type { DownloadedMedia, DownloadOptions } from "./download.js";
export { sniffAudio, sniffPicture, describeContent } from "./sniff.js";
export { AUDIO_EXTENSIONS } from "./formats.js";
export { redactUrl, isLoopbackHost, PRIVATE_ALLOWED, PUBLIC_ONLY } from "./url-policy.js";
export type { UrlPolicy } from "./url-policy.js";
export { createUrlCheckRun } from "./url-check.js";
export type { UrlCheckRun } from "./url-check.js";
export type {
  FileMedia,
  MediaCheck,
  MediaCheckOptions,
  MediaKind,
  ResolvedMedia,
  SniffedType,
  UrlMedia,
} from "./types.js";
