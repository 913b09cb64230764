// The audio readers' adversarial shapes for the complexity check (scripts/bench/complexity.mjs):
// each reader on input of size n and 2n, in memory, through the bundled readers.
// - FLAC from a pipe (no sample count) whose tail is a run of frame-header look-alikes, each
//   with a valid CRC-8: the last-frame search once checked each one's CRC-16 to the end
//   (quadratic: 512 KiB took 52 s);
// - FLAC whose metadata block's size leads nowhere, then look-alike headers: the search for
//   the first frame;
// - an MP3 without a length header whose frames stop, then junk that puts a sync at every
//   third byte: the frame scan;
// - Ogg whose tail is a run of overlapping page look-alikes, each claiming 16 KiB: the walk
//   back for the last page (its tail and its checksum work are bounded: the time stays flat).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadAudioReaders } from "./audio-readers.mjs";
import { ROOT } from "./common.mjs";

/** FLAC's frame-header CRC-8 (polynomial 0x07). */
function crc8(bytes) {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** A frame header that passes every check but the frame's CRC-16: 4096 samples at 44.1 kHz, stereo. */
function lookAlike(frameNumber) {
  const header = [0xff, 0xf8, 0xc9, 0x18, frameNumber];
  return Buffer.from([...header, crc8(header)]);
}

function repeatTo(size, unit) {
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += unit.length)
    unit.copy(out, at, 0, Math.min(unit.length, size - at));
  return out;
}

/** STREAMINFO: 4096-sample blocks, the largest frame `maxFrame`, 44.1 kHz stereo 16-bit, `total` samples. */
function streamInfo(maxFrame, total, last) {
  const info = Buffer.alloc(38);
  info.set([last ? 0x80 : 0, 0, 0, 34]);
  info.writeUInt16BE(4096, 4);
  info.writeUInt16BE(4096, 6);
  info.writeUIntBE(Math.min(maxFrame, 0xffffff), 11, 3);
  const packed = (44100n << 44n) | (1n << 41n) | (15n << 36n) | BigInt(total);
  info.writeBigUInt64BE(packed, 14);
  return info;
}

function streamedFlacWithLookAlikeTail(size) {
  return Buffer.concat([
    Buffer.from("fLaC"),
    streamInfo(size + 64, 0, true),
    repeatTo(size, lookAlike(1)),
  ]);
}

function flacWithBlockLeadingNowhere(size) {
  const comment = Buffer.from([0x84, 0xff, 0xff, 0xff]); // VORBIS_COMMENT, last, 16 MiB
  return Buffer.concat([
    Buffer.from("fLaC"),
    streamInfo(0, 44100, false),
    comment,
    repeatTo(size, lookAlike(1)),
  ]);
}

async function mp3WithSyncJunk(size) {
  const frames = await readFile(join(ROOT, "__tests__/fixtures/audio/mp3-vbr-no-xing.mp3"));
  return Buffer.concat([frames, repeatTo(size, Buffer.from([0xff, 0xff, 0xfe]))]);
}

async function oggWithPageLookAlikes(size) {
  const opus = await readFile(join(ROOT, "__tests__/fixtures/audio/opus.opus"));
  // A page header and a table of 64 segments of 255 bytes: each claims 16 KiB, which the
  // look-alikes after it fill, so each one's checksum would cover 16 KiB of the tail.
  const page = Buffer.alloc(27 + 64);
  page.write("OggS", 0, "latin1");
  page[26] = 64;
  page.fill(255, 27);
  return Buffer.concat([opus, repeatTo(size, page)]);
}

/** Builds each input once per size, outside the timing. */
function cached(make) {
  const inputs = new Map();
  return async (size) => {
    if (!inputs.has(size)) inputs.set(size, await make(size));
    return inputs.get(size);
  };
}

export async function complexityCases() {
  const { inspectAudio, bufferSource } = await loadAudioReaders();
  const reader = (type, make) => {
    const input = cached(make);
    return async (size) => inspectAudio(type, bufferSource(await input(size)));
  };
  const MiB = 1024 * 1024;
  return [
    {
      reader: "FLAC last frame",
      shape: "a tail of frame-header look-alikes (valid CRC-8), no sample count",
      size: 4 * MiB,
      unit: "bytes",
      run: reader("flac", streamedFlacWithLookAlikeTail),
    },
    {
      reader: "FLAC first frame",
      shape: "a block whose size leads nowhere, then frame-header look-alikes",
      size: 4 * MiB,
      unit: "bytes",
      run: reader("flac", flacWithBlockLeadingNowhere),
    },
    {
      reader: "MP3 frame scan",
      shape: "frames, then junk with a sync every third byte",
      size: 16 * MiB,
      unit: "bytes",
      run: reader("mp3", mp3WithSyncJunk),
    },
    {
      reader: "Ogg last page",
      shape: "a tail of overlapping page look-alikes, each claiming 16 KiB",
      size: 4 * MiB,
      unit: "bytes",
      run: reader("opus", oggWithPageLookAlikes),
    },
  ];
}
