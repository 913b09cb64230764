// Small, real media for tests: audio and pictures that pass the media checks by content.
import { readFileSync } from "node:fs";

/**
 * A real WAV: `seconds` of mono 8-bit silence at `sampleRate` (8 kHz by default: 8,000 bytes a
 * second, plus a 44-byte header).
 */
export function wav(seconds = 1, sampleRate = 8000): Buffer {
  const dataBytes = Math.round(sampleRate * seconds);
  return Buffer.concat([wavHeader(dataBytes, sampleRate), Buffer.alloc(dataBytes, 0x80)]);
}

/**
 * The audio of a show as long as a real one (20 minutes by default: over Mixcloud's 15, and past
 * every start the test shows use) that stays small: mono 8-bit at 100 Hz, 100 bytes a second,
 * the WAV `sox -n -r 100 -b 8 -c 1 show.wav trim 0 1200` writes.
 */
export function showAudio(seconds = 20 * 60): Buffer {
  return wav(seconds, 100);
}

/**
 * A real MP3 as long as a show: the frames of a file lame wrote (`lame -b 32 -t`: MPEG-1 CBR at
 * 32 kbit/s, no Info header, 6.03 s), repeated until the stream lasts at least `seconds`. A stream
 * of whole frames stays a valid MP3, and with no Info header its duration is counted frame by
 * frame, as for a file that any encoder wrote without one. About 4 kB a second.
 */
export function showMp3(seconds = 20 * 60): Buffer {
  const frames = readFileSync(new URL("../fixtures/audio/mp3-cbr-no-info.mp3", import.meta.url));
  const copies = Math.ceil(seconds / MP3_FIXTURE_SECONDS);
  return Buffer.concat(Array.from({ length: copies }, () => frames));
}

/** mp3-cbr-no-info.mp3 holds 6 s of sound (a little more in frames): each copy adds at least that. */
const MP3_FIXTURE_SECONDS = 6;

/** A 44-byte PCM WAV header (mono 8-bit at `sampleRate`) announcing `dataBytes` of sound. */
export function wavHeader(dataBytes: number, sampleRate = 8000): Buffer {
  const header = Buffer.alloc(44);
  header.write("RIFF", 0, "ascii");
  header.writeUInt32LE(36 + dataBytes, 4);
  header.write("WAVEfmt ", 8, "ascii");
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // bytes a second: one byte a sample
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write("data", 36, "ascii");
  header.writeUInt32LE(dataBytes, 40);
  return header;
}

/** The smallest valid PNG: one transparent pixel. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);
