import { describe, expect, it } from "vitest";
import { bufferSource } from "../../src/media/bytes.js";
import { inspectAudio } from "../../src/media/inspect-audio.js";
import { aiff, bytes, flac, id3, m4a, mp3Frames, wav, xingFrame } from "./fixtures.js";

const inspect = (type: string, file: Buffer, size = file.length) =>
  inspectAudio(type, bufferSource(file, size));

describe("inspectAudio durations", () => {
  it("WAV: data size / byte rate", async () => {
    expect(await inspect("wav", wav(176400 * 2))).toEqual({ durationSeconds: 2 });
  });

  it("WAV written as a stream (data size 0xFFFFFFFF): runs to the end of the file, named", async () => {
    const file = wav(176400);
    file.writeUInt32LE(0xffffffff, 40);
    expect(await inspect("wav", file)).toEqual({
      durationSeconds: 1,
      oddities: [
        {
          rule: "wav-data-size",
          what:
            "has a WAV data size of 0xFFFFFFFF, a placeholder that streaming writers leave; " +
            "the file holds 172.3 KiB of sound, and the length is read from that",
        },
      ],
    });
  });

  it("WAV with a chunk before the data", async () => {
    const plain = wav(176400);
    const list = bytes("LIST", [3, 0, 0, 0], "abc", [0]);
    const file = bytes(plain.subarray(0, 36), list, plain.subarray(36));
    expect(await inspect("wav", file)).toEqual({ durationSeconds: 1 });
  });

  it("FLAC: STREAMINFO total samples / sample rate", async () => {
    expect(await inspect("flac", flac(48000, 48000 * 90))).toEqual({ durationSeconds: 90 });
  });

  it("AIFF: COMM sample frames / 80-bit sample rate", async () => {
    expect(await inspect("aiff", aiff(44100 * 3, 40))).toEqual({ durationSeconds: 3 });
  });

  it("M4A: mvhd duration / timescale", async () => {
    expect(await inspect("m4a", m4a(600, 600 * 125))).toEqual({ durationSeconds: 125 });
  });

  it("MP3 with a Xing header: frame count × 1152 / 44100", async () => {
    const file = bytes(id3(50), xingFrame(44100), mp3Frames(3));
    expect(await inspect("mp3", file)).toEqual({ durationSeconds: 1152 });
  });

  it("MP3 without a Xing header: its frames are counted, not estimated from the first", async () => {
    const file = bytes(id3(90), mp3Frames(40));
    expect((await inspect("mp3", file)).durationSeconds).toBeCloseTo((40 * 1152) / 44100, 9);
  });

  it("VBR MP3 without a Xing header: not estimated from the first frame's bitrate", async () => {
    // A 128 kbit/s frame, then 50 at 32 kbit/s (104 bytes): an estimate from the first would say 0.35 s.
    const slow = Buffer.alloc(104);
    slow.set([0xff, 0xfb, 0x10, 0x00]);
    const file = bytes(mp3Frames(1), ...Array.from({ length: 50 }, () => slow));
    expect((await inspect("mp3", file)).durationSeconds).toBeCloseTo((51 * 1152) / 44100, 9);
  });

  it("Ogg without a codec it reads gives no length, and says why", async () => {
    expect(await inspect("ogg", bytes("OggS", Buffer.alloc(40)))).toEqual({
      lengthUnknown: "its Ogg stream holds a codec whose length is not read",
    });
  });
});

describe("inspectAudio truncation", () => {
  it("WAV whose data chunk is larger than the file", async () => {
    const facts = await inspect("wav", wav(1000, 176400));
    expect(facts.truncated).toMatch(
      /WAV header promises sound data of 172\.3 KiB but the file holds only 1000 bytes/,
    );
  });

  it("MP3 whose ID3 tag claims more than the file", async () => {
    const facts = await inspect("mp3", id3(100, 5000));
    expect(facts.truncated).toMatch(/ID3 tag claims 4\.9 KiB but the file holds only 110 bytes/);
  });

  it("MP3 that is an ID3 tag and nothing else", async () => {
    expect((await inspect("mp3", id3(100))).truncated).toMatch(/no audio/);
  });

  it("FLAC cut inside its metadata, and FLAC with metadata only", async () => {
    const whole = flac(44100, 44100, 0);
    expect((await inspect("flac", whole.subarray(0, 20))).truncated).toMatch(/FLAC metadata/);
    expect((await inspect("flac", whole)).truncated).toMatch(/no audio/);
  });

  it("AIFF whose sound chunk is larger than the file", async () => {
    expect((await inspect("aiff", aiff(10, 40, 4000))).truncated).toMatch(/AIFF header promises/);
  });

  it("M4A whose mdat box runs past the end of the file", async () => {
    const file = m4a(1000, 5000, 1000);
    const facts = await inspect("m4a", file.subarray(0, file.length - 500));
    expect(facts).toMatchObject({ durationSeconds: 5 });
    expect(facts.truncated).toMatch(/`mdat` box claims/);
  });

  it("complete files are not reported", async () => {
    for (const [type, file] of [
      ["wav", wav(400)],
      ["flac", flac(44100, 100)],
      ["aiff", aiff(10, 40)],
      ["m4a", m4a(1, 1)],
      ["mp3", bytes(id3(10), mp3Frames(2))],
    ] as const) {
      expect((await inspect(type, file)).truncated, type).toBeUndefined();
    }
  });
});
