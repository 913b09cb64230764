// Audio that players play although something in it is off: read with a warning naming what,
// never refused; and what cannot be read said out loud. The corpus test holds the damaged
// encoder files of __tests__/fixtures/audio/ to their lengths and warnings; these cases vary
// them where one file per case would add nothing, and feed the readers hostile shapes.
import { randomFillSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bufferSource } from "../../src/media/bytes.js";
import { checkMedia } from "../../src/media/index.js";
import { checkLocalFile } from "../../src/media/local-file.js";
import { formatBytePair } from "../../src/media/formats.js";
import { notOfKindMessage } from "../../src/media/problems.js";
import { inspectAudio } from "../../src/media/inspect-audio.js";
import { sniffAudio } from "../../src/media/sniff.js";
import { describeContent } from "../../src/media/sniff.js";
import { bytes, mp3Frames, parsedCloudcast, tempFolder } from "./fixtures.js";

const CORPUS = fileURLToPath(new URL("../fixtures/audio/", import.meta.url));
const corpus = (file: string): Buffer => Buffer.from(readFileSync(`${CORPUS}${file}`));
const inspect = (type: string, file: Uint8Array) => inspectAudio(type, bufferSource(file));

let workspace: string;
let remove: () => Promise<void>;
beforeAll(async () => {
  const folder = await tempFolder("audio-tolerant-");
  workspace = await realpath(folder.path);
  remove = folder.remove;
});
afterAll(() => remove());

async function checkFile(name: string, content: Uint8Array) {
  await mkdir(workspace, { recursive: true });
  await writeFile(join(workspace, name), content);
  return checkLocalFile("audio", name, workspace);
}

describe("a warning reaches the file's report", () => {
  it("as a diagnostic with severity warning at the audio value, beside no error", async () => {
    await writeFile(join(workspace, "zeros.mp3"), corpus("mp3-zeros-before.mp3"));
    const span = { line: 3, column: 8, endLine: 3, endColumn: 17 };
    const parsed = parsedCloudcast(
      "show.yml",
      { audio: { kind: "path", path: "zeros.mp3" } },
      {
        audio: span,
      },
    );
    const check = await checkMedia(parsed, { workspace });
    expect(check.diagnostics).toEqual([]);
    expect(check.audio?.kind === "file" && check.audio.durationSeconds).toBeCloseTo(2.53, 1);
    expect(check.warnings).toEqual([
      {
        file: "show.yml",
        ...span,
        rule: "audio-junk-before-audio",
        severity: "warning",
        message:
          "the audio `zeros.mp3` starts with 215 zero bytes before its first MPEG frame (at " +
          "byte 215); players skip them, and so did this check",
      },
    ]);
  });

  it("length unknown is said out loud, with why, and that the length rules were skipped", async () => {
    const chained = bytes(corpus("ogg-vorbis.ogg"), corpus("opus.opus"));
    const check = await checkFile("chained.ogg", chained);
    expect(check.problems).toEqual([]);
    expect(check.media?.durationSeconds).toBeUndefined();
    expect(check.warnings).toEqual([
      {
        rule: "length-unknown",
        message:
          "length unknown: the length of the audio `chained.ogg` could not be read (no last Ogg " +
          "page of its stream was found: a chained or damaged file), so the checks against it " +
          "(a track past the end of the audio, a show under 15 minutes) were skipped",
      },
    ]);
  });
});

describe("the corpus's warnings say what is odd and what was done, in words", () => {
  const warningsOf = async (file: string) => {
    const check = await checkLocalFile("audio", file, await realpath(CORPUS));
    expect(check.problems).toEqual([]);
    return (check.warnings ?? []).map((w) => w.message);
  };

  it("a second STREAMINFO: which one counts, who refuses it, and what to do", async () => {
    expect(await warningsOf("flac-second-streaminfo.flac")).toEqual([
      "the audio `flac-second-streaminfo.flac` has a second FLAC STREAMINFO block (at byte 42); " +
        "the first is used, as the format says, but ffmpeg and libFLAC refuse such a file, and " +
        "Mixcloud may too: export or encode it again",
    ]);
  });

  it("an ID3v2 tag in front of FLAC: where FLAC keeps its tags, and that it was skipped", async () => {
    expect(await warningsOf("flac-behind-big-id3.flac")).toEqual([
      "the audio `flac-behind-big-id3.flac` has an ID3v2 tag in front of its FLAC stream, which " +
        "the FLAC format does not have (its tags go in VORBIS_COMMENT); players skip it, and so " +
        "did this check",
    ]);
  });

  it("bytes between an ID3v2 tag and the first frame: how many, where the frame is", async () => {
    const [message] = await warningsOf("mp3-id3-size-under.mp3");
    expect(message).toMatch(
      /^the audio `mp3-id3-size-under\.mp3` has 6 bytes that are not audio between its ID3v2 tag and its first MPEG frame \(at byte \d+\); players skip them, and so did this check$/,
    );
  });

  it("a WAV data size: the placeholder, what the file holds, and what the length is read from", async () => {
    expect(await warningsOf("wav-data-size-placeholder.wav")).toEqual([
      "the audio `wav-data-size-placeholder.wav` has a WAV data size of 0xFFFFFFD8, a placeholder " +
        "that streaming writers leave; the file holds 19.5 KiB of sound, and the length is read " +
        "from that",
    ]);
    expect((await warningsOf("wav-data-size-int32-max.wav"))[0]).toContain(
      "has a WAV data size of 0x7FFFFFFF, a placeholder that streaming writers leave; the file holds 39.1 KiB of sound",
    );
  });

  it("a PICTURE whose size is wrong: what it says, what it holds, how its end was found", async () => {
    const [message] = await warningsOf("flac-picture-size-wrong.flac");
    expect(message).toMatch(
      /^the audio `flac-picture-size-wrong\.flac` has a FLAC PICTURE block \(at byte \d+\) whose size field says [\d,]+ bytes but which holds [\d,]+ bytes; its real end was found from its contents, as mutagen finds it/,
    );
  });
});

describe("MP3: the first frame found as players find it", () => {
  it("a size field far inside the frames is not taken for the tag's end", async () => {
    const file = corpus("mp3-id3-size-over.mp3");
    const facts = await inspect("mp3", file);
    expect(facts.durationSeconds).toBeCloseTo(2.5, 1);
    expect(facts.oddities?.[0]?.what).toMatch(
      /^has an ID3v2 tag whose size field says it ends at byte \d+, but its first MPEG frame starts at byte \d+, 6 bytes inside it/,
    );
  });

  it("junk that is not zeros is named as such", async () => {
    const junk = Buffer.from("this is not audio, it is what a broken tagger left behind");
    expect(sniffAudio(bytes(junk, mp3Frames(20)))?.type).toBe("mp3");
    const facts = await inspect("mp3", bytes(junk, mp3Frames(20)));
    expect(facts.durationSeconds).toBeCloseTo((20 * 1152) / 44100, 9);
    expect(facts.oddities?.map((o) => o.what)).toEqual([
      `starts with ${junk.length} bytes that are not audio before its first MPEG frame (at byte ${junk.length}); players skip them, and so did this check`,
    ]);
  });

  it("a file with no frame near its start has no length, and says so", async () => {
    const facts = await inspect(
      "mp3",
      bytes(corpus("mp3-id3-size-over.mp3").subarray(0, 10), Buffer.alloc(100_000)),
    );
    expect(facts.durationSeconds).toBeUndefined();
    expect(facts.lengthUnknown).toMatch(/no MPEG frame was found/);
  });

  it("frames that stop early, then 2 MiB of random junk or of 0xFF bytes: the frames are counted", async () => {
    const random = randomFillSync(Buffer.alloc(2 * 1024 * 1024));
    for (const junk of [random, Buffer.alloc(2 * 1024 * 1024, 0xff)]) {
      const facts = await inspect("mp3", bytes(mp3Frames(30), junk));
      // Random bytes hold a chance pair of frame headers once in a while: a frame or two at most.
      expect(Math.abs((facts.durationSeconds ?? 0) - (30 * 1152) / 44100)).toBeLessThan(0.1);
    }
  });

  it("frames on both sides of a run of 0xFF bytes (erased flash) of any length are all counted", async () => {
    for (const run of [1, 2, 3, 4095, 4096, 4097, 10_000, 1_200_000]) {
      const file = bytes(mp3Frames(10), Buffer.alloc(run, 0xff), mp3Frames(10));
      expect((await inspect("mp3", file)).durationSeconds, `${run}`).toBeCloseTo(
        (20 * 1152) / 44100,
        9,
      );
    }
  });

  it.each([5_000, 20_000, 60_000, 200_000])(
    "%i random bytes before the frames, past the 4 KiB the head is searched: MP3, named",
    async (n) => {
      const junk = randomFillSync(Buffer.alloc(n));
      const check = await checkFile(`junk-${n}.mp3`, bytes(junk, mp3Frames(40)));
      expect(check.problems).toEqual([]);
      expect(check.media?.durationSeconds).toBeCloseTo((40 * 1152) / 44100, 9);
      expect(check.warnings?.map((w) => w.message)).toEqual([
        `the audio \`junk-${n}.mp3\` starts with ${n} bytes that are not audio before its first ` +
          `MPEG frame (at byte ${n}); players skip them, and so did this check`,
      ]);
    },
  );

  it("100,000 zero bytes before the frames, past the 64 KiB head: MP3, named", async () => {
    const check = await checkFile("zeros.mp3", bytes(Buffer.alloc(100_000), mp3Frames(40)));
    expect(check.problems).toEqual([]);
    expect(check.warnings?.[0]?.message).toContain(
      "starts with 100000 zero bytes before its first MPEG frame (at byte 100000)",
    );
  });

  it("random bytes only, or frames beyond 1 MiB of junk: refused, after one bounded pass", async () => {
    const random = randomFillSync(Buffer.alloc(4 * 1024 * 1024));
    const started = performance.now();
    const check = await checkFile("random.mp3", random);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(check.problems.map((p) => p.rule)).toEqual(["unknown-type"]);
    const far = await checkFile("far.mp3", bytes(Buffer.alloc(1100 * 1024), mp3Frames(40)));
    expect(far.problems[0]?.message).toMatch(
      /is not audio of a known type .*: it looks like unrecognised data/,
    );
  });

  it("raw AAC behind zero bytes", async () => {
    const facts = await inspect("aac", bytes(Buffer.alloc(300), corpus("aac-adts.aac")));
    expect(Math.abs((facts.durationSeconds ?? 0) - 6)).toBeLessThan(0.1);
    expect(facts.oddities?.[0]?.rule).toBe("junk-before-audio");
    expect(sniffAudio(bytes(Buffer.alloc(300), corpus("aac-adts.aac")))?.type).toBe("aac");
  });
});

describe("a FLAC or raw AAC behind an ID3v2 tag whose size field is a few bytes off", () => {
  /** An ID3v2.3 tag of `body` bytes of text frame, its size field `off` from the truth. */
  const tag = (body: number, off: number) => {
    const t = bytes("ID3", [3, 0, 0], [0, 0, 0, 0], "TIT2", [0, 0, 0, body - 10, 0, 0]);
    const size = body + off;
    t.set([(size >> 21) & 0x7f, (size >> 14) & 0x7f, (size >> 7) & 0x7f, size & 0x7f], 6);
    return bytes(t, Buffer.alloc(body - 10, 0x41));
  };
  const flacFile = corpus("flac.flac");

  it.each([-5, 5, -300])("FLAC, size field %i bytes off: FLAC, with tag-size", async (off) => {
    const check = await checkFile(`tag${off}.flac`, bytes(tag(400, off), flacFile));
    expect(check.problems).toEqual([]);
    expect(check.media?.type).toBe("flac");
    expect(check.media?.durationSeconds).toBeCloseTo(6.5, 3);
    const where = off < 0 ? `${-off} bytes after it` : `${off} bytes inside it`;
    expect(check.warnings?.map((w) => w.rule)).toEqual(["tag-size"]);
    expect(check.warnings?.[0]?.message).toContain(
      `has an ID3v2 tag (which the FLAC format does not have) whose size field says it ends at byte ${410 + off}, but its FLAC stream starts at byte 410, ${where}`,
    );
  });

  it("FLAC behind a tag larger than the head, 5 bytes short", async () => {
    const check = await checkFile("big.flac", bytes(tag(80_000, -5), flacFile));
    expect(check.media?.type).toBe("flac");
    expect(check.warnings?.map((w) => w.rule)).toEqual(["tag-size"]);
  });

  it("raw AAC, 5 bytes short: AAC, its first frame found after the tag's last bytes", async () => {
    const check = await checkFile("tagged.aac", bytes(tag(100, -5), corpus("aac-adts.aac")));
    expect(check.media?.type).toBe("aac");
    expect(check.media?.durationSeconds).toBeCloseTo(6, 1);
    expect(check.warnings?.[0]?.message).toContain(
      "has 5 bytes that are not audio between its ID3v2 tag and its first AAC frame (at byte 110)",
    );
  });
});

describe("FLAC metadata", () => {
  it("a VORBIS_COMMENT that holds more than its size field says: its real end, from its contents", async () => {
    const file = corpus("flac-comment-size-wrong.flac");
    const at = 4 + 4 + 34;
    file.writeUIntBE(file.readUIntBE(at + 1, 3) - 20, at + 1, 3); // 10 bytes short of the truth
    const facts = await inspect("flac", file);
    expect(facts.durationSeconds).toBeCloseTo(2.5, 9);
    expect(facts.oddities?.[0]?.what).toMatch(
      /VORBIS_COMMENT block \(at byte 42\) whose size field says \d+ bytes but which holds \d+ bytes/,
    );
  });

  it("a block whose size leads nowhere, whose contents do not tell its end: the first frame is found", async () => {
    const file = corpus("flac-comment-size-wrong.flac");
    const at = 4 + 4 + 34;
    file.writeUInt32LE(0x7fffffff, at + 4); // the vendor string's length, now nonsense
    const facts = await inspect("flac", file);
    expect(facts.durationSeconds).toBeCloseTo(2.5, 9);
    expect(facts.truncated).toBeUndefined();
    expect(facts.oddities?.[0]?.what).toMatch(
      /leads to neither a block nor a frame; its first audio frame was found at byte \d+/,
    );
  });

  it("a file cut inside a block, with no frame after it, is still cut short", async () => {
    const file = corpus("flac-comment-size-wrong.flac").subarray(0, 60);
    expect((await inspect("flac", file)).truncated).toMatch(/FLAC metadata alone claims/);
  });

  it("a hostile tail of frame-header look-alikes is searched in one pass (hang guard)", async () => {
    // STREAMINFO without a sample count and with a largest frame of 8 MiB, so the whole tail
    // is searched; then 8 MiB of headers whose CRC-8 holds. Checking each one's CRC-16 to the
    // end, as the search once did, would take hours at this size.
    const header = [0xff, 0xf8, 0xc9, 0x18, 0x01];
    const lookAlike = Buffer.from([...header, crc8(header)]);
    const tail = Buffer.alloc(8 * 1024 * 1024);
    for (let at = 0; at < tail.length; at += 6) lookAlike.copy(tail, at);
    const info = Buffer.alloc(34);
    info.writeUInt16BE(4096, 0);
    info.writeUInt16BE(4096, 2);
    info.writeUIntBE(tail.length, 7, 3);
    info.writeBigUInt64BE((44100n << 44n) | (1n << 41n) | (15n << 36n), 10);
    const facts = await inspect("flac", bytes("fLaC", [0x80, 0, 0, 34], info, tail));
    expect(facts.durationSeconds).toBeUndefined();
  });
});

/** FLAC's frame-header CRC-8 (polynomial 0x07). */
function crc8(values: number[]): number {
  let crc = 0;
  for (const value of values) {
    crc ^= value;
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

describe("MP4 whose last box claims more than the file holds", () => {
  it("moov last, a little past the end: read, with a warning, since no audio is missing", async () => {
    const file = corpus("m4a-aac.m4a");
    const moov = file.indexOf("moov", 0, "latin1") - 4;
    expect(moov + file.readUInt32BE(moov)).toBe(file.length);
    file.writeUInt32BE(file.readUInt32BE(moov) + 20, moov);
    const facts = await inspect("m4a", file);
    expect(facts.truncated).toBeUndefined();
    expect(facts.durationSeconds).toBeCloseTo(6, 1);
    expect(facts.oddities?.[0]?.what).toMatch(
      /^has a last MP4 box, `moov`, that claims [\d,]+ bytes but holds [\d,]+ bytes; the audio its sample tables count is all there$/,
    );
  });

  it("mdat cut short, so samples the tables count are missing: cut short", async () => {
    const file = corpus("m4a-last-box-over.m4a");
    const facts = await inspect("m4a", file.subarray(0, file.length - 600));
    expect(facts.truncated).toMatch(/^its `mdat` box claims/);
  });

  it("a last box that holds no audio (mfra) and claims more: a warning, saying so", async () => {
    const facts = await inspect("m4a", corpus("m4a-fragmented-mfra-over.m4a"));
    expect(facts.truncated).toBeUndefined();
    expect(facts.oddities?.map((o) => o.what)).toEqual([
      "has a last MP4 box, `mfra`, that claims 1,059 bytes but holds 1,036 bytes; it holds the " +
        "index of its fragments, not audio, so nothing that plays is missing",
    ]);
  });
});

describe("fragmented MP4 (ffmpeg -movflags frag_keyframe+empty_moov)", () => {
  const file = corpus("m4a-fragmented.m4a");
  const lastMdat = file.lastIndexOf("mdat", file.length, "latin1") - 4;
  const mfra = file.lastIndexOf("mfra", file.length, "latin1") - 4;

  it("its length is its fragments' sample durations added up", async () => {
    // 259 AAC frames of 1024 samples and a last one of 408: the 6 s that went in, with the
    // encoder's priming, which ffmpeg plays too (an empty moov has no edit list to drop it).
    expect(await inspect("m4a", file)).toEqual({ durationSeconds: (259 * 1024 + 408) / 44100 });
  });

  it("cut inside its last fragment's media: cut short, since its trun counts bytes that are not there", async () => {
    const facts = await inspect("m4a", file.subarray(0, lastMdat + 20));
    expect(facts.truncated).toMatch(
      /^its `mdat` box claims \d+ bytes but the file holds only 20 bytes$/,
    );
  });

  it("a last mdat that claims more but holds every byte its fragment counts: a warning", async () => {
    const over = Buffer.from(file.subarray(0, mfra));
    over.writeUInt32BE(over.readUInt32BE(lastMdat) + 7, lastMdat);
    const facts = await inspect("m4a", over);
    expect(facts.truncated).toBeUndefined();
    expect(facts.durationSeconds).toBeCloseTo(6, 1);
    expect(facts.oddities?.[0]?.what).toMatch(/; the audio its fragments count is all there$/);
  });

  it("cut inside a fragment header: cut short", async () => {
    const lastMoof = file.lastIndexOf("moof", file.length, "latin1") - 4;
    const facts = await inspect("m4a", file.subarray(0, lastMoof + 40));
    expect(facts.truncated).toMatch(/^its `moof` box claims/);
  });

  it("mehd, where the muxer wrote one, gives the length", async () => {
    // An mvex holding mehd (version 0, 3 s in the movie's timescale) before trex.
    const moov = file.indexOf("moov", 0, "latin1") - 4;
    const mvex = file.indexOf("mvex", 0, "latin1") - 4;
    const timescale = file.readUInt32BE(file.indexOf("mvhd", 0, "latin1") + 4 + 12);
    const mehd = Buffer.alloc(16);
    mehd.writeUInt32BE(16, 0);
    mehd.write("mehd", 4, "latin1");
    mehd.writeUInt32BE(3 * timescale, 12);
    const withMehd = Buffer.concat([file.subarray(0, mvex + 8), mehd, file.subarray(mvex + 8)]);
    withMehd.writeUInt32BE(withMehd.readUInt32BE(moov) + 16, moov);
    withMehd.writeUInt32BE(withMehd.readUInt32BE(mvex) + 16, mvex);
    // The fragments' absolute data offsets now point 16 bytes early: mehd alone decides.
    expect((await inspect("m4a", withMehd)).durationSeconds).toBe(3);
  });
});

describe("WAV data sizes that are not counts", () => {
  const plain = corpus("wav-16.wav"); // 16-bit mono at 8 kHz, 26,000 sample frames
  const data = plain.indexOf("data", 12, "latin1");
  const withSizes = (dataSize: number, riffSize: number) => {
    const file = Buffer.from(plain);
    file.writeUInt32LE(dataSize, data + 4);
    file.writeUInt32LE(riffSize, 4);
    return file;
  };

  it.each([
    ["0", 0, plain.length - 8],
    ["0xFFFFFFFF", 0xffffffff, 0xffffffff],
    ["0xFFFFFFD8", 0xffffffd8, 0xfffffffc],
    ["0x7FFFFFFF", 0x7fffffff, 0x7fffffff + data],
    ["0x7FFFFF00", 0x7fffff00, 0x7fffff00 + data],
  ])("%s: what the file holds, with the placeholder named", async (shown, size, riff) => {
    const facts = await inspect("wav", withSizes(size, riff));
    expect(facts.truncated).toBeUndefined();
    expect(facts.durationSeconds).toBe(3.25);
    expect(facts.oddities).toEqual([
      {
        rule: "wav-data-size",
        what:
          `has a WAV data size of ${shown}, a placeholder that streaming writers leave; the ` +
          "file holds 50.8 KiB of sound, and the length is read from that",
      },
    ]);
  });

  it("a count of whole sample frames past the end, which the RIFF size backs: cut short", async () => {
    const facts = await inspect("wav", withSizes(52_000 + 2 * 8000, plain.length - 8 + 2 * 8000));
    expect(facts.truncated).toBe(
      "its WAV header promises sound data of 66.4 KiB but the file holds only 50.8 KiB",
    );
  });

  it("an odd size for 16-bit samples past the end, even with a RIFF size to match: a warning", async () => {
    const facts = await inspect("wav", withSizes(52_001 + 8000, plain.length - 7 + 8000));
    expect(facts.truncated).toBeUndefined();
    expect(facts.oddities?.[0]?.what).toBe(
      "has a WAV data size of 58.6 KiB, not a whole number of sample frames; the file holds " +
        "50.8 KiB of sound, and the length is read from that",
    );
  });

  it("a data size past the end that the RIFF size does not back: a warning saying so", async () => {
    const facts = await inspect("wav", corpus("wav-data-size-over.wav"));
    expect(facts.oddities?.[0]?.what).toMatch(
      /^has a WAV data size of [\d.]+ KiB, more than its RIFF header counts; the file holds [\d,.]+ (KiB|bytes) of sound/,
    );
  });
});

describe("sizes that round alike are given in exact bytes", () => {
  it("293.4 KiB against 293.4 KiB", () => {
    expect(formatBytePair(300_454, 300_400)).toEqual(["300,454 bytes", "300,400 bytes"]);
    expect(formatBytePair(300_454, 200_000)).toEqual(["293.4 KiB", "195.3 KiB"]);
  });

  it("in a cut-short message", async () => {
    const file = corpus("wav-16.wav");
    const facts = await inspect("wav", file.subarray(0, file.length - 10));
    expect(facts.truncated).toBe(
      "its WAV header promises sound data of 52,000 bytes but the file holds only 51,990 bytes",
    );
  });
});

describe("formats Mixcloud does not take, that no tool here writes", () => {
  it.each([
    ["Monkey's Audio (APE)", bytes("MAC ", [0x96, 0x0f], Buffer.alloc(64))],
    ["Musepack", bytes("MPCK", Buffer.alloc(64))],
    ["Musepack", bytes("MP+", [0x17], Buffer.alloc(64))],
    ["DSD (DSF)", bytes("DSD ", [28, 0, 0, 0, 0, 0, 0, 0], Buffer.alloc(64))],
    ["DSD (DSDIFF)", bytes("FRM8", Buffer.alloc(8), "DSD ", Buffer.alloc(64))],
    ["AAC in an ADIF header", bytes("ADIF", Buffer.alloc(64))],
    ["E-AC-3 (Dolby Digital Plus)", bytes([0x0b, 0x77, 0x00, 0x3f, 0x3c, 0x80], Buffer.alloc(64))],
    ["WavPack", bytes(corpus("mp3-cbr-info.mp3").subarray(0, 40).fill(0, 3), "wvpk").subarray(40)],
  ])("%s is named, with a conversion line", async (name, content) => {
    const check = await checkFile("my show.mp3", content);
    expect(check.problems).toEqual([
      {
        rule: "unsupported-format",
        message:
          `the audio \`my show.mp3\` is ${name}, which Mixcloud does not take (it takes MP3, ` +
          "M4A/AAC, FLAC, Ogg/Opus, WAV or AIFF): convert it, for example with " +
          "`ffmpeg -i 'my show.mp3' -c:a libmp3lame -b:a 320k 'my show-converted.mp3'`",
      },
    ]);
  });

  it("at a URL, the conversion line takes the URL's file name", () => {
    const wma = corpus("unsupported-wma.wma").subarray(0, 1024);
    expect(
      notOfKindMessage("audio", "the audio URL https://cdn.example/shows/ep12.wma?dl=1", wma),
    ).toMatch(
      /is WMA \(ASF\), which Mixcloud does not take .*`ffmpeg -i ep12.wma -c:a libmp3lame -b:a 320k ep12.mp3`$/,
    );
  });

  it("behind an ID3v2 tag larger than the head read to recognise a file", async () => {
    const tag = bytes("ID3", [3, 0, 0, 0, 5, 0, 0], Buffer.alloc(5 * 16384)); // size: 5 × 2^14
    const check = await checkFile("tagged.wv", bytes(tag, "wvpk", Buffer.alloc(64)));
    expect(check.problems.map((p) => p.rule)).toEqual(["unsupported-format"]);
    expect(check.problems[0]?.message).toContain("is WavPack, which Mixcloud does not take");
  });

  it("behind an ID3v2 tag too", () => {
    const tag = bytes("ID3", [3, 0, 0, 0, 0, 0, 10], Buffer.alloc(10));
    expect(describeContent(bytes(tag, "wvpk", Buffer.alloc(64)))).toBe("WavPack audio");
  });
});
