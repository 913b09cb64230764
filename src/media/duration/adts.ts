import type { ByteSource } from "../bytes.js";
import { parseAdtsHeader } from "../mpeg.js";
import type { AudioFacts } from "./facts.js";
import { id3Truncation, oddityList, skipId3v2 } from "./facts.js";
import type { Frame } from "./frame-scan.js";
import { countFrames } from "./frame-scan.js";
import { findFirstFrame } from "./first-frame.js";

// Raw AAC (ADTS): a bare run of frames with no header for the whole stream, so the frames are
// counted. Encoder priming (1024 samples) and padding are in the count, as a decoder without
// an MP4 edit list plays them: up to 0.05 s at 44.1 kHz.

export async function inspectAdts(source: ByteSource): Promise<AudioFacts> {
  const audioStart = await skipId3v2(source);
  const cut = id3Truncation(audioStart, source.size);
  if (cut !== undefined) return cut;
  const first = await findFirstFrame(source, audioStart, adtsFrame, "AAC frame");
  if (!("at" in first)) return first;
  const durationSeconds = await countFrames(source, first.at, adtsFrame);
  return { durationSeconds, ...oddityList(first.oddity) };
}

function adtsFrame(b: Uint8Array, at: number): Frame | undefined {
  const header = parseAdtsHeader(b, at);
  if (header === undefined) return undefined;
  return {
    length: header.frameLength,
    samples: header.samples,
    sampleRate: header.sampleRate,
    stream: header.sampleRate * 64 + header.channels * 4 + header.profile,
  };
}
