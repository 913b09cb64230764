// A fork's pull request is an attacker. This one holds every shape of issue 19 at once: a FLAC
// whose tail is a run of frame-header look-alikes (the last-frame search once went quadratic on
// it), tracklist exports with long runs of spaces and blank lines (regexes that backtracked),
// media URLs to the runner's own network (loopback, link-local, a name resolving to loopback),
// a symlink to /proc/self/environ, a title and a file name that try to start workflow commands,
// and comments by others that quote the action's marker. The bundled action must finish its dry
// run within a minute, diagnose every file, request nothing of the service on loopback, leave the
// other comments alone, let no workflow command out of the files, and show no secret anywhere.
import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/constants.js";
import { human } from "../helpers/github-mock.js";
import type { TestRepo } from "../helpers/git-repo.js";
import { workflowCommands } from "./harness.js";
import type { ActionRun } from "./harness.js";
import {
  MIXCLOUD_TOKEN,
  createWorld,
  linkOut,
  openPullRequest,
  pullRequestEvent,
  runIn,
  showAudio,
  wav,
  writeBinary,
} from "./world.js";
import type { World } from "./world.js";

/** In the action's environment only: /proc/self/environ of its process holds it. */
const ENVIRON_CANARY = "environ-canary-3f1d9a7c55e2";
/** Every injection attempt carries this word, so a forged command is easy to tell. */
const INJECTED = "INJECTED";
/** The dry run's bound, under the test's own minute. */
const RUN_MS = 50_000;

let world: World;
let loopback: { server: Server; url: string; requests: IncomingMessage["url"][] };

beforeEach(async () => {
  world = await createWorld();
  const requests: IncomingMessage["url"][] = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    res.writeHead(200, { "content-type": "audio/mpeg" }).end("internal service answer");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  loopback = { server, url: `127.0.0.1:${port}`, requests };
});

afterEach(async () => {
  await new Promise((resolve) => loopback.server.close(resolve));
  await world.close();
});

// ---- the shapes ---------------------------------------------------------------------------------

/** FLAC's frame-header checksum (x^8 + x^2 + x + 1), as the spec gives it. */
function crc8(bytes: number[]): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/**
 * 16 MiB of FLAC as an encoder writing to a pipe leaves it: STREAMINFO without a sample count
 * (so the length is read from the last frame), a largest frame size of 16 MiB (so the whole file
 * is the tail to search), and after it nothing but frame headers with valid header checksums
 * whose frames never check out.
 */
function flacWithHeaderTail(size = 16 * 1024 * 1024): Buffer {
  const streamInfo = Buffer.alloc(34);
  streamInfo.writeUInt16BE(4096, 0); // smallest block
  streamInfo.writeUInt16BE(4096, 2); // largest block
  streamInfo.writeUIntBE(0xffffff, 7, 3); // largest frame: 16 MiB
  // 44100 Hz (20 bits), 2 channels, 16 bits, 0 samples (36 bits): "unknown".
  streamInfo.set([0x0a, 0xc4, 0x42, 0xf0, 0, 0, 0, 0], 10);
  const head = Buffer.concat([Buffer.from("fLaC"), Buffer.from([0x80, 0, 0, 34]), streamInfo]);
  const header = [0xff, 0xf8, 0xc9, 0x18, 0x00];
  const lookAlike = Buffer.from([...header, crc8(header)]);
  const tail = Buffer.alloc(size - head.length);
  for (let at = 0; at + lookAlike.length <= tail.length; at += lookAlike.length)
    lookAlike.copy(tail, at);
  return Buffer.concat([head, tail]);
}

/** Plain-text tracklist lines with two runs of 30,000 spaces each (under the 64 KiB line cap). */
function spacedTracklist(): string {
  const spaces = " ".repeat(30_000);
  const lines = Array.from({ length: 30 }, (_, i) => `${i}:00 Artist${spaces}x${spaces}(1:00`);
  return `${lines.join("\n")}\n`;
}

/**
 * A CUE sheet whose FILE lines end in 30,000 spaces and a character that is no word, and whose
 * TITLE (with no PERFORMER, so artist and title are split out of it) has runs of spaces and no dash.
 */
function spacedCue(): string {
  const spaces = " ".repeat(30_000);
  const tracks = Array.from(
    { length: 30 },
    (_, i) =>
      `FILE "part-${i}.wav"${spaces}!\n  TRACK ${String(i + 1).padStart(2, "0")} AUDIO\n` +
      `    TITLE "Artist${spaces}x${spaces}!"\n    INDEX 01 ${String(i).padStart(2, "0")}:00:00\n`,
  );
  return `TITLE "Hostile"\n${tracks.join("")}`;
}

/** An M3U that is two million blank lines, then one entry. */
function blankLinesPlaylist(): string {
  return `${"\n".repeat(2_000_000)}#EXTM3U\nmusic/track.mp3\n`;
}

const EVIL_NAME = `cloudcasts/evil\r\n::error title=${INJECTED}::${INJECTED} file\u2028::warning::${INJECTED}.yml`;
const EVIL_TITLE = `Night\r\n::set-env name=NODE_OPTIONS::${INJECTED}\n::add-mask::${INJECTED}\u2028::warning::${INJECTED}\u0085::stop-commands::${INJECTED}`;

function show(title: string, extra: string): string {
  return `title: ${JSON.stringify(title)}\ntags: [House]\n${extra}`;
}

async function writeShapes(repo: TestRepo): Promise<string[]> {
  const files: Array<[string, string]> = [
    ["cloudcasts/flac-tail.yml", show("Flac Tail", "audio: cloudcasts/flac-tail.flac\n")],
    ["cloudcasts/spaces.yml", show("Spaces", "tracklist: spaces.txt\n")],
    ["cloudcasts/blank-lines.yml", show("Blank Lines", "tracklist: blank-lines.m3u\n")],
    ["cloudcasts/cue-spaces.yml", show("Cue Spaces", "tracklist: cue-spaces.cue\n")],
    [
      "cloudcasts/loopback.yml",
      show(
        "Loopback",
        `audio: http://${loopback.url}/admin/export.mp3\npicture: https://${loopback.url.replace("127.0.0.1", "localhost")}/cover.png\n`,
      ),
    ],
    [
      "cloudcasts/loopback-mapped.yml",
      show("Loopback Mapped", `audio: https://[::ffff:${loopback.url.replace(":", "]:")}/x.mp3\n`),
    ],
    [
      "cloudcasts/link-local.yml",
      show(
        "Link Local",
        "audio: https://169.254.169.254/latest/meta-data/iam/security-credentials/\n",
      ),
    ],
    ["cloudcasts/environ.yml", show("Environ", "audio: cloudcasts/environ.mp3\n")],
    [EVIL_NAME, show(EVIL_TITLE, "")],
  ];
  for (const [file, text] of files) await repo.write(file, text);
  await writeBinary(repo, "cloudcasts/flac-tail.flac", flacWithHeaderTail());
  await repo.write("cloudcasts/spaces.txt", spacedTracklist());
  await repo.write("cloudcasts/blank-lines.m3u", blankLinesPlaylist());
  await repo.write("cloudcasts/cue-spaces.cue", spacedCue());
  for (const stem of ["spaces", "blank-lines", "cue-spaces"])
    await writeBinary(repo, `cloudcasts/${stem}.wav`, showAudio());
  // A one-minute show: "a show should last 15 minutes" makes a warning that names the file.
  await writeBinary(repo, EVIL_NAME.replace(/\.yml$/, ".wav"), wav(60));
  await linkOut(repo, "cloudcasts/environ.mp3", "/proc/self/environ");
  return files.map(([file]) => file);
}

/** Comments others wrote on the pull request before the run, each quoting the marker. */
function seedOthersComments(): Array<{ id: number; body: string }> {
  const otherBot = { login: "other-bot[bot]", id: 7001, type: "Bot" as const };
  return [
    world.github.addComment(7, `${COMMENT_MARKER}\nanother workflow's own report`, otherBot),
    world.github.addComment(7, `Quoting the preview:\n> ${COMMENT_MARKER}\n> all good`, otherBot),
    world.github.addComment(7, `Our last run said:\n> ${COMMENT_MARKER}`),
    world.github.addComment(7, `${COMMENT_MARKER} pasted by a person`, human("mallory")),
  ].map((c) => ({ id: c.id, body: c.body }));
}

// ---- the checks -----------------------------------------------------------------------------------

function results(run: ActionRun) {
  return JSON.parse(run.outputs["results"] ?? "[]") as Array<{
    file: string;
    status: string;
    error: string | null;
  }>;
}

/** A line the runner would take as a workflow command. */
const COMMAND_START = /^\s*(::|##\[)/;
/** The commands the action itself issues. */
const OWN_COMMAND = /^::(add-mask|debug|error|notice|warning|group|endgroup)[ :]/;

function expectNoInjectedCommand(run: ActionRun): void {
  for (const line of run.stdout.split(/\r\n|\r|\n/)) {
    if (!COMMAND_START.test(line)) continue;
    expect(line, "a workflow command the action does not issue").toMatch(OWN_COMMAND);
  }
  for (const command of workflowCommands(run.stdout)) {
    expect(command.message.startsWith(INJECTED), command.message).toBe(false);
    expect(Object.values(command.properties)).not.toContain(INJECTED);
    if (command.command === "add-mask") expect(command.message).not.toContain(INJECTED);
  }
}

describe("a fork's pull request holding every hostile shape at once", () => {
  it("is dry-run within a minute: every file diagnosed, nothing fetched from loopback, no command injected, nothing leaked", async () => {
    const files: string[] = [];
    const { clone, base, head } = await openPullRequest(world, async (repo) => {
      files.push(...(await writeShapes(repo)));
    });
    const others = seedOthersComments();

    const run = await runIn(world, clone, {
      eventName: "pull_request",
      event: pullRequestEvent(7, base, head, true),
      sha: head,
      // A token that may comment (as under pull_request_target, or a repository that lets
      // fork runs write): otherwise nothing could be overwritten and the check would be empty.
      // The access token is given too, to show that not even a secret the run holds leaks.
      inputs: { "access-token": MIXCLOUD_TOKEN },
      env: { MP_E2E_CANARY: ENVIRON_CANARY },
      timeoutMs: RUN_MS,
    });

    // Finished by itself, within the bound, failing on the invalid files.
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe("");

    // Every file diagnosed; each hostile one refused for its own reason.
    const byFile = new Map(results(run).map((r) => [r.file, r]));
    expect([...byFile.keys()].sort()).toEqual([...files].sort());
    for (const [file, result] of byFile)
      expect(["invalid", "dry-run"], file).toContain(result.status);
    const errors = workflowCommands(run.stdout).filter((c) => c.command === "error");
    const rulesOf = (file: string) =>
      errors.filter((e) => e.properties["file"] === file).map((e) => e.properties["title"] ?? "");
    for (const file of [
      "cloudcasts/loopback.yml",
      "cloudcasts/loopback-mapped.yml",
      "cloudcasts/link-local.yml",
    ]) {
      expect(byFile.get(file)?.status, file).toBe("invalid");
      expect(rulesOf(file).join(" "), file).toMatch(/url-(private-address|insecure)/);
    }
    expect(rulesOf("cloudcasts/loopback.yml").join(" ")).toMatch(/picture-url-private-address/);
    expect(byFile.get("cloudcasts/environ.yml")?.status).toBe("invalid");
    expect(rulesOf("cloudcasts/environ.yml").join(" ")).toMatch(/audio-symlink-escape/);
    expect(run.everything).not.toContain("/proc/self/environ");
    // The file with the hostile name is there, and the warning that names it is one safe line.
    expect(byFile.has(EVIL_NAME)).toBe(true);
    expect(run.stdout).toContain("cloudcasts/evil ::error title=");

    // Nothing asked of the service on loopback, not even a DNS name's way round.
    expect(loopback.requests).toEqual([]);

    // The action's own comment is a new one; everyone else's is as it was.
    const comments = world.github.state.comments.filter((c) => c.issueNumber === 7);
    for (const other of others)
      expect(comments.find((c) => c.id === other.id)?.body).toBe(other.body);
    const own = comments.filter((c) => !others.some((o) => o.id === c.id));
    expect(own).toHaveLength(1);
    expect(own[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(own[0]?.user.login).toBe("github-actions[bot]");

    // No workflow command out of a title, a file name or a message.
    expectNoInjectedCommand(run);

    // No secret anywhere: log, outputs, summary, comments.
    const written = [run.everything, ...comments.map((c) => c.body)].join("\n");
    for (const secret of [MIXCLOUD_TOKEN, world.github.token, ENVIRON_CANARY])
      expect(written).not.toContain(secret);
    expect(written).not.toContain("internal service answer");
    expectNoUploads();
  }, 60_000);
});

function expectNoUploads(): void {
  expect(world.mixcloud.state.uploads).toEqual([]);
  expect(world.mixcloud.state.edits).toEqual([]);
}
