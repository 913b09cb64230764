import type { ByteSource } from "../bytes.js";
import { isFlacMarker } from "../mpeg.js";
import { closedCrc16Suffixes } from "./crc.js";
import type { AudioFacts, Oddity } from "./facts.js";
import { JUNK_REACH, TAG_SLACK } from "./first-frame.js";
import { cutShort, oddityList, skipId3v2 } from "./facts.js";
import { isFrameSync, parseFrameHeader } from "./flac-frame.js";
import type { StreamInfo } from "./flac-metadata.js";
import { walkMetadata } from "./flac-metadata.js";

// FLAC: STREAMINFO's total samples / sample rate. An encoder writing to a pipe cannot go back
// to fill in the total and leaves 0 ("unknown"); the length is then where the last frame ends:
// its header numbers its first sample (or its frame, in a fixed-block stream), and its block
// size is the rest. Only the file's tail is read, and the frame is trusted only when both its
// header checksum and its whole-frame checksum match. The whole-frame checksums of every
// candidate in the tail are tested in one pass (crc.ts), so a tail of look-alike headers costs
// what a real one does.

export async function inspectFlac(source: ByteSource): Promise<AudioFacts> {
  const tagEnd = await skipId3v2(source);
  const start = await findFlacMarker(source, tagEnd);
  if (start === undefined) return {};
  const metadata = await walkMetadata(source, start + 4);
  if (metadata.cutInHeader === true) return { truncated: "its FLAC metadata stops in mid-block" };
  const { info, audioStart } = metadata;
  const durationSeconds =
    info === undefined ? undefined : await streamSeconds(source, audioStart, info);
  const tagged =
    start === tagEnd ? (start > 0 ? ID3_BEFORE_FLAC : undefined) : tagSizeOff(tagEnd, start);
  const facts = { durationSeconds, ...oddityList(tagged, ...metadata.oddities) };
  if (audioStart > source.size) {
    return {
      ...facts,
      truncated: cutShort("its FLAC metadata alone claims", audioStart, source.size),
    };
  }
  if (audioStart === source.size)
    return { ...facts, truncated: "it holds FLAC metadata but no audio" };
  return facts;
}

const ID3_BEFORE_FLAC = {
  rule: "id3-before-flac",
  what:
    "has an ID3v2 tag in front of its FLAC stream, which the FLAC format does not have " +
    "(its tags go in VORBIS_COMMENT); players skip it, and so did this check",
};

/**
 * Where `fLaC` is: where the ID3v2 tags end, or, behind a tag whose size field is a few bytes
 * off, the first marker within the slack first-frame.ts allows MP3 frames (as the sniffer finds it).
 */
async function findFlacMarker(source: ByteSource, tagEnd: number): Promise<number | undefined> {
  if (isFlacMarker(await source.read(tagEnd, 4), 0)) return tagEnd;
  if (tagEnd === 0) return undefined;
  const from = Math.max(10, tagEnd - TAG_SLACK);
  const b = await source.read(from, tagEnd - from + JUNK_REACH);
  for (let at = b.indexOf(0x66); at >= 0; at = b.indexOf(0x66, at + 1)) {
    if (isFlacMarker(b, at)) return from + at;
  }
  return undefined;
}

function tagSizeOff(tagEnd: number, start: number): Oddity {
  const off =
    start < tagEnd ? `${tagEnd - start} bytes inside it` : `${start - tagEnd} bytes after it`;
  return {
    rule: "tag-size",
    what:
      `has an ID3v2 tag (which the FLAC format does not have) whose size field says it ends at ` +
      `byte ${tagEnd}, but its FLAC stream starts at byte ${start}, ${off}; players find the ` +
      "stream there, and so did this check",
  };
}

async function streamSeconds(
  source: ByteSource,
  audioStart: number,
  info: StreamInfo,
): Promise<number | undefined> {
  if (info.sampleRate === 0) return undefined;
  if (info.totalSamples > 0) return info.totalSamples / info.sampleRate;
  return lastFrameSeconds(source, audioStart, info);
}

/** Bytes of the tail searched for the last frame when STREAMINFO does not give its largest size. */
const DEFAULT_TAIL = 64 * 1024;

async function lastFrameSeconds(
  source: ByteSource,
  audioStart: number,
  info: StreamInfo,
): Promise<number | undefined> {
  const wanted = Math.max(DEFAULT_TAIL, info.maxFrameSize + 64);
  const from = Math.max(audioStart, source.size - wanted);
  const tail = await source.read(from, source.size - from);
  const closed = closedCrc16Suffixes(tail, (at) => isFrameSync(tail, at) && tail.length - at > 4);
  for (let k = closed.length - 1; k >= 0; k--) {
    const frame = parseFrameHeader(tail, closed[k] ?? 0, info.maxBlockSize);
    if (frame !== undefined) return (frame.firstSample + frame.blockSize) / info.sampleRate;
  }
  return undefined;
}
