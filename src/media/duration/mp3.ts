import type { ByteSource } from "../bytes.js";
import { ascii, u32be } from "../bytes.js";
import type { MpegFrameHeader } from "../mpeg.js";
import { parseMpegFrameHeader } from "../mpeg.js";
import { findFirstFrame, findFrameChain } from "./first-frame.js";
import type { AudioFacts } from "./facts.js";
import { id3Truncation, oddityList, skipId3v2 } from "./facts.js";
import type { Frame } from "./frame-scan.js";
import { countFrames } from "./frame-scan.js";

// MP3: the frame count of a Xing/Info (LAME, ffmpeg) or VBRI (Fraunhofer) header in the first
// frame, less the encoder delay and padding that LAME's extension records; without such a
// header, the frames themselves are counted. A bitrate estimate (file size / first frame's
// bitrate) is never used: it is wrong for VBR, and for CBR it only looks right.

export async function inspectMp3(source: ByteSource): Promise<AudioFacts> {
  const audioStart = await skipId3v2(source);
  const cut = id3Truncation(audioStart, source.size);
  if (cut !== undefined) return cut;
  const first = await findFirstFrame(source, audioStart, mp3Frame, "MPEG frame");
  if (!("at" in first)) return first;
  const oddities = oddityList(first.oddity);
  const frame = parseMpegFrameHeader(first.window, 0);
  if (frame === undefined) return oddities;
  const fromHeader = vbrHeaderSeconds(first.window, 0, frame);
  const durationSeconds = fromHeader ?? (await countFrames(source, first.at, mp3Frame));
  return { durationSeconds, ...oddities };
}

/**
 * Whether the first frame carries a Xing/Info or VBRI header with the length, so the frames need
 * no count: what a ranged check asks before it reads a remote MP3 whole. True too where there is
 * nothing to count (no frame found): the reader then says why the length is unknown.
 */
export async function mp3StatesItsLength(source: ByteSource): Promise<boolean> {
  const audioStart = await skipId3v2(source);
  if (audioStart >= source.size) return true;
  const first = await findFirstFrame(source, audioStart, mp3Frame, "MPEG frame");
  if (!("at" in first)) return true;
  const frame = parseMpegFrameHeader(first.window, 0);
  if (frame === undefined || frame.sampleRate === 0) return true;
  return vbrHeaderSeconds(first.window, 0, frame) !== undefined;
}

/**
 * Whether MP3 frames follow junk that outgrows the head read to recognise a file (found as
 * findFirstFrame finds them there: several frames in a row, within its reach).
 */
export async function mp3FramesAfterJunk(source: ByteSource): Promise<boolean> {
  return (await findFrameChain(source, 0, mp3Frame)) !== undefined;
}

function mp3Frame(b: Uint8Array, at: number): Frame | undefined {
  const header = parseMpegFrameHeader(b, at);
  if (header?.frameLength === undefined) return undefined;
  return {
    length: header.frameLength,
    samples: header.samplesPerFrame,
    sampleRate: header.sampleRate,
    // Each sample rate belongs to one MPEG version, so rate, layer and mono say it all.
    stream: header.sampleRate * 8 + header.layer * 2 + (header.mono ? 1 : 0),
  };
}

/** Seconds from the first frame's Xing/Info or VBRI header, if it carries one with a frame count. */
export function vbrHeaderSeconds(
  w: Uint8Array,
  frameAt: number,
  frame: MpegFrameHeader,
): number | undefined {
  const sideInfo = frame.version === 1 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
  const xingAt = frameAt + 4 + (frame.crc ? 2 : 0) + sideInfo;
  const tag = ascii(w, xingAt, 4);
  let samples: number | undefined;
  if (tag === "Xing" || tag === "Info") samples = xingSamples(w, xingAt, frame.samplesPerFrame);
  // VBRI sits 32 bytes after the header whatever the mode.
  else if (ascii(w, frameAt + 36, 4) === "VBRI") {
    const frames = u32be(w, frameAt + 36 + 14);
    samples = frames === undefined ? undefined : frames * frame.samplesPerFrame;
  }
  return samples !== undefined && samples > 0 ? samples / frame.sampleRate : undefined;
}

/** Xing flags: which optional fields follow, in this order, and their sizes. */
const XING_FIELDS = [
  { flag: 1, bytes: 4 }, // frames
  { flag: 2, bytes: 4 }, // bytes
  { flag: 4, bytes: 100 }, // table of contents
  { flag: 8, bytes: 4 }, // quality
];

/**
 * The frames a Xing/Info header counts (the header's own frame is not among them, which is
 * how LAME and ffmpeg write it and how decoders read it), times samples per frame, less the
 * delay and padding of a LAME extension ("LAME3.100", "Lavc59.37"), which decoders drop for
 * gapless playback. At 8 kHz these add up to 0.2 s, so they matter even at a 0.1 s tolerance.
 */
function xingSamples(w: Uint8Array, at: number, samplesPerFrame: number): number | undefined {
  const flags = u32be(w, at + 4) ?? 0;
  if ((flags & 1) === 0) return undefined;
  const frames = u32be(w, at + 8);
  if (frames === undefined) return undefined;
  const lameAt = XING_FIELDS.reduce((end, f) => end + (flags & f.flag ? f.bytes : 0), at + 8);
  const total = frames * samplesPerFrame;
  const trimmed = total - lameGapless(w, lameAt);
  return trimmed > 0 ? trimmed : total;
}

/** Encoder delay + padding from a LAME extension, 12 bits each at byte 21; 0 when there is none. */
function lameGapless(w: Uint8Array, at: number): number {
  // The extension starts with the encoder's name: four letters ("LAME", "Lavc", "Lavf", "GOGO").
  if (!/^[A-Za-z]{4}$/.test(ascii(w, at, 4)) || at + 24 > w.length) return 0;
  const b21 = w[at + 21] ?? 0;
  const b22 = w[at + 22] ?? 0;
  const b23 = w[at + 23] ?? 0;
  const delay = (b21 << 4) | (b22 >> 4);
  const padding = ((b22 & 0x0f) << 8) | b23;
  return delay + padding;
}
