#!/usr/bin/env node
// Makes the audio corpus in __tests__/fixtures/audio/: one small file per format and mode the
// duration readers handle, each written by the real encoder (lame, ffmpeg, flac, oggenc,
// opusenc, sox), and manifest.json with the true duration of each: the number of samples that
// went into the encoder, which sox generated exactly. ffmpeg then decodes each file in full, and
// the script stops unless that decode agrees within 0.1 s. `soxi` (where sox reads the format)
// and `ffprobe` (which estimates where headers say nothing) are recorded beside it, for comparison.
//
//   apt-get install -y ffmpeg lame flac sox libsox-fmt-all opus-tools vorbis-tools
//   node scripts/make-audio-corpus.mjs
//
// The tests read only the committed files: CI has none of these tools. Files are kept tiny
// (mono, low sample rates and bitrates, a few seconds) so the whole corpus stays well under
// 2 MB. Every tool runs through execFileSync with an argument list: no shell is involved.
//
// Two files are finished by hand where no Debian tool writes the layout:
// - `mp3-vbri.mp3`: the VBRI header (Fraunhofer's encoder writes it; lame, ffmpeg and sox
//   never do) is built here in front of lame's frames of a VBR stream without a Xing header;
// - `wav-odd-chunk.wav`: a chunk of odd size (with its pad byte) before the data, as some
//   taggers write them; the sound is sox's.
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "__tests__", "fixtures", "audio");
const WORK = mkdtempSync(join(tmpdir(), "audio-corpus-"));

function run(command, args, options = {}) {
  return execFileSync(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
}

/**
 * A mono test signal of exactly `samples` samples at `rate`: a sine sweep for the first half
 * and pink noise for the second, so VBR encoders really vary their bitrate.
 */
function source(rate, samples, bits = 16) {
  const path = join(WORK, `src-${rate}-${samples}-${bits}.wav`);
  const half = Math.floor(samples / 2);
  const tone = join(WORK, `tone-${rate}-${samples}.wav`);
  const noise = join(WORK, `noise-${rate}-${samples}.wav`);
  const common = ["-r", String(rate), "-c", "1", "-n", "-b", String(bits)];
  // -R: fixed seeds, so the noise (and so every file) is the same on every run.
  run("sox", ["-R", "-D", ...common, tone, "synth", `${half}s`, "sine", "200-3000", "vol", "0.5"]);
  run("sox", [
    "-R",
    "-D",
    ...common,
    noise,
    "synth",
    `${samples - half}s`,
    "pinknoise",
    "vol",
    "0.3",
  ]);
  run("sox", ["-R", tone, noise, path]);
  const counted = Number(run("soxi", ["-s", path]).toString().trim());
  if (counted !== samples) throw new Error(`sox made ${counted} samples, not ${samples}`);
  return { path, rate, samples };
}

const corpus = [];

/** Records one finished file: its format, how it was made and the true duration. */
function add(file, { format, mode, made, src, warning }) {
  const warned = warning === undefined ? {} : { warning };
  corpus.push({ file, format, mode, made, ...warned, samples: src.samples, sampleRate: src.rate });
}

const out = (file) => join(OUT, file);

function lame(file, src, args, mode) {
  // lame picks a lower output rate for low bitrates unless told to keep the input's.
  const keepRate = ["--resample", String(src.rate / 1000)];
  run("lame", ["--quiet", "-m", "m", ...keepRate, ...args, src.path, out(file)]);
  const made = args.map((a) => (a.startsWith(WORK) ? basename(a) : a)).join(" ");
  add(file, { format: "mp3", mode, made: `lame ${made}`, src });
}

function ffmpeg(file, src, args, mode, format) {
  run("ffmpeg", ["-loglevel", "error", "-y", "-i", src.path, ...args, out(file)]);
  add(file, { format, mode, made: `ffmpeg ${args.join(" ")}`, src });
}

function sox(file, src, args, mode, format) {
  run("sox", ["-R", src.path, ...args, out(file)]);
  add(file, { format, mode, made: `sox ${args.join(" ")}`, src });
}

function makeMp3(s44, s16, s8, s24) {
  // lame leaves the Info header out when it does not fit in one frame (below ~48 kbit/s).
  lame("mp3-cbr-info.mp3", s44, ["-b", "64"], "MPEG-1 CBR with a LAME Info header");
  lame("mp3-cbr-no-info.mp3", s44, ["-b", "32", "-t"], "MPEG-1 CBR, no Info header");
  lame("mp3-vbr-xing.mp3", s44, ["-V", "9"], "MPEG-1 VBR with a Xing header");
  lame("mp3-vbr-no-xing.mp3", s44, ["-V", "9", "-t"], "MPEG-1 VBR, no Xing header");
  lame("mp3-mpeg2-cbr-info.mp3", s16, ["-b", "40"], "MPEG-2 (16 kHz) CBR with Info header");
  lame("mp3-mpeg2-vbr-no-xing.mp3", s24, ["-V", "9", "-t"], "MPEG-2 (24 kHz) VBR, no Xing");
  lame("mp3-mpeg25-vbr-xing.mp3", s8, ["-V", "9"], "MPEG-2.5 (8 kHz) VBR with Xing header");
  const cover = join(WORK, "cover.jpg");
  const noise = "nullsrc=s=400x400,geq=lum='random(1)*255':cb=128:cr=128";
  run("ffmpeg", ["-loglevel", "error", "-y", "-f", "lavfi", "-i", noise, "-frames:v", "1", cover]);
  lame(
    "mp3-id3-picture.mp3",
    s44,
    ["-b", "64", "--tt", "Big cover", "--ti", cover],
    `ID3v2 tag with a ${Math.round(statSync(cover).size / 1024)} KiB picture before the audio`,
  );
  ffmpeg(
    "mp3-ffmpeg-vbr.mp3",
    s44,
    ["-c:a", "libmp3lame", "-q:a", "9"],
    "VBR by ffmpeg (Xing header with a Lavc tag)",
    "mp3",
  );
  makeVbri(s44);
}

/**
 * lame's VBR frames without a Xing header, behind a hand-built first frame that carries a
 * VBRI header: `VBRI`, version 1, delay, quality, stream bytes, frame count, then a table of
 * contents (entries, scale, entry size, frames per entry). The VBRI frame itself is silent and
 * not counted, as decoders skip it.
 */
function makeVbri(s44) {
  const plain = join(WORK, "vbr-plain.mp3");
  run("lame", ["--quiet", "-m", "m", "--resample", "44.1", "-V", "9", "-t", s44.path, plain]);
  const frames = readFileSync(plain);
  const offsets = mpegFrameOffsets(frames);
  const vbri = Buffer.alloc(208); // MPEG-1 Layer III, 64 kbit/s, 44.1 kHz, mono: 208 bytes.
  vbri.set([0xff, 0xfb, 0x50, 0xc4]);
  const entries = 10;
  const perEntry = Math.ceil(offsets.length / entries);
  vbri.write("VBRI", 36, "latin1");
  vbri.writeUInt16BE(1, 40);
  vbri.writeUInt16BE(1105, 42);
  vbri.writeUInt16BE(75, 44);
  vbri.writeUInt32BE(vbri.length + frames.length, 46);
  vbri.writeUInt32BE(offsets.length, 50);
  vbri.writeUInt16BE(entries, 54);
  vbri.writeUInt16BE(1, 56);
  vbri.writeUInt16BE(2, 58);
  vbri.writeUInt16BE(perEntry, 60);
  for (let i = 0; i < entries; i++) {
    const from = offsets[i * perEntry] ?? frames.length;
    const to = offsets[(i + 1) * perEntry] ?? frames.length;
    vbri.writeUInt16BE(Math.min(0xffff, to - from), 62 + 2 * i);
  }
  writeFileSync(out("mp3-vbri.mp3"), Buffer.concat([vbri, frames]));
  add("mp3-vbri.mp3", {
    format: "mp3",
    mode: "MPEG-1 VBR with a VBRI header (header built here, frames by lame -V 9 -t)",
    made: "lame -V 9 -t, then a VBRI frame in front",
    src: s44,
  });
}

/** Offsets of the MPEG-1 Layer III frames of a file that starts with a frame (no tag). */
function mpegFrameOffsets(b) {
  const kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
  const offsets = [];
  for (let at = 0; at + 4 <= b.length;) {
    if (b[at] !== 0xff || (b[at + 1] & 0xfe) !== 0xfa) throw new Error(`no frame at ${at}`);
    offsets.push(at);
    at += Math.floor((144 * kbps[b[at + 2] >> 4] * 1000) / 44100) + ((b[at + 2] >> 1) & 1);
  }
  return offsets;
}

function makeMp4(s44, s16) {
  ffmpeg("m4a-aac.m4a", s44, ["-c:a", "aac", "-b:a", "24k"], "AAC in MP4, moov after mdat", "m4a");
  ffmpeg(
    "m4a-aac-faststart.m4a",
    s16,
    ["-c:a", "aac", "-b:a", "16k", "-movflags", "+faststart"],
    "AAC in MP4 at 16 kHz, moov first",
    "m4a",
  );
  ffmpeg(
    "aac-adts.aac",
    s44,
    ["-c:a", "aac", "-b:a", "24k", "-f", "adts"],
    "raw AAC (ADTS)",
    "aac",
  );
}

function makeFlac(s8) {
  run("flac", ["--silent", "-5", "-o", out("flac.flac"), s8.path]);
  add("flac.flac", { format: "flac", mode: "STREAMINFO total samples", made: "flac -5", src: s8 });
  // From a pipe, flac knows neither the length beforehand nor can it seek back to fill it in:
  // STREAMINFO then says 0 samples, the length written by streaming encoders.
  const raw = run("sox", ["-R", s8.path, "-t", "raw", "-"]);
  const streamed = run(
    "flac",
    [
      "--silent",
      "--force-raw-format",
      "--endian=little",
      "--sign=signed",
      "--channels=1",
      "--bps=16",
      `--sample-rate=${s8.rate}`,
      "-c",
      "-",
    ],
    { input: raw, stdio: ["pipe", "pipe", "pipe"] },
  );
  writeFileSync(out("flac-streamed.flac"), streamed);
  add("flac-streamed.flac", {
    format: "flac",
    mode: "encoded from a pipe: STREAMINFO total samples 0",
    made: "flac --force-raw-format -c - (stdin to stdout)",
    src: s8,
  });
}

function makeOgg(s22, s16) {
  run("oggenc", ["--quiet", "--serial", "1001", "-q", "-1", "-o", out("ogg-vorbis.ogg"), s22.path]);
  add("ogg-vorbis.ogg", {
    format: "ogg",
    mode: "Vorbis, 22.05 kHz",
    made: "oggenc -q -1",
    src: s22,
  });
  run("opusenc", ["--quiet", "--serial", "1002", "--bitrate", "8", s16.path, out("opus.opus")]);
  add("opus.opus", {
    format: "opus",
    mode: "Opus from 16 kHz input (48 kHz granules, pre-skip)",
    made: "opusenc --bitrate 8",
    src: s16,
  });
}

function makeWav(s8, s8odd) {
  sox("wav-u8.wav", s8, ["-b", "8"], "8-bit unsigned PCM", "wav");
  sox("wav-16.wav", s8, ["-b", "16"], "16-bit PCM", "wav");
  sox("wav-24.wav", s8, ["-b", "24"], "24-bit PCM (WAVE_FORMAT_EXTENSIBLE)", "wav");
  sox("wav-float.wav", s8, ["-e", "floating-point", "-b", "32"], "32-bit float with fact", "wav");
  sox("wav-ima-adpcm.wav", s8, ["-e", "ima-adpcm"], "IMA ADPCM with a fact chunk", "wav");
  sox("wav-u8-odd.wav", s8odd, ["-b", "8"], "8-bit, odd data size", "wav");
  ffmpeg("wav-rf64.wav", s8, ["-c:a", "pcm_s16le", "-rf64", "always"], "RF64 (ds64 chunk)", "wav");
  // ffmpeg writing to a pipe cannot seek back: RIFF and data sizes stay 0xFFFFFFFF.
  const streamed = run("ffmpeg", ["-loglevel", "error", "-i", s8.path, "-f", "wav", "pipe:1"]);
  writeFileSync(out("wav-streamed.wav"), streamed);
  add("wav-streamed.wav", {
    format: "wav",
    mode: "written to a pipe: data size 0xFFFFFFFF",
    made: "ffmpeg -f wav pipe:1",
    src: s8,
    // Read whole, but named: the same placeholder as 0xFFFFFFD8 (wav-data-size-placeholder.wav).
    warning: "audio-wav-data-size",
  });
  makeOddChunkWav(s8odd);
}

/** sox's 8-bit WAV of an odd number of samples with an odd-sized chunk (and pad byte) before the data. */
function makeOddChunkWav(src) {
  const plain = join(WORK, "odd-plain.wav");
  run("sox", ["-R", src.path, "-b", "8", plain]);
  const wav = readFileSync(plain);
  const dataAt = wav.indexOf("data", 12, "latin1");
  // A JUNK chunk of 7 bytes: a reader that forgets the pad byte lands one byte off the data.
  const list = Buffer.from("JUNK\x07\x00\x00\x00sox 14\x00\x00", "latin1");
  const file = Buffer.concat([wav.subarray(0, dataAt), list, wav.subarray(dataAt)]);
  file.writeUInt32LE(file.length - 8, 4);
  writeFileSync(out("wav-odd-chunk.wav"), file);
  add("wav-odd-chunk.wav", {
    format: "wav",
    mode: "odd-sized chunk before the data, odd data size",
    made: "sox -b 8, then a 7-byte JUNK chunk inserted",
    src,
  });
}

function makeAiff(s8) {
  sox("aiff-16.aiff", s8, ["-b", "16"], "AIFF 16-bit", "aiff");
  sox("aiff-24.aiff", s8, ["-b", "24"], "AIFF 24-bit", "aiff");
  ffmpeg("aifc-sowt.aiff", s8, ["-c:a", "pcm_s16le"], "AIFF-C, little-endian `sowt`", "aiff");
}

// Damaged files: real encoder output, then the damage done byte by byte, each as a file from
// the wild has it. Each must still decode in ffmpeg to its true length (checked in measure),
// since the readers must read it as players do: with a warning naming the damage (`warning`,
// the rule the check reports). The source is short (8 kHz, 2.5 s) so each file stays a few KiB.

/** Records a damaged file: `warning` is the rule of the warning the check must give. */
function addDamaged(file, { src, ...entry }) {
  corpus.push({ file, ...entry, samples: src.samples, sampleRate: src.rate });
}

/** An ID3v2 tag's size, 28 bits in four 7-bit bytes. */
function readSyncsafe(b, at) {
  return (
    ((b[at] & 0x7f) << 21) |
    ((b[at + 1] & 0x7f) << 14) |
    ((b[at + 2] & 0x7f) << 7) |
    (b[at + 3] & 0x7f)
  );
}

function writeSyncsafe(b, at, n) {
  for (let i = 0; i < 4; i++) b[at + i] = (n >> (21 - 7 * i)) & 0x7f;
}

/** An ID3v2.3 tag holding a title and an APIC picture of `pictureBytes` (a tag as taggers write it). */
function id3WithPicture(title, picture) {
  const frame = (id, body) => {
    const header = Buffer.alloc(10);
    header.write(id, 0, "latin1");
    header.writeUInt32BE(body.length, 4);
    return Buffer.concat([header, body]);
  };
  const tit2 = frame("TIT2", Buffer.concat([Buffer.from([0]), Buffer.from(title, "latin1")]));
  const apic = frame(
    "APIC",
    Buffer.concat([Buffer.from("\0image/jpeg\0\x03cover\0", "latin1"), picture]),
  );
  const body = Buffer.concat([tit2, apic]);
  const header = Buffer.from("ID3\x03\x00\x00\0\0\0\0", "latin1");
  writeSyncsafe(header, 6, body.length);
  return Buffer.concat([header, body]);
}

function makeDamagedMp3(src) {
  const tagged = join(WORK, "tagged.mp3");
  // lame writes the ID3v2 tag itself; no padding, so its last bytes are a frame's text.
  run("lame", [
    "--quiet",
    "-m",
    "m",
    "--resample",
    "44.1",
    "-b",
    "64",
    "--add-id3v2",
    "--pad-id3v2-size",
    "0",
    "--tt",
    "Night Shift #12",
    "--ta",
    "DJ Example",
    src.path,
    tagged,
  ]);
  const mp3 = readFileSync(tagged);
  const tagSize = readSyncsafe(mp3, 6);
  const over = Buffer.from(mp3);
  writeSyncsafe(over, 6, tagSize + 6);
  writeFileSync(out("mp3-id3-size-over.mp3"), over);
  addDamaged("mp3-id3-size-over.mp3", {
    format: "mp3",
    mode: "ID3v2 size field 6 bytes too large: the first frame starts inside the tag",
    made: "lame -b 64 --add-id3v2, then the tag's size field + 6",
    src,
    warning: "audio-tag-size",
  });
  const under = Buffer.from(mp3);
  writeSyncsafe(under, 6, tagSize - 6);
  writeFileSync(out("mp3-id3-size-under.mp3"), under);
  addDamaged("mp3-id3-size-under.mp3", {
    format: "mp3",
    mode: "ID3v2 size field 6 bytes too small: the tag's last bytes before the first frame",
    made: "lame -b 64 --add-id3v2, then the tag's size field - 6",
    src,
    warning: "audio-junk-before-audio",
  });
  const plain = join(WORK, "plain.mp3");
  run("lame", ["--quiet", "-m", "m", "--resample", "44.1", "-b", "32", "-t", src.path, plain]);
  // The MPEG conformance files start with 215 zero bytes; frames without a Xing header.
  writeFileSync(
    out("mp3-zeros-before.mp3"),
    Buffer.concat([Buffer.alloc(215), readFileSync(plain)]),
  );
  addDamaged("mp3-zeros-before.mp3", {
    format: "mp3",
    mode: "215 zero bytes before the first frame, no Info header (frames counted)",
    made: "lame -b 32 -t, then 215 zero bytes in front",
    src,
    warning: "audio-junk-before-audio",
  });
  // Junk further in than the 64 KiB read to recognise a file: what a broken download manager
  // or a recorder's pre-roll leaves. The random bytes are fixed (a seeded generator), so the
  // file is the same on every run.
  const random = Buffer.alloc(20000);
  for (let i = 0, x = 12345; i < random.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    random[i] = x >>> 24;
  }
  writeFileSync(out("mp3-random-before.mp3"), Buffer.concat([random, readFileSync(plain)]));
  addDamaged("mp3-random-before.mp3", {
    format: "mp3",
    mode: "20,000 random bytes before the first frame, no Info header (frames counted)",
    made: "lame -b 32 -t, then 20,000 random bytes in front",
    src,
    warning: "audio-junk-before-audio",
  });
  writeFileSync(
    out("mp3-many-zeros-before.mp3"),
    Buffer.concat([Buffer.alloc(100000), readFileSync(tagged).subarray(readSyncsafe(mp3, 6) + 10)]),
  );
  addDamaged("mp3-many-zeros-before.mp3", {
    format: "mp3",
    mode: "100,000 zero bytes before the first frame (a LAME Info header), beyond the 64 KiB head",
    made: "lame -b 64 (its ID3v2 tag cut off), then 100,000 zero bytes in front",
    src,
    warning: "audio-junk-before-audio",
  });
}

function makeDamagedFlac(src) {
  const plain = join(WORK, "plain.flac");
  run("flac", [
    "--silent",
    "--no-padding",
    "--no-seektable",
    "-T",
    "TITLE=Night Shift #12",
    "-o",
    plain,
    src.path,
  ]);
  const flac = readFileSync(plain);
  // fLaC, STREAMINFO (4 + 34), then VORBIS_COMMENT, the last block.
  const comment = 4 + 4 + 34;
  if ((flac[comment] & 0x7f) !== 4) throw new Error("flac did not write VORBIS_COMMENT second");
  const longer = Buffer.from(flac);
  longer.writeUIntBE(flac.readUIntBE(comment + 1, 3) + 10, comment + 1, 3);
  writeFileSync(out("flac-comment-size-wrong.flac"), longer);
  addDamaged("flac-comment-size-wrong.flac", {
    format: "flac",
    mode: "VORBIS_COMMENT whose size field claims 10 bytes more than it holds (mutagen #106)",
    made: "flac -T TITLE=…, then the block's size field + 10",
    src,
    warning: "audio-flac-metadata",
    // ffmpeg trusts the size, lands inside the first frame and resyncs at the second: it
    // plays 0.512 s (one 4096-sample block) short. mutagen and this reader find the real end.
    decoderLoses: 4096,
  });
  // A second STREAMINFO after the first, saying twice as many samples: the first counts.
  const info = Buffer.from(flac.subarray(4, 4 + 4 + 34));
  info[0] = 0; // not the last block
  const second = Buffer.from(info);
  const total = second.readUInt32BE(4 + 14);
  second.writeUInt32BE(total * 2, 4 + 14);
  writeFileSync(
    out("flac-second-streaminfo.flac"),
    Buffer.concat([flac.subarray(0, 4), info, second, flac.subarray(4 + 4 + 34)]),
  );
  addDamaged("flac-second-streaminfo.flac", {
    format: "flac",
    mode: "a second STREAMINFO block (claiming twice the samples) after the first",
    made: "flac, then a copy of STREAMINFO with the sample count doubled inserted",
    src,
    warning: "audio-flac-metadata",
    decoderRefuses: "ffmpeg 5.1 and flac 1.4.2 refuse a second STREAMINFO",
  });
  // FLAC behind an ID3v2 tag larger than the 64 KiB read to recognise a file: a tagger's cover.
  const picture = Buffer.alloc(72 * 1024);
  for (let i = 0; i < picture.length; i++) picture[i] = (i * 2654435761) >>> 24;
  writeFileSync(
    out("flac-behind-big-id3.flac"),
    Buffer.concat([id3WithPicture("Night Shift #12", picture), flac]),
  );
  addDamaged("flac-behind-big-id3.flac", {
    format: "flac",
    mode: "behind a 72 KiB ID3v2 tag (larger than the head read to recognise the file)",
    made: "flac, then an ID3v2.3 tag with a 72 KiB APIC frame in front",
    src,
    warning: "audio-id3-before-flac",
  });
  // A PICTURE block (flac --picture) whose size field claims 12 bytes more than it holds.
  const cover = join(WORK, "small-cover.png");
  run("ffmpeg", [
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    "color=c=red:s=16x16",
    "-frames:v",
    "1",
    cover,
  ]);
  const pictured = join(WORK, "pictured.flac");
  run("flac", [
    "--silent",
    "--no-padding",
    "--no-seektable",
    "--picture",
    cover,
    "-o",
    pictured,
    src.path,
  ]);
  const withPicture = readFileSync(pictured);
  let block = 4;
  while ((withPicture[block] & 0x7f) !== 6) {
    if (withPicture[block] & 0x80) throw new Error("flac wrote no PICTURE block");
    block += 4 + withPicture.readUIntBE(block + 1, 3);
  }
  withPicture.writeUIntBE(withPicture.readUIntBE(block + 1, 3) + 12, block + 1, 3);
  writeFileSync(out("flac-picture-size-wrong.flac"), withPicture);
  addDamaged("flac-picture-size-wrong.flac", {
    format: "flac",
    mode: "PICTURE block whose size field claims 12 bytes more than it holds",
    made: "flac --picture cover.png, then the block's size field + 12",
    src,
    warning: "audio-flac-metadata",
    // As for the VORBIS_COMMENT above: ffmpeg lands inside the first frame and plays one block short.
    decoderLoses: 4096,
  });
  // FLAC behind an ID3v2 tag whose size field is 5 bytes short: the tag's last bytes, then fLaC.
  const shortTag = id3WithPicture("Night Shift #12", picture.subarray(0, 2000));
  writeSyncsafe(shortTag, 6, readSyncsafe(shortTag, 6) - 5);
  writeFileSync(out("flac-id3-size-under.flac"), Buffer.concat([shortTag, flac]));
  addDamaged("flac-id3-size-under.flac", {
    format: "flac",
    mode: "behind an ID3v2 tag whose size field is 5 bytes short",
    made: "flac, then an ID3v2.3 tag in front with its size field - 5",
    src,
    warning: "audio-tag-size",
  });
  run("flac", ["--silent", "--ogg", "--serial-number=1003", "-o", out("ogg-flac.oga"), src.path]);
  add("ogg-flac.oga", { format: "ogg", mode: "FLAC in Ogg", made: "flac --ogg", src });
}

function makeDamagedWav(src) {
  const plain = join(WORK, "plain.wav");
  run("sox", ["-R", src.path, "-b", "8", plain]);
  const wav = readFileSync(plain);
  const data = wav.indexOf("data", 12, "latin1");
  const over = Buffer.from(wav);
  over.writeUInt32LE(wav.readUInt32LE(data + 4) + 100000, data + 4);
  writeFileSync(out("wav-data-size-over.wav"), over);
  addDamaged("wav-data-size-over.wav", {
    format: "wav",
    mode: "data size 100,000 bytes larger than the file (the RIFF size is right)",
    made: "sox -b 8, then the data size + 100000",
    src,
    warning: "audio-wav-data-size",
  });
  const placeholder = Buffer.from(wav);
  placeholder.writeUInt32LE(0xffffffd8, data + 4);
  placeholder.writeUInt32LE(0xfffffffc, 4);
  writeFileSync(out("wav-data-size-placeholder.wav"), placeholder);
  addDamaged("wav-data-size-placeholder.wav", {
    format: "wav",
    mode: "data size 0xFFFFFFD8 and RIFF size 0xFFFFFFFC, as some streaming writers leave them",
    made: "sox -b 8, then both sizes set to placeholders",
    src,
    warning: "audio-wav-data-size",
  });
  // INT32_MAX, as writers that keep sizes signed leave it, with a RIFF size that agrees.
  const plain16 = join(WORK, "plain16.wav");
  run("sox", ["-R", src.path, "-b", "16", plain16]);
  const wav16 = readFileSync(plain16);
  const data16 = wav16.indexOf("data", 12, "latin1");
  wav16.writeUInt32LE(0x7fffffff, data16 + 4);
  wav16.writeUInt32LE(0x7fffffff + data16, 4);
  writeFileSync(out("wav-data-size-int32-max.wav"), wav16);
  addDamaged("wav-data-size-int32-max.wav", {
    format: "wav",
    mode: "data size 0x7FFFFFFF and a RIFF size that agrees, far past the end of the file",
    made: "sox -b 16, then the data size 0x7FFFFFFF and the RIFF size to match",
    src,
    warning: "audio-wav-data-size",
  });
}

function makeDamagedMp4(src) {
  const fast = join(WORK, "fast.m4a");
  run("ffmpeg", [
    "-loglevel",
    "error",
    "-y",
    "-i",
    src.path,
    "-c:a",
    "aac",
    "-b:a",
    "12k",
    "-movflags",
    "+faststart",
    fast,
  ]);
  const m4a = readFileSync(fast);
  const mdat = m4a.indexOf("mdat", 0, "latin1") - 4;
  if (mdat + m4a.readUInt32BE(mdat) !== m4a.length) throw new Error("mdat is not the last box");
  const over = Buffer.from(m4a);
  over.writeUInt32BE(m4a.readUInt32BE(mdat) + 37, mdat);
  writeFileSync(out("m4a-last-box-over.m4a"), over);
  addDamaged("m4a-last-box-over.m4a", {
    format: "m4a",
    mode: "last box (mdat) claims 37 bytes more than the file holds; every sample is there",
    made: "ffmpeg -c:a aac -movflags +faststart, then the mdat size + 37",
    src,
    warning: "audio-mp4-box-size",
  });
  // As ffmpeg writes it (moov after the media), `moov` last and claiming 5 bytes more.
  const plain = join(WORK, "plain.m4a");
  run("ffmpeg", ["-loglevel", "error", "-y", "-i", src.path, "-c:a", "aac", "-b:a", "12k", plain]);
  const ordinary = readFileSync(plain);
  const moov = ordinary.lastIndexOf("moov", ordinary.length, "latin1") - 4;
  if (moov + ordinary.readUInt32BE(moov) !== ordinary.length) throw new Error("moov not last");
  ordinary.writeUInt32BE(ordinary.readUInt32BE(moov) + 5, moov);
  writeFileSync(out("m4a-moov-last-over.m4a"), ordinary);
  addDamaged("m4a-moov-last-over.m4a", {
    format: "m4a",
    mode: "last box (moov, after the media) claims 5 bytes more than the file holds",
    made: "ffmpeg -c:a aac, then the moov size + 5",
    src,
    warning: "audio-mp4-box-size",
  });
}

/**
 * Fragmented MP4, as ffmpeg streams it: an empty `moov` (no samples, no durations), then
 * `moof`/`mdat` pairs of 0.1 s each (more top-level boxes than an ordinary file has), then the `mfra` index of the fragments. At
 * 44.1 kHz the AAC priming and padding (no edit list here, so ffmpeg plays them) stay under
 * 0.04 s.
 */
function makeFragmentedMp4(src) {
  const args = ["-c:a", "aac", "-b:a", "24k", "-movflags", "frag_keyframe+empty_moov"];
  ffmpeg(
    "m4a-fragmented.m4a",
    src,
    [...args, "-frag_duration", "100000"],
    "fragmented: empty moov, then moof/mdat pairs, then mfra",
    "m4a",
  );
  const m4a = readFileSync(out("m4a-fragmented.m4a"));
  const mfra = m4a.lastIndexOf("mfra", m4a.length, "latin1") - 4;
  if (mfra + m4a.readUInt32BE(mfra) !== m4a.length) throw new Error("mfra is not the last box");
  m4a.writeUInt32BE(m4a.readUInt32BE(mfra) + 23, mfra);
  writeFileSync(out("m4a-fragmented-mfra-over.m4a"), m4a);
  addDamaged("m4a-fragmented-mfra-over.m4a", {
    format: "m4a",
    mode: "fragmented; its last box (mfra, the fragment index) claims 23 bytes more",
    made: "ffmpeg -movflags frag_keyframe+empty_moov -frag_duration 100000, then the mfra size + 23",
    src,
    warning: "audio-mp4-box-size",
  });
}

/** Formats Mixcloud does not take, written by ffmpeg and speexenc: each must be named. */
function makeUnsupported(src) {
  const formats = [
    ["unsupported-wma.wma", ["-c:a", "wmav2", "-b:a", "32k"], "WMA (ASF)"],
    ["unsupported-webm.webm", ["-c:a", "libopus", "-b:a", "8k"], "WebM"],
    ["unsupported-matroska.mka", ["-c:a", "libvorbis", "-q:a", "0"], "Matroska (MKA/MKV)"],
    ["unsupported-3gp.3gp", ["-c:a", "aac", "-b:a", "12k", "-f", "3gp"], "3GP"],
    ["unsupported-ac3.ac3", ["-c:a", "ac3", "-b:a", "32k"], "AC-3 (Dolby Digital)"],
    ["unsupported-eac3.eac3", ["-c:a", "eac3", "-b:a", "32k"], "E-AC-3 (Dolby Digital Plus)"],
    ["unsupported-3g2.3g2", ["-c:a", "aac", "-b:a", "12k", "-f", "3g2"], "3G2"],
    ["unsupported-wavpack.wv", ["-c:a", "wavpack"], "WavPack"],
  ];
  for (const [file, args, name] of formats) {
    // AC-3 and E-AC-3 take 32 kHz and up only.
    const rate = file.endsWith("ac3") ? ["-ar", "32000"] : [];
    run("ffmpeg", ["-loglevel", "error", "-y", "-i", src.path, ...rate, ...args, out(file)]);
    corpus.push({
      file,
      format: "unsupported",
      mode: name,
      made: `ffmpeg ${args.join(" ")}`,
      unsupported: name,
      samples: src.samples,
      sampleRate: src.rate,
    });
  }
  run("speexenc", ["--quiet", src.path, out("unsupported-speex.spx")]);
  corpus.push({
    file: "unsupported-speex.spx",
    format: "unsupported",
    mode: "Speex",
    made: "speexenc",
    unsupported: "Speex",
    samples: src.samples,
    sampleRate: src.rate,
  });
}

function measure(entry) {
  const path = out(entry.file);
  const seconds = entry.samples / entry.sampleRate;
  const refused = entry.decoderRefuses !== undefined;
  const decoded = refused ? null : decodedSeconds(path);
  // The sample count is the truth by construction; a full decode by ffmpeg (which applies
  // LAME's gapless trim, MP4 edit lists and Opus pre-skip) must agree with it.
  // `decoderLoses`: samples ffmpeg is known to drop from a damaged file; `decoderRefuses`: why
  // ffmpeg does not decode it at all (both said where the file is made).
  const expected = (entry.samples - (entry.decoderLoses ?? 0)) / entry.sampleRate;
  if (!refused && Math.abs(decoded - expected) >= 0.1) {
    throw new Error(`${entry.file}: ffmpeg decodes ${decoded} s, but ${seconds} s went in`);
  }
  return {
    ...entry,
    seconds: Number(seconds.toFixed(6)),
    bytes: statSync(path).size,
    decodedSeconds: decoded === null ? null : Number(decoded.toFixed(6)),
    ffprobeSeconds: refused ? null : ffprobeSeconds(path),
    soxiSeconds: soxiSeconds(path),
  };
}

function ffprobeSeconds(path) {
  const args = ["-v", "error", "-show_entries", "format=duration", "-of", "default=nw=1:nk=1"];
  const seconds = Number(
    run("ffprobe", [...args, path])
      .toString()
      .trim(),
  );
  return Number.isFinite(seconds) ? seconds : null;
}

function soxiSeconds(path) {
  try {
    const seconds = Number(run("soxi", ["-D", path]).toString().trim());
    return Number.isFinite(seconds) ? seconds : null;
  } catch {
    return null; // sox reads neither MP4 nor ADTS nor Opus here
  }
}

/** Seconds of sound ffmpeg decodes from a file: its 16-bit mono samples at the stream's own rate. */
function decodedSeconds(path) {
  const rate = Number(
    run("ffprobe", [
      "-v",
      "error",
      "-select_streams",
      "a:0",
      "-show_entries",
      "stream=sample_rate",
      "-of",
      "default=nw=1:nk=1",
      path,
    ])
      .toString()
      .trim(),
  );
  const pcm = run("ffmpeg", ["-v", "error", "-i", path, "-ac", "1", "-f", "s16le", "pipe:1"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return pcm.length / 2 / rate;
}

function versions() {
  const first = (command, args) => run(command, args).toString().split("\n")[0].trim();
  return {
    lame: first("lame", ["--version"]),
    ffmpeg: first("ffmpeg", ["-version"]),
    flac: first("flac", ["--version"]),
    sox: first("sox", ["--version"]),
    oggenc: first("oggenc", ["--version"]),
    opusenc: first("opusenc", ["--version"]),
    speexenc: first("speexenc", ["--version"]),
  };
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  try {
    const s44 = source(44100, 264600); // 6 s
    const s24 = source(24000, 192000); // 8 s
    const s22 = source(22050, 176400); // 8 s
    const s16 = source(16000, 160000); // 10 s
    const s8 = source(8000, 100000); // 12.5 s
    const s8flac = source(8000, 52000); // 6.5 s
    const s8pcm = source(8000, 26000); // 3.25 s: PCM is big, so short
    const s8odd = source(8000, 24001); // 3.000125 s, an odd byte count at 8 bits
    makeMp3(s44, s16, s8, s24);
    makeMp4(s44, s16);
    makeFragmentedMp4(s44);
    makeFlac(s8flac);
    makeOgg(s22, s16);
    makeWav(s8pcm, s8odd);
    makeAiff(s8pcm);
    const s8short = source(8000, 20000); // 2.5 s
    // MP3 at 44.1 kHz: at 8 kHz a decoder that misses LAME's header plays 0.17 s of encoder
    // delay and padding, more than the 0.1 s the corpus allows.
    makeDamagedMp3(source(44100, 110250)); // 2.5 s
    makeDamagedFlac(s8short);
    makeDamagedWav(s8short);
    makeDamagedMp4(s8short);
    makeUnsupported(s8short);
    const files = corpus.map(measure);
    const manifest = {
      about:
        "True durations of the encoder corpus: samples fed to the encoder / sample rate. " +
        "Made by scripts/make-audio-corpus.mjs; decodedSeconds: ffmpeg's full decode; " +
        "ffprobeSeconds and soxiSeconds: what those tools report. A file with `warning` was " +
        "damaged byte by byte after the encoder and must read with that warning; one with " +
        "`unsupported` is a format Mixcloud does not take and must be named as such.",
      tools: versions(),
      files,
    };
    writeFileSync(join(OUT, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    const total = readdirSync(OUT).reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
    for (const f of files) {
      console.log(
        `${f.file.padEnd(28)} ${String(f.bytes).padStart(7)} B  true ${f.seconds.toFixed(3)} s` +
          `  decoded ${f.decodedSeconds?.toFixed(3) ?? "-"}  ffprobe ${f.ffprobeSeconds?.toFixed(3) ?? "-"}  soxi ${f.soxiSeconds?.toFixed(3) ?? "-"}`,
      );
    }
    console.log(`${files.length} files, ${(total / 1024).toFixed(0)} KiB in ${OUT}`);
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
}

main();
