// Properties of the whole validate-and-plan path, over random cloudcast files (valid and invalid
// keys and values, media among existing, missing and escaping paths, BOMs, CRLF, damage) run
// through the real pipeline in dry-run mode in a real workspace:
// - it never throws, and every file gets a status;
// - an invalid file has at least one diagnostic, each inside the file;
// - a file is valid exactly when every field is (and no other file claims its title or key),
//   and a valid file's title comes back as written;
// - nothing from outside the workspace shows in any output (a canary sits behind links out);
// - the planner's answer for a valid file is consistent with the account it is given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline.js";
import type { PipelineOptions } from "../../src/pipeline.js";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import type { Cloudcast } from "../../src/cloudcast/types.js";
import type { Diagnostic } from "../../src/diagnostic.js";
import { matchExisting, uploadBlockers } from "../../src/publish/plan.js";
import type { AccountListing } from "../../src/publish/plan.js";
import type { FileResult } from "../../src/results.js";
import { MEDIA, accountSpec, encode, encoding, generatedFile } from "./arbitraries.js";
import type { AccountName, Encoding, GeneratedFile } from "./arbitraries.js";
import { guardNetwork } from "./network-guard.js";
import type { NetworkGuard } from "./network-guard.js";
import { PNG_BYTES, wavBytes } from "./samples.js";

/**
 * Audio longer than any start the arbitraries write (up to 2 hours), so that a valid tracklist
 * never runs past its end; 10 samples a second keeps it at 73 kB, as `sox -r 10` writes it.
 */
const LONG_AUDIO = wavBytes(7300, 10);
import { CANARY, createSandbox } from "./sandbox.js";
import type { Sandbox } from "./sandbox.js";

const NOW = new Date("2026-11-27T12:00:00Z");

let sandbox: Sandbox;
let guard: NetworkGuard;

beforeAll(async () => {
  guard = guardNetwork();
  sandbox = await createSandbox(
    ({ outside }) => [
      { path: MEDIA.audio, bytes: LONG_AUDIO },
      { path: MEDIA.picture, bytes: PNG_BYTES },
      { path: MEDIA.linkOut, symlink: `${outside}/real.wav` },
      { path: "media/outdir", symlink: outside },
      { path: MEDIA.hardLink, hardlink: `${outside}/canary.txt` },
      { path: MEDIA.fifo, fifo: true },
      { path: MEDIA.empty, bytes: new Uint8Array(0) },
    ],
    "http://127.0.0.1:1",
  );
});

afterAll(async () => {
  await sandbox.cleanup();
  guard.restore();
});

interface Written {
  path: string;
  file: GeneratedFile;
  text: string;
  knowable: boolean;
}

/** Replaces `cloudcasts/` with the run's files (and their default audio where wanted). */
async function writeRun(files: Array<[GeneratedFile, Encoding]>): Promise<Written[]> {
  const folder = join(sandbox.repo, "cloudcasts");
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder);
  const written: Written[] = [];
  for (const [index, [file, how]] of files.entries()) {
    const { text, knowable } = encode(file, how);
    await writeFile(join(folder, `gen-${index}.yml`), text);
    if (file.siblingAudio) await writeFile(join(folder, `gen-${index}.wav`), LONG_AUDIO);
    written.push({ path: `cloudcasts/gen-${index}.yml`, file, text, knowable });
  }
  return written;
}

async function dryRun(written: Written[], log: string[]): Promise<FileResult[]> {
  const refuse = (what: string) => () => {
    throw new Error(`a dry run must not ${what}`);
  };
  const options: PipelineOptions = {
    workspace: sandbox.repo,
    files: written.map((w) => ({ path: w.path, status: "listed" })),
    dryRun: true,
    ifExists: "update",
    concurrency: 2,
    retries: 1,
    signal: AbortSignal.timeout(20_000),
    log: {
      info: (file, message) => void log.push(`${file}: ${message}`),
      warning: (file, message) => void log.push(`${file}: warning: ${message}`),
    },
    connect: refuse("connect to Mixcloud"),
    download: refuse("download media"),
    now: () => NOW,
  };
  return runPipeline(options);
}

/**
 * What a correct validator says of each file: valid or not, or undefined when a damaged file
 * earlier in the batch (or this one) makes it unknowable. A later file whose title or key an
 * earlier readable file already claims is invalid, whatever its own fields.
 */
function oracle(written: Written[]): Array<boolean | undefined> {
  const claimed = new Set<string>();
  let damagedBefore = false;
  return written.map((w) => {
    const expected =
      !w.knowable || damagedBefore
        ? undefined
        : w.file.fieldsValid && !claimed.has(w.file.identity ?? "");
    if (!w.knowable) damagedBefore = true;
    if (w.knowable && w.file.identity !== undefined) claimed.add(w.file.identity);
    return expected;
  });
}

/** Lines as the diagnostics count them: the decoded text (no BOM), split at LF. */
function linesOf(text: string): string[] {
  return (text.startsWith("\uFEFF") ? text.slice(1) : text).split("\n");
}

function expectInside(d: Diagnostic, text: string): void {
  const lines = linesOf(text);
  const where = `${d.rule}@${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
  expect(d.line, where).toBeGreaterThanOrEqual(1);
  expect(d.line, where).toBeLessThanOrEqual(lines.length);
  expect(d.endLine, where).toBeGreaterThanOrEqual(d.line);
  expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
  expect(d.column, where).toBeGreaterThanOrEqual(1);
  expect(d.column, where).toBeLessThanOrEqual((lines[d.line - 1] ?? "").length + 1);
  expect(d.endColumn, where).toBeLessThanOrEqual((lines[d.endLine - 1] ?? "").length + 1);
}

function checkResults(written: Written[], results: FileResult[], log: string[]): void {
  expect(results.map((r) => r.file)).toEqual(written.map((w) => w.path));
  const expected = oracle(written);
  for (const [index, result] of results.entries()) {
    const w = written[index] as Written;
    expect(["dry-run", "invalid"]).toContain(result.status);
    if (result.status === "invalid") {
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) {
        expect(d.file).toBe(w.path);
        expectInside(d, w.text);
      }
    } else {
      expect(result.diagnostics).toEqual([]);
      if (w.knowable) expect(result.title).toBe(w.file.title);
    }
    for (const warning of result.warnings) {
      expect(warning.severity).toBe("warning");
      expect(warning.file).toBe(w.path);
      expectInside(warning, w.text);
    }
    const rules = result.diagnostics.map((d) => `${d.rule}@${d.line}:${d.column}`);
    if (expected[index] !== undefined)
      expect(result.status === "dry-run", `${w.path}: ${rules.join(", ")}`).toBe(expected[index]);
  }
  expect(`${JSON.stringify(results)}\n${log.join("\n")}`).not.toContain(CANARY);
}

/** The account listing a spec describes, its names resolved against the run's valid titles. */
function accountFrom(
  spec: { username: string; isPro: boolean; names: AccountName[] },
  titles: string[],
): AccountListing {
  const names = spec.names.map((n) => {
    if ("name" in n) return n.name;
    const title = titles[n.title % Math.max(titles.length, 1)] ?? "Nothing";
    return n.spaced ? ` ${title.replace(/ /g, "  ")}\t` : title;
  });
  return {
    username: spec.username,
    isPro: spec.isPro,
    cloudcasts: names.map((name, i) => ({ key: `/${spec.username}/upload-${i}/`, name })),
  };
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

/** The planner's answer for one valid cloudcast, checked against the account it was given. */
function checkPlan(cloudcast: Cloudcast, file: GeneratedFile, account: AccountListing): void {
  const match = matchExisting(cloudcast, undefined, account);
  if (cloudcast.key !== undefined) {
    const owner = cloudcast.key.split("/")[1] ?? "";
    const ours = owner.toLowerCase() === account.username.toLowerCase();
    // A key match always belongs to the account; a key of another account is an error.
    expect(match).toEqual(
      ours
        ? { kind: "existing", key: cloudcast.key, by: "key" }
        : expect.objectContaining({ kind: "error" }),
    );
  } else {
    const same = account.cloudcasts.filter((c) => collapse(c.name) === collapse(cloudcast.title));
    // An ambiguous title is always an error; a unique one is that cloudcast; none is new.
    if (same.length > 1) expect(match.kind).toBe("error");
    else if (same.length === 1)
      expect(match).toEqual({ kind: "existing", key: same[0]?.key, by: "title" });
    else expect(match).toEqual({ kind: "new" });
  }
  const blockers = uploadBlockers(cloudcast, account, NOW);
  const past =
    file.publishDate !== undefined &&
    file.unlisted !== true &&
    Date.parse(file.publishDate) <= NOW.getTime();
  const proMissing = !account.isPro && file.proKeys > 0;
  expect(blockers.length).toBe((proMissing ? 1 : 0) + (past ? 1 : 0));
}

describe("the validate-and-plan path over random files", () => {
  it(
    "never throws, locates every problem, and plans consistently",
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(generatedFile, encoding), { minLength: 1, maxLength: 3 }),
          accountSpec,
          async (files, spec) => {
            const written = await writeRun(files);
            const log: string[] = [];
            const results = await dryRun(written, log);
            checkResults(written, results, log);
            const valid = written.filter((_, i) => results[i]?.status === "dry-run");
            const account = accountFrom(
              spec,
              valid.map((w) => w.file.title),
            );
            for (const w of valid) {
              const cloudcast = parseCloudcast(w.text, w.path).cloudcast;
              expect(cloudcast).toBeDefined();
              if (w.knowable && cloudcast) checkPlan(cloudcast, w.file, account);
            }
          },
        ),
        { numRuns: 100 },
      );
      expect(guard.refused).toEqual([]);
    },
  );
});
