import { execFileSync } from "node:child_process";
import { link, mkdir, realpath, symlink, truncate, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FILE_START } from "../../src/diagnostic.js";
import type { MediaRef } from "../../src/cloudcast/types.js";
import { checkMedia } from "../../src/media/index.js";
import {
  HTML,
  JPEG,
  PNG,
  bytes,
  flac,
  id3,
  lfsPointer,
  mp3Frames,
  parsedCloudcast,
  tempFolder,
  wav,
  xingFrame,
} from "./fixtures.js";

const AUDIO_SPAN = { line: 3, column: 8, endLine: 3, endColumn: 20 };
const PICTURE_SPAN = { line: 4, column: 10, endLine: 4, endColumn: 30 };

let workspace: string;
let outside: string;
const removers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  const ws = await tempFolder("media-ws-");
  const out = await tempFolder("media-outside-");
  removers.push(ws.remove, out.remove);
  workspace = ws.path;
  outside = out.path;
});

afterEach(async () => {
  await Promise.all(removers.splice(0).map((remove) => remove()));
});

async function put(
  relPath: string,
  content: Uint8Array | string,
  root = workspace,
): Promise<string> {
  const path = join(root, relPath);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return path;
}

const path = (p: string): MediaRef => ({ kind: "path", path: p });

async function checkAudio(audio: string) {
  const parsed = parsedCloudcast(
    "cloudcasts/show.yml",
    { audio: path(audio) },
    { audio: AUDIO_SPAN },
  );
  return checkMedia(parsed, { workspace });
}

async function checkPicture(picture: string) {
  const parsed = parsedCloudcast(
    "cloudcasts/show.yml",
    { audio: path("a.mp3"), picture: path(picture) },
    { audio: AUDIO_SPAN, picture: PICTURE_SPAN },
  );
  await put("a.mp3", mp3Frames(2));
  return checkMedia(parsed, { workspace });
}

function rules(check: { diagnostics: { rule: string }[] }): string[] {
  return check.diagnostics.map((d) => d.rule);
}

describe("repo files that are fine", () => {
  it("resolves an ID3-tagged MP3 with its duration, placed on nothing", async () => {
    await put("audio/show.mp3", bytes(id3(300), xingFrame(441), mp3Frames(2)));
    const check = await checkAudio("audio/show.mp3");
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toEqual({
      kind: "file",
      path: join(await realpath(workspace), "audio/show.mp3"),
      relPath: "audio/show.mp3",
      filename: "show.mp3",
      size: 310 + 417 * 3,
      type: "mp3",
      contentType: "audio/mpeg",
      durationSeconds: 11.52,
    });
  });

  it("resolves a FLAC and a JPEG picture", async () => {
    await put("show.flac", flac(44100, 44100 * 60));
    await put("cover.jpg", JPEG);
    const parsed = parsedCloudcast("cloudcasts/show.yml", {
      audio: path("show.flac"),
      picture: path("cover.jpg"),
    });
    const check = await checkMedia(parsed, { workspace });
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toMatchObject({
      type: "flac",
      contentType: "audio/flac",
      durationSeconds: 60,
    });
    expect(check.picture).toMatchObject({
      kind: "file",
      type: "jpeg",
      contentType: "image/jpeg",
      relPath: "cover.jpg",
    });
  });

  it("follows a symlink that stays inside the workspace, reporting the real path", async () => {
    const real = await put("store/real.wav", wav(176400));
    await mkdir(join(workspace, "cloudcasts"), { recursive: true });
    await symlink("../store/real.wav", join(workspace, "cloudcasts/show.wav"));
    const check = await checkAudio("cloudcasts/show.wav");
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toMatchObject({
      path: await realpath(real),
      relPath: "cloudcasts/show.wav",
      filename: "show.wav",
      durationSeconds: 1,
    });
  });

  it("follows a symlinked folder inside the workspace", async () => {
    await put("store/x.mp3", mp3Frames(2));
    await symlink(join(workspace, "store"), join(workspace, "linked"));
    expect((await checkAudio("linked/x.mp3")).audio).toMatchObject({ type: "mp3" });
  });

  it("accepts a hard link (nlink > 1), even to a file that also has a name outside", async () => {
    const original = await put("x.mp3", mp3Frames(2), outside);
    await link(original, join(workspace, "hard.mp3"));
    const check = await checkAudio("hard.mp3");
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toMatchObject({ type: "mp3", size: 417 * 2 });
  });

  it("gives nothing to check for a file that did not parse", async () => {
    const check = await checkMedia({ file: "x.yml", diagnostics: [], spans: {} }, { workspace });
    expect(check).toEqual({ diagnostics: [], warnings: [] });
  });
});

describe("repo paths that are refused", () => {
  it("a missing file, with a did-you-mean for a case slip, on the audio value's span", async () => {
    await put("audio/Show.mp3", mp3Frames(1));
    const check = await checkAudio("audio/show.mp3");
    expect(check.audio).toBeUndefined();
    expect(check.diagnostics).toEqual([
      {
        file: "cloudcasts/show.yml",
        ...AUDIO_SPAN,
        rule: "audio-missing",
        message: "the audio `audio/show.mp3` does not exist: did you mean `audio/Show.mp3`?",
      },
    ]);
  });

  it("a missing folder on the way", async () => {
    await put("audio/x.mp3", mp3Frames(1));
    const check = await checkAudio("audoi/x.mp3");
    expect(rules(check)).toEqual(["audio-missing"]);
    expect(check.diagnostics[0]?.message).toBe(
      "the audio `audoi/x.mp3` does not exist (there is no folder `audoi`): did you mean `audio`?",
    );
  });

  it("a missing file with nothing close says to commit it", async () => {
    expect((await checkAudio("nothing-like-it.mp3")).diagnostics[0]?.message).toMatch(
      /does not exist: commit the file or fix the path$/,
    );
  });

  it("a path through a file", async () => {
    await put("a.mp3", mp3Frames(1));
    expect((await checkAudio("a.mp3/b.mp3")).diagnostics[0]?.message).toMatch(
      /`a.mp3` is a file, not a folder/,
    );
  });

  it("a path that climbs out of the workspace", async () => {
    expect(rules(await checkAudio("../x.mp3"))).toEqual(["audio-outside-workspace"]);
  });

  it("a symlink to a file outside the workspace", async () => {
    const target = await put("x.mp3", mp3Frames(1), outside);
    await symlink(target, join(workspace, "out.mp3"));
    const check = await checkAudio("out.mp3");
    expect(rules(check)).toEqual(["audio-symlink-escape"]);
    expect(check.diagnostics[0]?.message).toContain(
      "`out.mp3`, which points outside the repository",
    );
  });

  it("a symlinked parent folder pointing outside", async () => {
    await put("mixes/x.mp3", mp3Frames(1), outside);
    await symlink(join(outside, "mixes"), join(workspace, "mixes"));
    const check = await checkAudio("mixes/x.mp3");
    expect(rules(check)).toEqual(["audio-symlink-escape"]);
    expect(check.diagnostics[0]?.message).toContain("the symbolic link `mixes`");
  });

  it("a relative symlink that climbs out", async () => {
    await put("x.mp3", mp3Frames(1), outside);
    await symlink(`../${outside.split("/").pop()}/x.mp3`, join(workspace, "rel.mp3"));
    expect(rules(await checkAudio("rel.mp3"))).toEqual(["audio-symlink-escape"]);
  });

  it("says the same of a link out, whether its target exists or not, and never names it", async () => {
    const messages: string[] = [];
    for (const [name, target] of [
      ["a.mp3", "/proc/self/environ"],
      ["b.mp3", "/no/such/path/anywhere"],
      ["c.mp3", "../../../../../../etc/passwd"],
      ["d.mp3", "../../../../../../no/such/thing"],
    ] as const) {
      await symlink(target, join(workspace, name));
      const check = await checkAudio(name);
      expect(rules(check), name).toEqual(["audio-symlink-escape"]);
      messages.push((check.diagnostics[0]?.message ?? "").replaceAll(name, "NAME"));
      expect(check.diagnostics[0]?.message).not.toMatch(/proc|environ|no\/such|etc\/passwd/);
    }
    expect(new Set(messages).size).toBe(1);
  });

  it("a chain of links that leaves the repository on its second hop", async () => {
    await symlink(outside, join(workspace, "away"));
    await symlink("away/x.mp3", join(workspace, "chain.mp3"));
    const check = await checkAudio("chain.mp3");
    expect(rules(check)).toEqual(["audio-symlink-escape"]);
    expect(check.diagnostics[0]?.message).toContain("the symbolic link `chain.mp3`");
  });

  it("a link whose target climbs back in through `..`", async () => {
    await put("store/in.mp3", mp3Frames(40));
    await mkdir(join(workspace, "deep/er"), { recursive: true });
    await symlink("../../store/in.mp3", join(workspace, "deep/er/in.mp3"));
    expect(rules(await checkAudio("deep/er/in.mp3"))).toEqual([]);
  });

  it("a loop of links", async () => {
    await symlink("loop-b.mp3", join(workspace, "loop-a.mp3"));
    await symlink("loop-a.mp3", join(workspace, "loop-b.mp3"));
    expect((await checkAudio("loop-a.mp3")).diagnostics[0]?.message).toContain(
      "a loop of symbolic links",
    );
  });

  it("/dev/null through a symlink", async () => {
    await symlink("/dev/null", join(workspace, "null.mp3"));
    expect(rules(await checkAudio("null.mp3"))).toEqual(["audio-symlink-escape"]);
  });

  it("a dangling symlink", async () => {
    await symlink("gone.mp3", join(workspace, "dangling.mp3"));
    expect((await checkAudio("dangling.mp3")).diagnostics[0]).toMatchObject({
      rule: "audio-missing",
      message: expect.stringContaining("symbolic link to something that does not exist"),
    });
  });

  it("a FIFO, without blocking on it", async () => {
    execFileSync("mkfifo", [join(workspace, "pipe.mp3")]);
    const check = await checkAudio("pipe.mp3");
    expect(check.diagnostics[0]).toMatchObject({
      rule: "audio-not-regular",
      message:
        "the audio `pipe.mp3` is a named pipe (FIFO), not a regular file: point it at the file itself",
    });
  });

  it("a symlink (inside) to a FIFO", async () => {
    execFileSync("mkfifo", [join(workspace, "pipe")]);
    await symlink("pipe", join(workspace, "via-link.mp3"));
    expect(rules(await checkAudio("via-link.mp3"))).toEqual(["audio-not-regular"]);
  });

  it("a directory", async () => {
    await mkdir(join(workspace, "folder.mp3"));
    expect((await checkAudio("folder.mp3")).diagnostics[0]?.message).toContain(
      "is a folder, not a regular file",
    );
  });

  it("a Git LFS pointer where no LFS server can be asked, saying to run git lfs pull", async () => {
    await put("show.mp3", lfsPointer(52428800));
    const check = await checkAudio("show.mp3");
    expect(check.diagnostics[0]).toMatchObject({
      rule: "audio-lfs-pointer",
      message:
        "the audio `show.mp3` is a Git LFS pointer (to a 50.0 MiB file), not the audio, and its object cannot be fetched here: " +
        "run `git lfs pull` (or check out with `actions/checkout` and `lfs: true`)",
    });
  });

  it("an empty file", async () => {
    await put("show.mp3", "");
    expect(rules(await checkAudio("show.mp3"))).toEqual(["audio-empty"]);
  });

  it("audio over 4 GiB (a sparse file)", async () => {
    const file = await put("big.wav", wav(1000));
    await truncate(file, 4 * 1024 ** 3 + 1);
    const check = await checkAudio("big.wav");
    expect(check.diagnostics[0]).toMatchObject({
      rule: "audio-too-large",
      message:
        "the audio `big.wav` is 4,294,967,297 bytes; Mixcloud takes at most 4,294,967,296 bytes",
    });
  });

  it("a picture over 10 MiB", async () => {
    const file = await put("cover.png", PNG);
    await truncate(file, 10 * 1024 * 1024 + 1);
    const check = await checkPicture("cover.png");
    expect(check.diagnostics).toEqual([
      expect.objectContaining({ rule: "picture-too-large", ...PICTURE_SPAN }),
    ]);
    expect(check.audio).toMatchObject({ type: "mp3" });
    expect(check.picture).toBeUndefined();
  });

  it("a picture given as audio", async () => {
    await put("show.mp3", PNG);
    expect((await checkAudio("show.mp3")).diagnostics[0]).toMatchObject({
      rule: "audio-unknown-type",
      message:
        "the audio `show.mp3` is not audio of a known type (MP3, M4A/AAC, FLAC, Ogg/Opus, WAV or AIFF): " +
        "it looks like a PNG picture",
    });
  });

  it("a saved web page given as audio", async () => {
    await put("show.mp3", HTML);
    expect((await checkAudio("show.mp3")).diagnostics[0]?.message).toContain(
      "it looks like an HTML page",
    );
  });

  it("audio given as the picture, and text given as the picture", async () => {
    await put("cover.jpg", mp3Frames(1));
    expect((await checkPicture("cover.jpg")).diagnostics[0]).toMatchObject({
      rule: "picture-unknown-type",
      message:
        "the picture `cover.jpg` is not a picture of a known type (JPEG, PNG, GIF or WebP): it looks like MP3 audio",
    });
    await put("notes.png", "a cover would go here\n");
    expect((await checkPicture("notes.png")).diagnostics[0]?.message).toMatch(/looks like text$/);
  });

  it("a truncated WAV", async () => {
    await put("cut.wav", wav(2000, 176400 * 60));
    const check = await checkAudio("cut.wav");
    expect(check.diagnostics[0]).toMatchObject({
      rule: "audio-truncated",
      message: expect.stringMatching(
        /^the audio `cut.wav` looks cut short: its WAV header promises sound data of 10\.1 MiB/,
      ),
    });
  });

  it("an MP3 whose ID3 tag claims more than the file", async () => {
    await put("cut.mp3", id3(100, 100_000));
    expect(rules(await checkAudio("cut.mp3"))).toEqual(["audio-truncated"]);
  });
});

describe("the default audio beside the cloudcast file", () => {
  const parsedWithout = () => parsedCloudcast("cloudcasts/show.yml", {}, {});

  it("finds the sibling with the same stem, extension in any case", async () => {
    await put("cloudcasts/show.yml", "title: x\n");
    await put("cloudcasts/show.MP3", mp3Frames(2));
    await put("cloudcasts/other.mp3", mp3Frames(2));
    const check = await checkMedia(parsedWithout(), { workspace });
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toMatchObject({
      relPath: "cloudcasts/show.MP3",
      filename: "show.MP3",
      type: "mp3",
    });
  });

  it("needs no audio for a file with a key: an existing upload's audio is never sent again", async () => {
    await put("cloudcasts/show.yml", "title: x\nkey: /dj/show/\n");
    const check = await checkMedia(
      parsedCloudcast("cloudcasts/show.yml", { key: "/dj/show/" }, {}),
      {
        workspace,
      },
    );
    expect(check.diagnostics).toEqual([]);
    expect(check.audio).toBeUndefined();
    await put("cloudcasts/show.mp3", bytes("not audio at all"));
    const withBadSibling = await checkMedia(
      parsedCloudcast("cloudcasts/show.yml", { key: "/dj/show/" }, {}),
      { workspace },
    );
    expect(rules(withBadSibling)).toEqual(["audio-unknown-type"]);
  });

  it("works for a cloudcast at the workspace root", async () => {
    await put("solo.ogg", bytes("OggS", Buffer.alloc(40)));
    const check = await checkMedia(parsedCloudcast("solo.yaml", {}), { workspace });
    expect(check.audio).toMatchObject({ relPath: "solo.ogg", type: "ogg" });
  });

  it("reports none found at the start of the file, naming what was tried and how to set audio", async () => {
    await put("cloudcasts/show.yml", "title: x\n");
    const check = await checkMedia(parsedWithout(), { workspace });
    expect(check.diagnostics).toEqual([
      {
        file: "cloudcasts/show.yml",
        ...FILE_START,
        rule: "audio-missing",
        message:
          "no audio found for this cloudcast: looked for `cloudcasts/show` with an audio extension " +
          "(.mp3, .m4a, .aac, .flac, .ogg, .oga, .opus, .wav, .aif, .aiff); add the audio file there, " +
          "or set `audio:` to a repository path or an https:// URL",
      },
    ]);
  });

  it("suggests a near name", async () => {
    await put("cloudcasts/Show.mp3", mp3Frames(1));
    const check = await checkMedia(parsedWithout(), { workspace });
    expect(check.diagnostics[0]?.message).toContain("(did you mean `cloudcasts/Show.mp3`?)");
  });

  it("refuses to guess between several", async () => {
    await put("cloudcasts/show.wav", wav(100));
    await put("cloudcasts/show.mp3", mp3Frames(1));
    const check = await checkMedia(parsedWithout(), { workspace });
    expect(check.audio).toBeUndefined();
    expect(check.diagnostics).toEqual([
      expect.objectContaining({
        rule: "audio-ambiguous",
        message:
          "several files could be this cloudcast's audio (`cloudcasts/show.mp3`, `cloudcasts/show.wav`): " +
          "set `audio:` to the one to publish",
      }),
    ]);
  });

  it("checks the default like any other path (an LFS pointer)", async () => {
    await put("cloudcasts/show.flac", lfsPointer());
    const check = await checkMedia(parsedWithout(), { workspace });
    expect(check.diagnostics[0]).toMatchObject({ rule: "audio-lfs-pointer", ...FILE_START });
    expect(check.diagnostics[0]?.message).toContain("`cloudcasts/show.flac` is a Git LFS pointer");
  });

  it("accepts the cloudcast path as an absolute path", async () => {
    await put("cloudcasts/show.m4a", bytes([0, 0, 0, 16], "ftypM4A ", [0, 0, 0, 0]));
    const check = await checkMedia(parsedCloudcast(join(workspace, "cloudcasts/show.yml"), {}), {
      workspace,
    });
    expect(check.audio).toMatchObject({ relPath: "cloudcasts/show.m4a", type: "m4a" });
  });
});
