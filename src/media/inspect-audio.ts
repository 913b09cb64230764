import type { ByteSource } from "./bytes.js";
import { inspectAdts } from "./duration/adts.js";
import { inspectAiff } from "./duration/aiff.js";
import type { AudioFacts } from "./duration/facts.js";
import { inspectFlac } from "./duration/flac.js";
import { inspectMp3 } from "./duration/mp3.js";
import { inspectMp4 } from "./duration/mp4.js";
import { inspectOgg } from "./duration/ogg.js";
import { inspectWav } from "./duration/wav.js";

// Reads what an audio file says about itself: how long it plays, and whether the file is
// shorter than its headers promise (a copy or an export cut short). Each format's reader is in
// duration/. Most read a few small headers (and Ogg and streamed FLAC the file's tail); only a
// stream without any length header (MP3 without Xing/VBRI, raw AAC) is read through, in
// bounded chunks, to count its frames. A duration is exact or absent, never estimated.

export type { AudioFacts, Oddity } from "./duration/facts.js";

const INSPECTORS: Record<string, (source: ByteSource) => Promise<AudioFacts>> = {
  wav: inspectWav,
  flac: inspectFlac,
  mp3: inspectMp3,
  aac: inspectAdts,
  aiff: inspectAiff,
  m4a: inspectMp4,
  ogg: inspectOgg,
  opus: inspectOgg,
};

/** Facts about audio of a known `type` (as sniffAudio names it). */
export async function inspectAudio(type: string, source: ByteSource): Promise<AudioFacts> {
  const inspect = INSPECTORS[type];
  if (inspect === undefined) return {};
  const facts = await inspect(source);
  const seconds = facts.durationSeconds;
  const sane = seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
  return sane ? facts : withoutDuration(facts);
}

function withoutDuration({ durationSeconds: _dropped, ...facts }: AudioFacts): AudioFacts {
  return facts;
}
