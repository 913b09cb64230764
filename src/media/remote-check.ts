import type { ByteSource } from "./bytes.js";
import { mp3StatesItsLength } from "./duration/mp3.js";
import { formatBytes } from "./formats.js";
import { inspectAudio } from "./inspect-audio.js";
import type { KeptBlocks, RemoteObject } from "./remote-object.js";
import { rangedSource } from "./remote-object.js";
import type { AudioFacts } from "./inspect-audio.js";
import { sniffSource } from "./sniff.js";
import type { MediaKind, SniffedType } from "./types.js";

// The checks of a medium whose bytes are elsewhere (a Git LFS object, audio at a URL), by ranged
// reads: its first 64 KiB tell its type; the duration readers then ask for the ranges they need
// (a second range past a large ID3v2 tag, the tail of an Ogg stream, an MP4 `moov` after the
// media). Only a stream whose headers do not state its length is read whole, and the log says so.

export const REMOTE_HEAD_BYTES = 64 * 1024;

export interface RemoteFacts extends AudioFacts {
  /** The first bytes; for audio of no known type, the bytes that tell what it is instead. */
  head: Uint8Array;
  type?: SniffedType;
}

export async function inspectRemote(
  kind: MediaKind,
  object: RemoteObject,
  options: {
    signal?: AbortSignal;
    note?: (message: string) => void;
    /**
     * Why a stream without a length header is not read whole to count its frames, for the end
     * of its `lengthUnknown`; without it, such a stream is read whole.
     */
    notReadWhole?: string;
    /** Blocks of the object already read (by the probe of URL audio), not to be asked for again. */
    blocks?: KeptBlocks;
  },
): Promise<RemoteFacts> {
  const source = rangedSource(object, options.signal, options.blocks);
  const head = await source.read(0, REMOTE_HEAD_BYTES);
  // A leading ID3v2 tag larger than the head is skipped by its size before the type is decided.
  const content = await sniffSource(kind, head, source);
  if (content.type === undefined) return { head: content.evidence };
  const type = content.type;
  if (kind !== "audio") return { head, type };
  if (!(await statesItsLength(type.type, source))) {
    if (options.notReadWhole !== undefined) {
      const lengthUnknown = `it is ${FORMAT_WORDS[type.type] ?? type.type}, which has no header that states its length, and ${options.notReadWhole}`;
      return { head, type, lengthUnknown };
    }
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
  return mp3StatesItsLength(source);
}
