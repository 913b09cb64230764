// A pointer's object is checked by ranged reads: type and duration from the head (a second range
// past a large ID3v2 tag) and, where a format keeps what is needed at the end, the tail — at
// most 1 MiB of each show, counted by the LFS server. Only an MP3 without a length header is
// read whole, and the log says why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, realpath, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createSandbox } from "../helpers/git-repo.js";
import type { Sandbox, TestRepo } from "../helpers/git-repo.js";
import { pointerText, startLfsServer } from "../helpers/lfs-server.js";
import type { LfsServer } from "../helpers/lfs-server.js";
import { id3v2Tag, longAudio, LONG_AUDIO_FORMATS } from "../helpers/long-audio.js";
import { showMp3 } from "../helpers/media.js";
import { checkLocalFile } from "../../src/media/local-file.js";
import { createLfsAccess } from "../../src/media/lfs-access.js";

const TOKEN = "ghs_ranged_checks_token";
const MiB = 1024 * 1024;
let sandbox: Sandbox;
let repo: TestRepo;
let root: string;
let lfs: LfsServer;

beforeAll(async () => {
  sandbox = await createSandbox();
  repo = await sandbox.repo("workspace");
  root = await realpath(repo.dir);
  lfs = await startLfsServer({ token: TOKEN });
}, 120_000);
afterAll(async () => {
  await lfs.close();
  await sandbox.cleanup();
});

/** Stores `bytes` on the LFS server and leaves its pointer at `relPath`; checks it as audio. */
async function checkPointer(relPath: string, bytes: Buffer) {
  const object = lfs.put(bytes);
  // An object may be checked twice in this file (the same bytes, the same oid): count this check's.
  const sentBefore = lfs.sentBytes(object.oid);
  const requestsBefore = lfs.requests.length;
  await mkdir(join(root, relPath, ".."), { recursive: true });
  await writeFile(join(root, relPath), pointerText(object));
  const notes: string[] = [];
  const access = createLfsAccess({
    workspace: root,
    serverUrl: lfs.url,
    repository: "octo-org/shows",
    githubToken: TOKEN,
    gitCredentials: false,
    tempDir: root,
    attempts: 2,
  });
  const checked = await checkLocalFile("audio", relPath, root, {
    lfs: access,
    note: (m) => notes.push(m),
  });
  const ranges = lfs.requests
    .slice(requestsBefore)
    .filter((r) => r.host === "objects" && r.path === `/objects/${object.oid}`)
    .map((r) => r.headers.range);
  return { checked, object, notes, sent: lfs.sentBytes(object.oid) - sentBefore, ranges };
}

describe("ranged checks of a Git LFS object", () => {
  it.each(LONG_AUDIO_FORMATS)(
    "%s: type and duration from at most 1 MiB of an object over 2 MiB",
    async (format) => {
      const audio = await longAudio(format);
      expect(audio.bytes.length).toBeGreaterThan(2 * MiB);
      const { checked, object, sent } = await checkPointer(
        `shows/${format}.${format}`,
        audio.bytes,
      );
      expect(checked.problems).toEqual([]);
      expect(checked.media?.type).toBe(format);
      expect(checked.media?.size).toBe(object.size);
      expect(checked.media?.lfs).toEqual(object);
      expect(checked.media?.durationSeconds).toBeCloseTo(audio.seconds, 0);
      expect(sent).toBeGreaterThan(0);
      expect(sent).toBeLessThanOrEqual(MiB);
    },
    60_000,
  );

  it("m4a as ffmpeg writes it keeps its moov after the media: read from the tail", async () => {
    const audio = await longAudio("m4a");
    const moov = audio.bytes.indexOf("moov");
    expect(moov, "the file is one whose moov follows the media").toBeGreaterThan(
      audio.bytes.indexOf("mdat") + MiB,
    );
    const { checked, sent, ranges } = await checkPointer("shows/moov-last.m4a", audio.bytes);
    expect(checked.problems).toEqual([]);
    expect(checked.media?.type).toBe("m4a");
    expect(checked.media?.durationSeconds).toBeCloseTo(audio.seconds, 0);
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(MiB);
    // The length was found in the moov, so a range that holds it was read: one past the head.
    const starts = ranges.map((range) => Number(/^bytes=(\d+)-/.exec(range ?? "")?.[1] ?? NaN));
    expect(ranges.every((range) => range !== undefined)).toBe(true);
    expect(starts.some((start) => start <= moov && start > MiB)).toBe(true);
  }, 60_000);

  it("a fragmented m4a is walked fragment by fragment: its length, from one block a fragment", async () => {
    const audio = await longAudio("m4a-fragmented");
    const { checked, sent } = await checkPointer("shows/fragmented.m4a", audio.bytes);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toEqual([]);
    expect(checked.media?.durationSeconds).toBeCloseTo(audio.seconds, 1);
    // Fragments of about 10 KiB, each behind a 64 KiB block: read about whole, once.
    expect(sent).toBeLessThanOrEqual(audio.bytes.length + 64 * 1024);
  }, 60_000);

  it("skips a large ID3v2 tag with a second range", async () => {
    const audio = await longAudio("mp3");
    const tagged = Buffer.concat([id3v2Tag(3 * MiB), audio.bytes]);
    const { checked, sent } = await checkPointer("shows/tagged.mp3", tagged);
    expect(checked.problems).toEqual([]);
    expect(checked.media?.durationSeconds).toBeCloseTo(audio.seconds, 0);
    expect(sent).toBeLessThanOrEqual(MiB);
  }, 60_000);

  it.each([
    ["unrecognised binary data", Buffer.from("00010203deadbeefc0ffee00" + "7f".repeat(64), "hex")],
    [
      "an MP4 file of an odd brand",
      Buffer.concat([
        Buffer.from("0000001c66747970", "hex"),
        Buffer.from("SeCrmp42isom"),
        Buffer.alloc(64),
      ]),
    ],
  ])(
    "an object of %s is named, its bytes never shown",
    async (_name, bytes) => {
      const { checked } = await checkPointer("shows/odd.mp3", bytes);
      expect(checked.problems).toHaveLength(1);
      const message = checked.problems[0]?.message ?? "";
      expect(message).toMatch(/it looks like (unrecognised data|an MP4 file)$/);
      expect(message).not.toMatch(/de ad|DE AD|SeCr|starts with bytes|brand/);
    },
    60_000,
  );

  it("reads an MP3 without a length header whole, and says why", async () => {
    const audio = showMp3(20 * 60);
    const { checked, notes, sent } = await checkPointer("shows/no-xing.mp3", audio);
    expect(checked.problems).toEqual([]);
    expect(checked.media?.durationSeconds).toBeGreaterThan(20 * 60);
    expect(sent).toBeGreaterThanOrEqual(audio.length);
    expect(notes.join("\n")).toMatch(
      /the audio `shows\/no-xing\.mp3` \(an MP3 without a Xing\/Info or VBRI header\) has no header that states its length: all .* of it are read to count its frames/,
    );
  });
});
