import type { ByteSource } from "./bytes.js";
import { ascii, u16be, u24be, u32be, u32le, u64be } from "./bytes.js";
import { formatBytes } from "./formats.js";
import { findMpegFrame, id3v2Length, parseMpegFrameHeader } from "./mpeg.js";

// Reads what an audio file's own headers say about it: how long it plays, and whether the
// file is shorter than its headers promise (a copy or an export cut short). Every reader
// looks at a bounded number of small header reads, never at the audio itself.

export interface AudioFacts {
  durationSeconds?: number;
  /** Why the file looks cut short, as a sentence fragment; undefined when it does not. */
  truncated?: string;
}

const INSPECTORS: Record<string, (source: ByteSource) => Promise<AudioFacts>> = {
  wav: inspectWav,
  flac: inspectFlac,
  mp3: inspectMp3,
  aiff: inspectAiff,
  m4a: inspectMp4,
};

/** Facts about audio of a known `type`; formats without a cheap header give none. */
export async function inspectAudio(type: string, source: ByteSource): Promise<AudioFacts> {
  const inspect = INSPECTORS[type];
  if (inspect === undefined) return {};
  const facts = await inspect(source);
  const seconds = facts.durationSeconds;
  const sane = seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
  return { ...facts, durationSeconds: sane ? seconds : undefined };
}

/** At most this many chunks/boxes are walked, so a crafted file cannot make a check slow. */
const MAX_CHUNKS = 64;

function cutShort(what: string, claimed: number, size: number): string {
  return `${what} ${formatBytes(claimed)} but the file holds only ${formatBytes(size)}`;
}

async function inspectWav(source: ByteSource): Promise<AudioFacts> {
  const rf64 = ascii(await source.read(0, 4), 0, 4) === "RF64";
  let byteRate: number | undefined;
  let at = 12;
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const header = await source.read(at, 8);
    const id = ascii(header, 0, 4);
    const size = u32le(header, 4);
    if (size === undefined) return {};
    if (id === "fmt ") byteRate = u32le(await source.read(at + 8, 16), 8);
    if (id === "data") return wavData(source.size, at + 8, size, byteRate, rf64);
    at += 8 + size + (size % 2);
  }
  return {};
}

function wavData(
  fileSize: number,
  dataStart: number,
  dataSize: number,
  byteRate: number | undefined,
  rf64: boolean,
): AudioFacts {
  // RF64 keeps the real size elsewhere; 0 and 0xFFFFFFFF mark a WAV written as a stream,
  // whose length was never filled in: the sound then simply runs to the end of the file.
  const unknownLength = rf64 || dataSize === 0 || dataSize === 0xffffffff;
  const available = fileSize - dataStart;
  const seconds = byteRate ? (unknownLength ? available : dataSize) / byteRate : undefined;
  if (!unknownLength && dataStart + dataSize > fileSize) {
    return {
      durationSeconds: seconds,
      truncated: cutShort("its WAV header promises sound data of", dataSize, available),
    };
  }
  return { durationSeconds: seconds };
}

async function inspectFlac(source: ByteSource): Promise<AudioFacts> {
  let durationSeconds: number | undefined;
  let at = 4;
  for (let i = 0; i < MAX_CHUNKS * 2; i++) {
    const header = await source.read(at, 4);
    const length = u24be(header, 1);
    if (length === undefined) return { truncated: "its FLAC metadata stops in mid-block" };
    const flags = header[0] ?? 0;
    if ((flags & 0x7f) === 0) durationSeconds = streamInfoSeconds(await source.read(at + 4, 18));
    at += 4 + length;
    if (flags & 0x80) break;
  }
  if (at > source.size) {
    return {
      durationSeconds,
      truncated: cutShort("its FLAC metadata alone claims", at, source.size),
    };
  }
  if (at === source.size)
    return { durationSeconds, truncated: "it holds FLAC metadata but no audio" };
  return { durationSeconds };
}

/** STREAMINFO: 20 bits of sample rate at bit 80, 36 bits of total samples at bit 108. */
function streamInfoSeconds(info: Uint8Array): number | undefined {
  if (info.length < 18) return undefined;
  const rate = ((info[10] ?? 0) << 12) | ((info[11] ?? 0) << 4) | ((info[12] ?? 0) >> 4);
  const samples = ((info[13] ?? 0) & 0x0f) * 2 ** 32 + (u32be(info, 14) ?? 0);
  return rate > 0 && samples > 0 ? samples / rate : undefined;
}

async function inspectMp3(source: ByteSource): Promise<AudioFacts> {
  let audioStart = 0;
  for (let tags = 0; tags < 4; tags++) {
    const length = id3v2Length(await source.read(audioStart, 10), 0);
    if (length === undefined) break;
    audioStart += length;
  }
  if (audioStart > source.size) {
    return { truncated: cutShort("its ID3 tag claims", audioStart, source.size) };
  }
  if (audioStart === source.size) return { truncated: "it holds an ID3 tag but no audio" };
  const window = await source.read(audioStart, 4096);
  const frameAt = findMpegFrame(window, 0);
  if (frameAt === undefined) return {};
  const seconds = mp3Seconds(window, frameAt, source.size - audioStart - frameAt);
  return { durationSeconds: seconds };
}

/**
 * From the Xing/Info (LAME) or VBRI header's frame count when the first frame carries one;
 * otherwise a constant-bitrate estimate from the first frame's bitrate.
 */
function mp3Seconds(window: Uint8Array, frameAt: number, audioBytes: number): number | undefined {
  const frame = parseMpegFrameHeader(window, frameAt);
  if (frame === undefined || frame.sampleRate === 0) return undefined;
  const sideInfo = frame.version === 1 ? (frame.mono ? 17 : 32) : frame.mono ? 9 : 17;
  const xingAt = frameAt + 4 + sideInfo;
  const xing = ascii(window, xingAt, 4);
  let frames: number | undefined;
  if ((xing === "Xing" || xing === "Info") && ((u32be(window, xingAt + 4) ?? 0) & 1) === 1) {
    frames = u32be(window, xingAt + 8);
  } else if (ascii(window, frameAt + 36, 4) === "VBRI") {
    frames = u32be(window, frameAt + 36 + 14);
  }
  if (frames !== undefined) return (frames * frame.samplesPerFrame) / frame.sampleRate;
  return frame.bitrateKbps > 0 ? (audioBytes * 8) / (frame.bitrateKbps * 1000) : undefined;
}

async function inspectAiff(source: ByteSource): Promise<AudioFacts> {
  let durationSeconds: number | undefined;
  let at = 12;
  for (let i = 0; i < MAX_CHUNKS; i++) {
    const header = await source.read(at, 8);
    const id = ascii(header, 0, 4);
    const size = u32be(header, 4);
    if (size === undefined) break;
    if (id === "COMM") durationSeconds = commSeconds(await source.read(at + 8, 18));
    if (id === "SSND" && at + 8 + size > source.size) {
      const available = source.size - at - 8;
      return {
        durationSeconds,
        truncated: cutShort("its AIFF header promises sound data of", size, available),
      };
    }
    at += 8 + size + (size % 2);
  }
  return { durationSeconds };
}

/** COMM: channels (2), sample frames (4), sample size (2), sample rate (80-bit extended float). */
function commSeconds(comm: Uint8Array): number | undefined {
  const frames = u32be(comm, 2);
  const rate = extendedFloat(comm, 8);
  return frames !== undefined && rate !== undefined && rate > 0 ? frames / rate : undefined;
}

function extendedFloat(b: Uint8Array, at: number): number | undefined {
  const exponent = u16be(b, at);
  const mantissa = u64be(b, at + 2);
  if (exponent === undefined || mantissa === undefined) return undefined;
  return mantissa * 2 ** ((exponent & 0x7fff) - 16383 - 63);
}

async function inspectMp4(source: ByteSource): Promise<AudioFacts> {
  let durationSeconds: number | undefined;
  let at = 0;
  for (let i = 0; i < MAX_CHUNKS && at < source.size; i++) {
    const box = await readBoxHeader(source, at);
    if (box === undefined) break;
    if (at + box.size > source.size) {
      const truncated = cutShort(`its \`${box.type}\` box claims`, box.size, source.size - at);
      return { durationSeconds, truncated };
    }
    if (box.type === "moov")
      durationSeconds = await mvhdSeconds(source, at + box.headerSize, at + box.size);
    at += box.size;
  }
  return { durationSeconds };
}

interface BoxHeader {
  type: string;
  size: number;
  headerSize: number;
}

async function readBoxHeader(source: ByteSource, at: number): Promise<BoxHeader | undefined> {
  const header = await source.read(at, 16);
  const size32 = u32be(header, 0);
  const type = ascii(header, 4, 4);
  if (size32 === undefined || type === "") return undefined;
  // 1: a 64-bit size follows; 0: the box runs to the end of the file.
  const size = size32 === 1 ? u64be(header, 8) : size32 === 0 ? source.size - at : size32;
  const headerSize = size32 === 1 ? 16 : 8;
  return size === undefined || size < headerSize ? undefined : { type, size, headerSize };
}

/** The movie header, among the first children of `moov` (normally the very first). */
async function mvhdSeconds(
  source: ByteSource,
  moov: number,
  moovEnd: number,
): Promise<number | undefined> {
  let at = moov;
  for (let i = 0; i < 8 && at < moovEnd; i++) {
    const box = await readBoxHeader(source, at);
    if (box === undefined) return undefined;
    if (box.type === "mvhd") return mvhdBodySeconds(await source.read(at + box.headerSize, 32));
    at += box.size;
  }
  return undefined;
}

/** mvhd v0: 4 bytes version/flags, 4+4 times, 4 timescale, 4 duration; v1 has 8-byte times. */
function mvhdBodySeconds(body: Uint8Array): number | undefined {
  const version1 = body[0] === 1;
  const timescale = u32be(body, version1 ? 20 : 12);
  const duration = version1 ? u64be(body, 24) : u32be(body, 16);
  return timescale && duration !== undefined ? duration / timescale : undefined;
}
