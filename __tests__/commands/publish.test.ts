import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publish } from "../../src/commands/publish.js";
import { startMockServer } from "../../src/mock/index.js";
import type { MockServer } from "../../src/mock/index.js";
import { captureIO } from "./io.js";
import { showAudio, showYaml } from "../e2e/world.js";

const TOKEN = "cli-secret-token-123";
let dir: string;
let mock: MockServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "mp-cli-publish-"));
  mkdirSync(join(dir, "cloudcasts"));
  writeFileSync(join(dir, "cloudcasts", "one.yml"), showYaml("One"));
  writeFileSync(join(dir, "cloudcasts", "one.wav"), showAudio());
  writeFileSync(join(dir, "cloudcasts", "two.yml"), showYaml("Two"));
  writeFileSync(join(dir, "cloudcasts", "two.wav"), showAudio());
  mock = await startMockServer({ token: TOKEN, username: "dj" });
});
afterEach(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("mixcloud-publish publish", () => {
  it("publishes the files of a folder, then finds them unchanged", async () => {
    const first = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", mock.url], first.io)).toBe(0);
    expect(first.stdout()).toMatch(
      /^published\s+cloudcasts\/one\.yml\s+https:\/\/www\.mixcloud\.com\/dj\/one\/$/m,
    );
    expect(first.stdout()).toMatch(/2 files: 2 published/);
    expect(mock.state.uploads).toHaveLength(2);

    const second = captureIO(dir, { HOME: dir, MIXCLOUD_ACCESS_TOKEN: TOKEN });
    expect(await publish(["--api-url", mock.url, "cloudcasts/one.yml"], second.io)).toBe(0);
    expect(second.stdout()).toMatch(/^unchanged\s+cloudcasts\/one\.yml/m);
    expect(mock.state.uploads).toHaveLength(2);
    expect(first.stdout() + first.stderr() + second.stdout() + second.stderr()).not.toContain(
      TOKEN,
    );
  });

  it("takes the token from ~/.netrc", async () => {
    writeFileSync(join(dir, ".netrc"), `machine mixcloud-api\n  password ${TOKEN}\n`);
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--api-url", mock.url], run.io)).toBe(0);
    expect(mock.state.uploads).toHaveLength(2);
  });

  it("dry-runs without a token and uploads nothing", async () => {
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/2 files \(dry run\): 2 dry-run/);
    expect(mock.state.requests).toEqual([]);
  });

  it("exits 1 with file:line:col lines when a file is invalid, and uploads nothing", async () => {
    writeFileSync(join(dir, "cloudcasts", "bad.yml"), "title: Bad\nunlisted: yes\n");
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--token", TOKEN, "--api-url", mock.url], run.io)).toBe(1);
    expect(run.stdout()).toMatch(/^cloudcasts\/bad\.yml:2:11: .*true or false/m);
    expect(run.stdout()).toMatch(
      /^skipped\s+cloudcasts\/one\.yml\s+not published: 1 file is invalid/m,
    );
    expect(mock.state.uploads).toEqual([]);
  });

  it("draws a progress bar on a terminal", async () => {
    const run = captureIO(dir, { HOME: dir }, true);
    expect(
      await publish(["--token", TOKEN, "--api-url", mock.url, "--concurrency", "1"], run.io),
    ).toBe(0);
    expect(run.stdout()).toMatch(/\[#+-*\]\s+\d+ %/);
    expect(run.stdout()).toContain("\r\x1b[2K");
  });

  it("prints JSON results with --json", async () => {
    const run = captureIO(dir, { HOME: dir });
    expect(await publish(["--dry-run", "--json"], run.io)).toBe(0);
    const results = JSON.parse(run.stdout().slice(run.stdout().indexOf("[")));
    expect(results).toEqual([
      {
        file: "cloudcasts/one.yml",
        status: "dry-run",
        title: "One",
        key: null,
        url: null,
        error: null,
      },
      {
        file: "cloudcasts/two.yml",
        status: "dry-run",
        title: "Two",
        key: null,
        url: null,
        error: null,
      },
    ]);
  });

  it("answers usage errors with exit 2 and a hint", async () => {
    const unknown = captureIO(dir, { HOME: dir });
    expect(await publish(["--dryrun"], unknown.io)).toBe(2);
    expect(unknown.stderr()).toMatch(/Unknown option '--dryrun'.*Did you mean --dry-run\?/);
    const noToken = captureIO(dir, { HOME: dir });
    expect(await publish([], noToken.io)).toBe(2);
    expect(noToken.stderr()).toMatch(/no access token/);
    const bad = captureIO(dir, { HOME: dir });
    expect(await publish(["--if-exists", "replace", "--concurrency", "0"], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(
      /--if-exists takes update, skip or fail.*--concurrency takes a whole number from 1 to 16/,
    );
    const help = captureIO(dir, { HOME: dir });
    expect(await publish(["--help"], help.io)).toBe(0);
    expect(help.stdout()).toMatch(/^Usage: mixcloud-publish publish/);
  });
});
