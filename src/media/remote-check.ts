import type { ByteSource } from "./bytes.js";
import { skipId3v2 } from "./duration/facts.js";
import { vbrHeaderSeconds } from "./duration/mp3.js";
import { formatBytes } from "./formats.js";
import { inspectAudio } from "./inspect-audio.js";
import { findMpegFrame, parseMpegFrameHeader } from "./mpeg.js";
import type { RemoteObject } from "./remote-object.js";
import { rangedSource } from "./remote-object.js";
import { sniffAudio, sniffPicture } from "./sniff.js";
import type { MediaKind, SniffedType } from "./types.js";

// The checks of a medium whose bytes are elsewhere (a Git LFS object, audio at a URL), by ranged
// reads: its first 64 KiB tell its type; the duration readers then ask for the ranges they need
// (a second range past a large ID3v2 tag, the tail of an Ogg stream, an MP4 `moov` after the
// media). Only a stream whose headers do not state its length is read whole, and the log says so.

export const REMOTE_HEAD_BYTES = 64 * 1024;

export interface RemoteFacts {
  head: Uint8Array;
  type?: SniffedType;
  durationSeconds?: number;
  truncated?: string;
  /** False when only a read of the whole object could tell the length (and it was not wanted). */
  statesLength?: boolean;
}

export async function inspectRemote(
  kind: MediaKind,
  object: RemoteObject,
  options: {
    signal?: AbortSignal;
    note?: (message: string) => void;
    /** Read a stream without a length header whole to count its frames (default true). */
    readWhole?: boolean;
  },
): Promise<RemoteFacts> {
  const source = rangedSource(object, options.signal);
  const head = await source.read(0, REMOTE_HEAD_BYTES);
  const type = kind === "audio" ? sniffAudio(head) : sniffPicture(head);
  if (type === undefined || kind !== "audio")
    return { head, ...(type === undefined ? {} : { type }) };
  if (!(await statesItsLength(type.type, source))) {
    if (options.readWhole === false) return { head, type, statesLength: false };
    options.note?.(
      `${object.label} (${FORMAT_WORDS[type.type] ?? type.type}) has no header that states its length: all ${formatBytes(object.size)} of it are read to count its frames`,
    );
  }
  const facts = await inspectAudio(type.type, source);
  return { head, type, ...facts };
}

const FORMAT_WORDS: Record<string, string> = {
  mp3: "an MP3 without a Xing/Info or VBRI header",
  aac: "raw AAC (ADTS)",
};

/** False for the streams whose duration only a count of every frame gives. */
async function statesItsLength(type: string, source: ByteSource): Promise<boolean> {
  if (type === "aac") return false;
  if (type !== "mp3") return true;
  const audioStart = await skipId3v2(source);
  const window = await source.read(audioStart, 4096);
  const frameAt = findMpegFrame(window, 0);
  const frame = frameAt === undefined ? undefined : parseMpegFrameHeader(window, frameAt);
  if (frameAt === undefined || frame === undefined || frame.sampleRate === 0) return true;
  return vbrHeaderSeconds(window, frameAt, frame) !== undefined;
}
