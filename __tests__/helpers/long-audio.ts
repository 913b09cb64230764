/**
 * Audio as long as a show, written by the real encoders (ffmpeg with libmp3lame, its AAC
 * encoder, FLAC, libvorbis, libopus; PCM for WAV and AIFF), over 2 MiB each: large enough
 * that "read at most 1 MiB of it" means something. Noise, not silence, so no encoder shrinks
 * it away. Made once per test process into a temporary folder.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LongAudio {
  format: string;
  seconds: number;
  bytes: Buffer;
}

const RECIPES: Record<string, { seconds: number; ext: string; args: string[] }> = {
  mp3: { seconds: 300, ext: "mp3", args: ["-c:a", "libmp3lame", "-b:a", "80k"] },
  m4a: { seconds: 300, ext: "m4a", args: ["-c:a", "aac", "-b:a", "80k"] },
  flac: { seconds: 90, ext: "flac", args: ["-c:a", "flac"] },
  ogg: { seconds: 300, ext: "ogg", args: ["-c:a", "libvorbis", "-q:a", "6"] },
  opus: { seconds: 300, ext: "opus", args: ["-c:a", "libopus", "-b:a", "80k"] },
  wav: { seconds: 90, ext: "wav", args: ["-c:a", "pcm_s16le"] },
  aiff: { seconds: 90, ext: "aiff", args: ["-c:a", "pcm_s16be"] },
};

export const LONG_AUDIO_FORMATS = Object.keys(RECIPES);

// Not among the formats above (which must each read in at most 1 MiB): a fragmented M4A, as
// ffmpeg streams it, in fragments of about a second.
RECIPES["m4a-fragmented"] = {
  seconds: 300,
  ext: "m4a",
  args: [
    "-c:a",
    "aac",
    "-b:a",
    "80k",
    "-movflags",
    "frag_keyframe+empty_moov",
    "-frag_duration",
    "1000000",
  ],
};

let folder: Promise<string> | undefined;
const made = new Map<string, Promise<LongAudio>>();

export function longAudio(format: string): Promise<LongAudio> {
  let audio = made.get(format);
  if (audio === undefined) {
    audio = encode(format);
    made.set(format, audio);
  }
  return audio;
}

async function encode(format: string): Promise<LongAudio> {
  const recipe = RECIPES[format];
  if (recipe === undefined) throw new Error(`no recipe for ${format}`);
  folder ??= mkdtemp(join(tmpdir(), "mp-long-audio-"));
  const out = join(await folder, `${format}.${recipe.ext}`);
  await run("ffmpeg", [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `anoisesrc=d=${recipe.seconds}:r=22050:a=0.2:seed=7`,
    "-ac",
    "1",
    ...recipe.args,
    out,
  ]);
  return { format, seconds: recipe.seconds, bytes: await readFile(out) };
}

/**
 * An ID3v2.3 tag holding one `PRIV` frame of `payloadBytes` (as a large embedded picture makes
 * a tag), to put before an MP3: a reader must skip it with a second range.
 */
export function id3v2Tag(payloadBytes: number): Buffer {
  const owner = Buffer.from("test\0", "latin1");
  const frameBody = Buffer.concat([owner, Buffer.alloc(payloadBytes, 0x55)]);
  const frameHeader = Buffer.alloc(10);
  frameHeader.write("PRIV", 0, "latin1");
  frameHeader.writeUInt32BE(frameBody.length, 4);
  const size = frameHeader.length + frameBody.length;
  const header = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, ...synchsafe(size)]);
  return Buffer.concat([header, frameHeader, frameBody]);
}

function synchsafe(n: number): number[] {
  return [(n >> 21) & 0x7f, (n >> 14) & 0x7f, (n >> 7) & 0x7f, n & 0x7f];
}
