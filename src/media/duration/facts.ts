import type { ByteSource } from "../bytes.js";
import { formatBytePair } from "../formats.js";
import { id3v2Length } from "../mpeg.js";

// What every duration reader gives back, and the small helpers they share.

export interface AudioFacts {
  /** How long the audio plays; undefined when the file does not tell it reliably. */
  durationSeconds?: number;
  /** Why the file looks cut short, as a sentence fragment; undefined when it does not. */
  truncated?: string;
  /** What is odd about the file that players read past, and so did the reader. */
  oddities?: Oddity[];
  /** Why the length could not be read, as a sentence fragment, where the reader knows. */
  lengthUnknown?: string;
}

/**
 * A defect a player reads past (a tag size a few bytes off, junk before the first frame, a
 * wrong size field): `rule` is the part after `audio-`; `what` follows the file's name and
 * says what is odd and what was done about it ("starts with 215 zero bytes before its first
 * MPEG frame (at byte 215); players skip them, and so did this check").
 */
export interface Oddity {
  rule: string;
  what: string;
}

/** `{ oddities }` holding those given, or nothing when there are none. */
export function oddityList(...found: (Oddity | undefined)[]): Pick<AudioFacts, "oddities"> {
  const oddities = found.filter((o): o is Oddity => o !== undefined);
  return oddities.length === 0 ? {} : { oddities };
}

/** At most this many chunks/boxes are walked, so a crafted file cannot make a check slow. */
export const MAX_CHUNKS = 64;

export function cutShort(what: string, claimed: number, size: number): string {
  const [stated, held] = formatBytePair(claimed, size);
  return `${what} ${stated} but the file holds only ${held}`;
}

/** Where the audio starts after any ID3v2 tags (several may be chained) at the start. */
export async function skipId3v2(source: ByteSource): Promise<number> {
  let at = 0;
  for (let tags = 0; tags < 4; tags++) {
    const length = id3v2Length(await source.read(at, 10), 0);
    if (length === undefined) break;
    at += length;
  }
  return at;
}

/** The problem with a file whose ID3 tags reach its end, if they do. */
export function id3Truncation(audioStart: number, size: number): AudioFacts | undefined {
  if (audioStart > size) return { truncated: cutShort("its ID3 tag claims", audioStart, size) };
  if (audioStart === size) return { truncated: "it holds an ID3 tag but no audio" };
  return undefined;
}
