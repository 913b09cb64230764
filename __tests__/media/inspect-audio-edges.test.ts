// The duration readers where files go wrong or get unusual: streams without any length header,
// chained or damaged Ogg, streamed FLAC, tags in odd places. Most cases start from a file of
// the encoder corpus and change what a real tool or accident would change.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { ByteSource } from "../../src/media/bytes.js";
import { bufferSource } from "../../src/media/bytes.js";
import { SCAN_CHUNK_BYTES } from "../../src/media/duration/frame-scan.js";
import { inspectAudio } from "../../src/media/inspect-audio.js";
import { bytes, id3, m4a, mp3Frames } from "./fixtures.js";

const CORPUS = fileURLToPath(new URL("../fixtures/audio/", import.meta.url));
const corpus = (file: string): Buffer => Buffer.from(readFileSync(`${CORPUS}${file}`));

const seconds = async (type: string, file: Uint8Array): Promise<number | undefined> =>
  (await inspectAudio(type, bufferSource(file))).durationSeconds;

/** A source that records every read, to see what a reader costs. */
function countingSource(file: Uint8Array): ByteSource & { reads: number[] } {
  const inner = bufferSource(file);
  const reads: number[] = [];
  return {
    size: inner.size,
    reads,
    read(offset, length) {
      reads.push(length);
      return inner.read(offset, length);
    },
  };
}

describe("MP3 without a Xing or VBRI header: frames counted", () => {
  it("reads a file larger than one chunk in bounded chunks, once through", async () => {
    const file = mp3Frames(3000); // 1.2 MiB of 417-byte frames
    const source = countingSource(file);
    const facts = await inspectAudio("mp3", source);
    expect(facts.durationSeconds).toBeCloseTo((3000 * 1152) / 44100, 9);
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(SCAN_CHUNK_BYTES);
    const total = source.reads.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThan(file.length + SCAN_CHUNK_BYTES + 8192);
  });

  it("reuses one buffer for every chunk where the source can fill one", async () => {
    const file = mp3Frames(6000); // 2.4 MiB: three chunks
    const targets = new Set<Uint8Array>();
    const source: ByteSource = {
      ...bufferSource(file),
      readInto(offset, target) {
        targets.add(target);
        const bytes = file.subarray(offset, offset + target.length);
        target.set(bytes);
        return Promise.resolve(bytes.length);
      },
    };
    const facts = await inspectAudio("mp3", source);
    expect(facts.durationSeconds).toBeCloseTo((6000 * 1152) / 44100, 9);
    expect([...targets].map((t) => t.length)).toEqual([SCAN_CHUNK_BYTES]);
  });

  it("skips a tag in the middle and an ID3v1 tag at the end", async () => {
    const file = bytes(mp3Frames(10), id3(700), mp3Frames(15), "TAG", Buffer.alloc(125));
    expect(await seconds("mp3", file)).toBeCloseTo((25 * 1152) / 44100, 9);
  });

  it("counts two recordings joined end to end (a mix cut together with `cat`)", async () => {
    const one = corpus("mp3-vbr-no-xing.mp3");
    const joined = await seconds("mp3", bytes(one, one));
    expect(Math.abs((joined ?? 0) - 12)).toBeLessThan(0.1);
  });

  it("gives no duration for free-format frames, whose length no header tells", async () => {
    const frame = bytes([0xff, 0xfb, 0x00, 0xc4], Buffer.alloc(400));
    expect(await seconds("mp3", bytes(frame, frame, frame))).toBeUndefined();
  });
});

describe("MP3 headers", () => {
  it("the LAME extension's delay and padding trim the Xing count (0.17 s at 8 kHz)", async () => {
    const file = corpus("mp3-mpeg25-vbr-xing.mp3");
    expect(await seconds("mp3", file)).toBeCloseTo(12.5, 9);
    const lame = file.indexOf("LAME", 0, "latin1");
    file.fill(0, lame + 21, lame + 24);
    expect(await seconds("mp3", file)).toBeCloseTo(12.672, 9);
  });

  it("finds the Xing header after a frame's CRC", async () => {
    const frame = Buffer.alloc(417);
    frame.set([0xff, 0xfa, 0x90, 0x00]); // protection bit 0: a CRC follows the header
    frame.write("Xing", 4 + 2 + 32, "latin1");
    frame.writeUInt32BE(1, 4 + 2 + 36);
    frame.writeUInt32BE(500, 4 + 2 + 40);
    expect(await seconds("mp3", bytes(frame, mp3Frames(3)))).toBeCloseTo((500 * 1152) / 44100, 9);
  });

  it("skips an ID3 tag larger than the head that is read to recognise the file", async () => {
    const file = corpus("mp3-id3-picture.mp3");
    expect(file.indexOf("Info", 0, "latin1")).toBeGreaterThan(64 * 1024);
    expect(await seconds("mp3", file)).toBeCloseTo(6, 1);
  });
});

describe("Ogg", () => {
  it("a chained file (one stream after another) has no duration from its tail", async () => {
    const chained = bytes(corpus("ogg-vorbis.ogg"), corpus("opus.opus"));
    expect(await seconds("ogg", chained)).toBeUndefined();
  });

  it("a damaged or cut last page is passed over for the last sound one", async () => {
    const whole = corpus("opus.opus");
    const damaged = Buffer.from(whole);
    damaged[damaged.length - 10] = (damaged[damaged.length - 10] ?? 0) ^ 0xff;
    const cut = whole.subarray(0, whole.length - 10);
    for (const file of [damaged, cut]) {
      const read = await seconds("opus", file);
      expect(read).toBeGreaterThan(8);
      expect(read).toBeLessThan(10);
    }
  });
});

describe("FLAC", () => {
  it("a stream without a total is measured to its last frame, or not at all when that is damaged", async () => {
    const file = corpus("flac-streamed.flac");
    expect(await seconds("flac", file)).toBeCloseTo(6.5, 9);
    const damaged = Buffer.from(file);
    damaged[damaged.length - 3] = (damaged[damaged.length - 3] ?? 0) ^ 0xff;
    expect(await seconds("flac", damaged)).toBeUndefined();
    expect(await seconds("flac", file.subarray(0, file.length - 100))).toBeUndefined();
  });

  it("reads FLAC and raw AAC behind an ID3 tag", async () => {
    expect(await seconds("flac", bytes(id3(300), corpus("flac.flac")))).toBeCloseTo(6.5, 9);
    const aac = await seconds("aac", bytes(id3(300), corpus("aac-adts.aac")));
    expect(Math.abs((aac ?? 0) - 6)).toBeLessThan(0.1);
  });
});

describe("WAV and MP4", () => {
  it("a streamed WAV that stops inside a sample frame counts whole frames only", async () => {
    const file = corpus("wav-streamed.wav"); // 8 kHz 16-bit mono: 16,000 bytes a second
    expect(await seconds("wav", bytes(file, [0x12]))).toBeCloseTo(3.25, 9);
  });

  it("MP4: the audio track's edited duration, not the media's with its priming samples", async () => {
    const file = corpus("m4a-aac-faststart.m4a");
    expect(await seconds("m4a", file)).toBeCloseTo(10, 9);
    const tkhd = file.indexOf("tkhd", 0, "latin1");
    file.writeUInt32BE(0, tkhd + 4 + 20);
    const media = await seconds("m4a", file);
    expect(media).toBeGreaterThan(10.06); // 1024 priming samples at 16 kHz
    expect(media).toBeLessThan(10.2);
  });

  it("MP4 that says no duration (a fragmented file) gives none", async () => {
    expect(await seconds("m4a", m4a(1000, 0))).toBeUndefined();
  });
});
