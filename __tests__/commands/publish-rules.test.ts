// `publish` checks Mixcloud's rules as the action does, on real audio and against the mock
// Mixcloud server: the length of the audio, the licensing rules, and a free account's limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publish } from "../../src/commands/publish.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer, MockServerOptions } from "../../src/mock/index.js";
import { showAudio, wav } from "../helpers/media.js";
import { startMediaServer } from "../chaos/media-server.js";
import { serveBytes, startServer } from "../media/server.js";
import { lineOfTrack, others, showFile, tracksBy } from "../cloudcast/mixcloud-rules/support.js";
import { captureIO } from "./io.js";

const TOKEN = "cli-rules-token-456";
let dir: string;
let mock: MockServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mp-cli-rules-"));
  mkdirSync(join(dir, "cloudcasts"));
});
afterEach(async () => {
  await mock?.close();
  mock = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `cloudcasts/<stem>.yml` and, unless `seconds` is undefined, its WAV of that length. */
function show(stem: string, text: string, seconds: number | undefined = 20 * 60): void {
  writeFileSync(join(dir, "cloudcasts", `${stem}.yml`), text);
  if (seconds !== undefined)
    writeFileSync(join(dir, "cloudcasts", `${stem}.wav`), showAudio(seconds));
}

async function startMock(options: MockServerOptions = {}): Promise<MockServer> {
  mock = await startMockServer({ token: TOKEN, username: "dj", ...options });
  return mock;
}

/** Tracks 5 minutes apart (showFile's spacing): the 4th starts at 15:00. */
const FOUR_TRACKS = showFile(others(4), "title: Four\n");

describe("the length of the audio", () => {
  it("fails a file whose tracklist runs past the end of the audio, at that track, before any upload", async () => {
    // 12 minutes of audio: the 4th track, at 15:00, starts after it ends.
    show("cut", FOUR_TRACKS, 12 * 60);
    show("fine", showFile(others(2), "title: Fine\n"));
    const server = await startMock();
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", server.url], run.io)).toBe(1);
    const line = lineOfTrack(FOUR_TRACKS, 3);
    expect(run.stdout()).toContain(
      `cloudcasts/cut.yml:${line}:5: this track starts at 15:00, but the audio ends at 12:00: is this the tracklist of another recording, or was the recording cut short? Fix the start or the audio (start-after-audio)\n`,
    );
    expect(run.stdout()).toMatch(/^invalid\s+cloudcasts\/cut\.yml/m);
    expect(run.stdout()).toMatch(/^skipped\s+cloudcasts\/fine\.yml\s+not published/m);
    expect(server.state.uploads).toEqual([]);
  });

  it("counts the sections after the first one past the end, and takes a start exactly at the end as past it", async () => {
    show("cut", FOUR_TRACKS, 10 * 60);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run"], run.io)).toBe(1);
    const line = lineOfTrack(FOUR_TRACKS, 2);
    expect(run.stdout()).toContain(
      `cloudcasts/cut.yml:${line}:5: this track starts at 10:00 (and the section after it), but the audio ends at 10:00`,
    );
  });

  it("warns of a show under 15 minutes at its audio key, and still publishes", async () => {
    show("short", `title: Short\naudio: cloudcasts/short.wav\n`, 14 * 60 + 59.5);
    const server = await startMock();
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", server.url], run.io)).toBe(0);
    expect(run.stdout()).toContain(
      'cloudcasts/short.yml:2:8: warning: the audio is 14:59.5 long: Mixcloud has refused shows shorter than 15 minutes (shorter music goes up as a "Track" on mixcloud.com); the upload may be turned down (show-too-short)\n',
    );
    expect(run.stdout()).toMatch(/1 file: 1 published; 1 warning$/m);
    expect(server.state.uploads).toHaveLength(1);
  });

  it("takes a show of exactly 15 minutes, and a last track just before the end", async () => {
    show("edge", showFile(others(4), "title: Edge\n"), 15 * 60 + 0.01);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run"], run.io)).toBe(0);
    expect(run.stdout()).toBe("dry-run    cloudcasts/edge.yml\n1 file (dry run): 1 dry-run\n");
  });

  it("checks nothing against URL audio whose length is unknown (its server ignores Range), and warns so at `audio:`", async () => {
    // One second of audio, and tracks up to 15:00: were its length known, both rules would speak.
    const media = await startMediaServer({
      name: "one.wav",
      body: wav(1),
      contentType: "audio/wav",
    });
    try {
      show(
        "remote",
        FOUR_TRACKS.replace("title: Four\n", `title: Remote\naudio: ${media.url}\n`),
        undefined,
      );
      const run = captureIO(dir, { HOME: dir });
      expect(await publish(["--dry-run"], run.io)).toBe(0);
      expect(run.stdout()).toBe(
        `cloudcasts/remote.yml:2:8: warning: length unknown: the length of the audio URL ${media.url} could not be read (its server does not say it answers Range requests, and audio at a URL is downloaded only for its upload), so the checks against it (a track past the end of the audio, a show under 15 minutes) were skipped (audio-length-unknown)\n` +
          "dry-run    cloudcasts/remote.yml\n1 file (dry run): 1 dry-run; 1 warning\n",
      );
    } finally {
      await media.close();
    }
  });
});

describe("the length of URL audio, read by ranges", () => {
  it("holds the length rules for audio at a URL that answers Range requests", async () => {
    const server = await startServer((req, res) =>
      serveBytes(res, req, showAudio(12 * 60), { ranges: true, contentType: "audio/wav" }),
    );
    try {
      show(
        "remote",
        FOUR_TRACKS.replace("title: Four\n", `title: Remote\naudio: ${server.origin}/cut.wav\n`),
        undefined,
      );
      const run = captureIO(dir, { HOME: dir });
      expect(await publish(["--dry-run"], run.io)).toBe(1);
      const line = lineOfTrack(FOUR_TRACKS, 3) + 1;
      expect(run.stdout()).toContain(
        `cloudcasts/remote.yml:${line}:5: this track starts at 15:00, but the audio ends at 12:00`,
      );
      expect(run.stdout()).toContain("warning: the audio is 12:00 long");
      // HEAD, then ranges of the head: never the whole file.
      expect(server.requests.map((r) => r.method)).toEqual(["HEAD", "GET"]);
      expect(server.requests[1]?.headers.range).toMatch(/^bytes=0-\d+$/);
    } finally {
      await server.close();
    }
  });
});

describe("the licensing rules", () => {
  const BREACH = showFile([...others(1), ...tracksBy("Moodymann", 4)], "title: Breach\n");
  const AT = lineOfTrack(BREACH, 4);

  it("warns at the track on a dry run, exit 0", async () => {
    show("breach", BREACH, 25 * 60);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(
      new RegExp(
        `^cloudcasts/breach\\.yml:${AT}:5: warning: the 4th track in a row by "Moodymann".* \\(licensing-artist-in-a-row\\)$`,
        "m",
      ),
    );
    expect(run.stdout()).toMatch(/1 file \(dry run\): 1 dry-run; 1 warning$/m);
  });

  it("blocks publishing with --licensing error: exit 1, nothing uploaded", async () => {
    show("breach", BREACH, 25 * 60);
    show("fine", showFile(others(2), "title: Fine\n"));
    const server = await startMock();
    const run = captureIO(dir, { HOME: dir });
    expect(
      await publish(["--token", TOKEN, "--api-url", server.url, "--licensing", "error"], run.io),
    ).toBe(1);
    expect(run.stdout()).toMatch(
      new RegExp(`^cloudcasts/breach\\.yml:${AT}:5: the 4th track in a row`, "m"),
    );
    expect(run.stdout()).toMatch(/^invalid\s+cloudcasts\/breach\.yml/m);
    expect(server.state.uploads).toEqual([]);
  });

  it("says nothing with --licensing off", async () => {
    show("breach", BREACH, 25 * 60);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run", "--licensing", "off"], run.io)).toBe(0);
    expect(run.stdout()).not.toContain("warning");
  });

  it("refuses an unknown mode", async () => {
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run", "--licensing", "loud"], run.io)).toBe(2);
    expect(run.stderr()).toContain("--licensing takes warn, error or off, not 'loud'");
  });
});

describe("a free account at its 10 public shows", () => {
  it("warns each new upload before it is sent, and its result says so; an edit is not warned", async () => {
    show("new", showFile(others(2), "title: Brand New\n"));
    show("old", showFile(others(2), "title: Existing cloudcast 3\n"));
    const server = await startMock({ isPro: false, existingCloudcasts: 10 });
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", server.url], run.io)).toBe(0);
    const out = run.stdout();
    const warning =
      "'dj' is not a Pro account and already holds 10 shows: Mixcloud keeps at most 10 public shows on a free account, so this upload may land in the drafts until the account is Pro or another show is removed";
    expect(out).toContain(`cloudcasts/new.yml: warning: ${warning}\n`);
    expect(out).toContain(`cloudcasts/new.yml:1:1: warning: ${warning} (account-drafts)\n`);
    expect(out.indexOf("cloudcasts/new.yml: warning:")).toBeLessThan(out.indexOf("uploading"));
    expect(out).not.toContain("cloudcasts/old.yml:1:1: warning");
    expect(out).toMatch(/^published\s+cloudcasts\/new\.yml/m);
    expect(out).toMatch(/^updated\s+cloudcasts\/old\.yml/m);
    expect(server.state.uploads).toHaveLength(1);
  });

  it("counts the new uploads of the run: the one that makes 11 is warned", async () => {
    show("a", showFile(others(2), "title: A\n"));
    show("b", showFile(others(2), "title: B\n"));
    const server = await startMock({ isPro: false, existingCloudcasts: 9 });
    const run = captureIO(dir, { HOME: dir });
    expect(
      await publish(["--token", TOKEN, "--api-url", server.url, "--concurrency", "1"], run.io),
    ).toBe(0);
    expect(run.stdout()).not.toContain("cloudcasts/a.yml:1:1: warning");
    expect(run.stdout()).toContain(
      "cloudcasts/b.yml:1:1: warning: 'dj' is not a Pro account and already holds 10 shows (with the earlier uploads of this run)",
    );
  });

  it("says nothing to a Pro account, or below the limit", async () => {
    show("a", showFile(others(2), "title: A\n"));
    const pro = await startMock({ isPro: true, existingCloudcasts: 25 });
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", pro.url], run.io)).toBe(0);
    expect(run.stdout()).not.toContain("account-drafts");
    await pro.close();
    const free = await startMock({ isPro: false, existingCloudcasts: 9 });
    const second = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", free.url], second.io)).toBe(0);
    expect(second.stdout()).not.toContain("account-drafts");
  });
});
