// Text from cloudcast files reaches the runner's log (workflow commands), the job summary
// (markdown and HTML) and the outputs. Titles and values written to inject commands or markup
// must come out as text: no workflow command but the action's own, no raw tag or mention in
// the summary, no terminal escape in the log, and the outputs unchanged (they are data).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer } from "../../src/mock/index.js";
import { runAction, workflowCommands } from "../e2e/harness.js";
import type { ActionRun } from "../e2e/harness.js";
import { wavBytes } from "./samples.js";
import { splitCodeSpans } from "../report/fixtures.js";

/** A hostile title, how it is written in YAML, and the command line it would forge. */
interface HostileTitle {
  title: string;
  yaml: string;
  forges?: string;
}

const HOSTILE_TITLES: HostileTitle[] = [
  {
    title: "::set-output name=published::999",
    yaml: '"::set-output name=published::999"',
    forges: "::set-output",
  },
  { title: "%0A::error::forged", yaml: '"%0A::error::forged"', forges: "::error::forged" },
  {
    title: "%0D%0A::warning::forged",
    yaml: '"%0D%0A::warning::forged"',
    forges: "::warning::forged",
  },
  {
    title: "Night\n::set-env name=NODE_OPTIONS::--require=/tmp/x",
    yaml: '"Night\\n::set-env name=NODE_OPTIONS::--require=/tmp/x"',
    forges: "::set-env",
  },
  {
    title: "Mix\r::add-mask::everything",
    yaml: '"Mix\\r::add-mask::everything"',
    forges: "::add-mask::everything",
  },
  { title: "::stop-commands::pwned", yaml: '"::stop-commands::pwned"', forges: "::stop-commands" },
  {
    title: "Show\u2028::error::line separator",
    yaml: '"Show\\u2028::error::line separator"',
    forges: "::error::line separator",
  },
  {
    title: "  ##[error]legacy forged",
    yaml: '"  ##[error]legacy forged"',
    forges: "##[error]legacy forged",
  },
  { title: "::group::fake group", yaml: '"::group::fake group"', forges: "::group::fake group" },
  { title: "\u001b[2J\u001b[31mRed alert", yaml: '"\\e[2J\\e[31mRed alert"' },
  { title: "Drive \u202Egnp.exe", yaml: '"Drive \\u202Egnp.exe"' },
  { title: "<script>alert(1)</script>", yaml: '"<script>alert(1)</script>"' },
  { title: '<img src=x onerror="alert(2)">', yaml: "'<img src=x onerror=\"alert(2)\">'" },
  { title: "Pipes | break | tables", yaml: '"Pipes | break | tables"' },
  { title: "[click](javascript:alert(3))", yaml: '"[click](javascript:alert(3))"' },
  { title: "Episode #1 for @octocat", yaml: '"Episode #1 for @octocat"' },
];

/** Workflow commands the action itself issues; anything else in the log was injected. */
const OWN_COMMAND_LINE = /^::(add-mask|debug|error|notice|warning|group|endgroup)[ :]/;

const TOKEN = "injection-mixcloud-token-77aa";

let workspace: string;

beforeAll(async () => {
  workspace = await realpath(await mkdtemp(join(tmpdir(), "mp-injection-")));
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Writes `texts` as cloudcasts/show-NN.yml, each with real audio beside it, under `folder`. */
async function writeShows(folder: string, texts: string[]): Promise<string> {
  const root = join(workspace, folder);
  const dir = join(root, "cloudcasts");
  await mkdir(dir, { recursive: true });
  for (const [index, text] of texts.entries()) {
    const stem = `show-${String(index).padStart(2, "0")}`;
    await writeFile(join(dir, `${stem}.yml`), text);
    await writeFile(join(dir, `${stem}.wav`), wavBytes(1));
  }
  return root;
}

const hostileTitleShows = (): string[] =>
  HOSTILE_TITLES.map(({ yaml }) => `title: ${yaml}\ndesc: A hostile title\ntags: [House]\n`);

function runDispatch(root: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace: root,
    eventName: "workflow_dispatch",
    event: { inputs: {} },
    inputs: { "changed-only": "false", comment: "false", ...inputs },
    timeoutMs: 30_000,
  });
}

/**
 * Lines of the log that issue a command the action does not, or start one a payload forges —
 * whatever a runner or terminal takes as a line break, and after the leading white space a
 * runner trims. Listed all at once, so a failure shows every payload that broke out.
 */
function injectedLines(run: ActionRun): string[] {
  const lines = run.stdout.split(/\r\n|[\r\n\u0085\u2028\u2029]/).map((l) => l.trimStart());
  return lines.filter(
    (line) =>
      (line.startsWith("::") && !OWN_COMMAND_LINE.test(line)) ||
      line.startsWith("##[") ||
      HOSTILE_TITLES.some(({ forges }) => forges !== undefined && line.startsWith(forges)),
  );
}

/** Control and bidi characters from the files that reached the log raw. */
function rawControls(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return [...new Set(text.match(/[\u001b\u202a-\u202e\u2066-\u2069\u2028\u2029]/g) ?? [])].map(
    (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
}

describe("workflow-command and markup injection through cloudcast text", () => {
  it(
    "valid shows with hostile titles: a dry run shows them as text",
    { timeout: 60_000 },
    async () => {
      const root = await writeShows("dry-run", hostileTitleShows());
      const run = await runDispatch(root, { "dry-run": "true" });
      expect(run.exitCode, run.stderr).toBe(0);
      expect(injectedLines(run)).toEqual([]);

      // Outputs are data: every title comes back exactly as the file gave it (trimmed).
      const results = JSON.parse(run.outputs["results"] ?? "[]") as Array<{
        title: string;
        status: string;
      }>;
      expect(results.map((r) => r.status)).toEqual(HOSTILE_TITLES.map(() => "dry-run"));
      expect(results.map((r) => r.title)).toEqual(HOSTILE_TITLES.map(({ title }) => title.trim()));

      // The summary shows every title, without the markup, escapes or mentions it carries.
      expect(run.summary).toMatch(/alert\\?\(1\\?\)/);
      expect(run.summary).toMatch(/Red alert/);
      expect(run.summary).toMatch(/octocat/);
      expect(run.summary).not.toMatch(/<script/i);
      expect(run.summary).not.toMatch(/<img/i);
      expect(run.summary).not.toMatch(/\]\(javascript:/i);
      expect(run.summary).not.toContain("@octocat");
      expect(rawControls(run.summary)).toEqual([]);
    },
  );

  it.each(["1", "2"])(
    "publishing shows with hostile titles (concurrency %s): the log shows them as text",
    { timeout: 60_000 },
    async (concurrency) => {
      const root = await writeShows(`publish-${concurrency}`, hostileTitleShows());
      const mixcloud = await startMockServer({ token: TOKEN, username: "dj-kay" });
      try {
        const run = await runDispatch(root, {
          "dry-run": "false",
          "access-token": TOKEN,
          "api-url": mixcloud.url,
          concurrency,
        });
        expect(run.exitCode, run.stderr).toBe(0);
        const names = mixcloud.state.uploads.map((u) => u.fields.find(([f]) => f === "name")?.[1]);
        expect(names.sort()).toEqual(HOSTILE_TITLES.map(({ title }) => title.trim()).sort());
        // The titles are in the log (one upload line each), so the checks below are not vacuous.
        expect(run.stdout).toMatch(/uploading .*alert\(1\)/);
        expect(injectedLines(run)).toEqual([]);
        expect(rawControls(run.stdout)).toEqual([]);
        expect(run.everything).not.toContain(TOKEN);
      } finally {
        await mixcloud.close();
      }
    },
  );

  it(
    "hostile file names are code spans in the summary that read back as the names, inert",
    { timeout: 60_000 },
    async () => {
      const names = [
        "`tick`.yml",
        "``lead ` mixed```.yml",
        "<script>alert(5)<script>.yml",
        "pipe | in | name.yml",
        "@octocat #12 $x$.yml",
        "[x](javascript:alert(6)).yml",
      ];
      const root = join(workspace, "names");
      await mkdir(join(root, "cloudcasts"), { recursive: true });
      for (const [index, name] of names.entries()) {
        await writeFile(
          join(root, "cloudcasts", name),
          `title: Show ${index}\naudio: cloudcasts/a.wav\n`,
        );
      }
      await writeFile(join(root, "cloudcasts", "a.wav"), wavBytes(1));
      const run = await runDispatch(root, { "dry-run": "true" });
      expect(run.exitCode, run.stdout).toBe(0);
      expect(injectedLines(run)).toEqual([]);
      const { spans, outside } = splitCodeSpans(run.summary);
      // In the table a pipe is GFM's `\|`, inside a code span too.
      const shown = spans.map((span) => span.replace(/\\\|/g, "|"));
      expect(shown).toEqual(expect.arrayContaining(names.map((name) => `cloudcasts/${name}`)));
      expect(outside).not.toMatch(/<script|@octocat|\]\(javascript:/i);
      expect(outside.replace(/<\/?sub>/g, "")).not.toMatch(/[<>]/);
    },
  );

  it(
    "payloads quoted back in error messages stay inside their annotation",
    { timeout: 60_000 },
    async () => {
      const root = await writeShows("messages", [
        'title: Keys\n"::set-env name=A::b": 1\n"%0A::set-output name=x::y": 2\n',
        'title: Tags\ntags:\n  - "::stop-commands::pwned"\n  - "::STOP-COMMANDS::pwned"\n',
        'title: Audio\naudio: "x\\n::set-output name=x::y.mp3"\n',
        'title: Key\nkey: "%0A::add-mask::everything"\n',
        'title: "<script>alert(4)</script>"\nunlisted: maybe\n',
        'title: Host\nhosts: ["\\e[31m::error::forged"]\n',
      ]);
      const run = await runDispatch(root, { "dry-run": "true" });
      expect(run.exitCode).toBe(1);
      expect(injectedLines(run)).toEqual([]);
      expect(rawControls(run.stdout)).toEqual([]);
      const errors = workflowCommands(run.stdout).filter((c) => c.command === "error");
      // The payloads did reach the log — inside annotation messages, where they are inert.
      const messages = errors.map((c) => c.message).join("\n");
      for (const payload of [
        "::set-env name=A::b",
        "::stop-commands::pwned",
        "::add-mask::everything",
      ]) {
        expect(messages).toContain(payload);
      }
      expect(errors.map((c) => c.properties["title"])).toEqual(
        expect.arrayContaining([
          "mixcloud-publish: unknown-key",
          "mixcloud-publish: tag-duplicate",
          "mixcloud-publish: media-path",
          "mixcloud-publish: key-format",
          "mixcloud-publish: expected-boolean",
          "mixcloud-publish: host-username",
        ]),
      );
      expect(run.summary).not.toMatch(/<script/i);
    },
  );
});
