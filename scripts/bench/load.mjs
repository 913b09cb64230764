#!/usr/bin/env node
// The action at scale, under Node 24, on a repository of `files` cloudcasts (20 tracks each, a
// small WAV beside each):
//  (a) a dry run of every file (a `pull_request` with `changed-only: false`): wall time, peak RSS,
//      the size of the job summary (GitHub's limit: 1 MiB) and of the PR comment (GitHub's limit:
//      65,536 characters). The comment goes to a tiny stand-in for the GitHub API in this process,
//      which answers the two calls a first comment makes and keeps the body's size.
//  (b) a publishing run when every file is already on an account of `existing` cloudcasts, with
//      the same names, descriptions, tags and tracklists: each must come out `unchanged`. Wall
//      time, peak RSS, and how many requests the mock (in its own process) received.
//
//   node scripts/bench/load.mjs [--files 500] [--existing 5000]
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  MOCK_TOKEN,
  MiB,
  assertBuilt,
  commitAll,
  countStatuses,
  createRepo,
  describeFailure,
  formatBytes,
  formatMb,
  formatMs,
  makeTempDir,
  node24Path,
  parseOutputFile,
  prepareRunner,
  printTable,
  removeDir,
  runActionMeasured,
  showWav,
  startMockProcess,
  verdict,
  writeText,
} from "./common.mjs";

const TRACKS = 20;
const SUMMARY_LIMIT_BYTES = MiB;
const COMMENT_LIMIT_CHARS = 65_536;
const REPOSITORY = {
  name: "shows",
  full_name: "octo/shows",
  default_branch: "main",
  owner: { login: "octo" },
};

/** Runs both scenarios on one generated repository; returns their figures and the table rows. */
export async function benchLoad({ files = 500, existing = 5000, log = console.log } = {}) {
  if (existing < files)
    throw new Error(`the account (${existing}) must hold at least the ${files} files' cloudcasts`);
  const work = await makeTempDir("load");
  try {
    const workspace = join(work, "repo");
    log(`load: writing and committing ${files} cloudcasts of ${TRACKS} tracks, each with a WAV …`);
    const { shows, head } = await createRepository(workspace, files);
    log(`load: on Node ${execFileSync(node24Path(), ["--version"], { encoding: "utf8" }).trim()}`);
    const dryRun = await dryRunAll({ work, workspace, files, head });
    const republish = await publishUnchanged({ work, workspace, shows, existing });
    const figures = {
      files,
      existing,
      dryRun,
      republish,
      rows: rowsFor(files, existing, dryRun, republish),
    };
    printTable(`At scale: ${files} cloudcast files (Node 24)`, figures.rows, log);
    return figures;
  } finally {
    await removeDir(work);
  }
}

/** One show's fields, as the file says them and as Mixcloud would hold them. */
function show(index) {
  const tracks = Array.from({ length: TRACKS }, (_, t) => ({
    start: t * 180,
    artist: `Artist ${index}-${t}`,
    song: `Song ${t} (Extended Mix)`,
  }));
  return {
    stem: `cloudcasts/load-show-${String(index).padStart(4, "0")}`,
    name: `Load show ${index}`,
    description: `Episode ${index}: two hours of house and disco, recorded live.`,
    tags: ["House", "Disco", "Live"],
    tracks,
  };
}

function showYaml({ name, description, tags, tracks }) {
  return [
    `title: ${JSON.stringify(name)}`,
    `desc: ${JSON.stringify(description)}`,
    `tags: [${tags.join(", ")}]`,
    "tracks:",
    ...tracks.flatMap((t) => [
      `  - start: ${t.start}`,
      `    artist: ${t.artist}`,
      `    track: ${t.song}`,
    ]),
    "",
  ].join("\n");
}

async function createRepository(workspace, files) {
  await createRepo(workspace);
  const shows = Array.from({ length: files }, (_, i) => show(i + 1));
  // Past the last track (every show has the same audio: git stores it once).
  const wav = showWav(TRACKS * 180 + 60);
  for (const s of shows) {
    await writeText(workspace, `${s.stem}.yml`, showYaml(s));
    await writeFile(join(workspace, `${s.stem}.wav`), wav);
  }
  return { shows, head: await commitAll(workspace, "add the shows") };
}

// ---- (a) the dry run ----------------------------------------------------------------------------

async function dryRunAll({ work, workspace, files, head }) {
  const github = await startCommentSink();
  try {
    const runner = await prepareRunner(join(work, "runner-dry"), {
      workspace,
      eventName: "pull_request",
      event: pullRequestEvent(head),
      sha: head,
      ref: "refs/pull/7/merge",
      githubApiUrl: github.url,
      inputs: { "changed-only": "false", "github-token": "bench-github-token" },
    });
    const run = await runActionMeasured(runner, { workspace, timeoutMs: 300_000 });
    if (run.exitCode !== 0) throw new Error(describeFailure("the dry run", run));
    const statuses = countStatuses(parseOutputFile(await readFile(runner.paths.output, "utf8")));
    if (statuses["dry-run"] !== files) {
      throw new Error(`the dry run reported ${JSON.stringify(statuses)}, not ${files} dry-run`);
    }
    return {
      wallMs: run.wallMs,
      peakRssKb: run.peakRssKb,
      summaryBytes: (await stat(runner.paths.summary)).size,
      comment: github.comment(),
    };
  } finally {
    await github.close();
  }
}

function pullRequestEvent(sha) {
  const side = { sha, ref: "main", repo: { full_name: REPOSITORY.full_name, fork: false } };
  return {
    action: "synchronize",
    number: 7,
    pull_request: { number: 7, state: "open", base: side, head: { ...side, ref: "new-shows" } },
    repository: REPOSITORY,
  };
}

/**
 * Just enough of the GitHub REST API for a first sticky comment: no comments yet, then the new
 * one. Keeps the size of the body it was sent.
 */
async function startCommentSink() {
  let comment;
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      const answer = (status, body) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      const path = new URL(request.url, "http://localhost").pathname;
      if (request.method === "GET" && /\/issues\/7\/comments$/.test(path)) return answer(200, []);
      if (request.method === "POST" && /\/issues\/7\/comments$/.test(path)) {
        const { body } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        comment = { chars: body.length, bytes: Buffer.byteLength(body) };
        return answer(201, {
          id: 1,
          html_url: "https://github.com/octo/shows/pull/7#issuecomment-1",
          body,
        });
      }
      return answer(404, { message: "Not Found" });
    });
  });
  await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    comment: () => comment,
    close: () => new Promise((done) => server.close(done)),
  };
}

// ---- (b) publishing what is already there ---------------------------------------------------

async function publishUnchanged({ work, workspace, shows, existing }) {
  const mock = await startMockProcess({
    workDir: work,
    existingCloudcasts: accountHolding(shows, existing),
  });
  let run;
  let outputs;
  let stats;
  try {
    const runner = await prepareRunner(join(work, "runner-publish"), {
      workspace,
      eventName: "workflow_dispatch",
      event: { inputs: {}, ref: "refs/heads/main", repository: REPOSITORY },
      inputs: {
        "changed-only": "false",
        "dry-run": "false",
        "access-token": MOCK_TOKEN,
        "api-url": mock.url,
        comment: "false",
      },
    });
    run = await runActionMeasured(runner, { workspace, timeoutMs: 300_000 });
    outputs = parseOutputFile(await readFile(runner.paths.output, "utf8"));
  } finally {
    stats = await mock.stop();
  }
  if (run.exitCode !== 0) throw new Error(describeFailure("the publishing run", run));
  const statuses = countStatuses(outputs);
  if (statuses.unchanged !== shows.length || stats.uploads.length > 0 || stats.edits > 0) {
    throw new Error(
      `publishing what is already there reported ${JSON.stringify(statuses)} with ${stats.uploads.length} uploads ` +
        `and ${stats.edits} edits; expected ${shows.length} unchanged and nothing sent`,
    );
  }
  return {
    wallMs: run.wallMs,
    peakRssKb: run.peakRssKb,
    requests: stats.requests,
    requestsByMethod: stats.requestsByMethod,
    statuses,
  };
}

/**
 * `existing` cloudcasts, oldest first: generated ones, with the shows spread evenly among them
 * exactly as Mixcloud would hold them (same name, description, tags and sections).
 */
function accountHolding(shows, existing) {
  const every = Math.floor(existing / shows.length);
  return Array.from({ length: existing }, (_, i) => {
    const s = i % every === every - 1 ? shows[(i + 1) / every - 1] : undefined;
    if (s === undefined) return {};
    return {
      name: s.name,
      description: s.description,
      tags: s.tags,
      sections: s.tracks.map((t) => ({ start_time: t.start, artist: t.artist, song: t.song })),
    };
  });
}

// ---- the table -----------------------------------------------------------------------------------

function rowsFor(files, existing, dryRun, republish) {
  const comment = dryRun.comment;
  return [
    {
      what: `dry run of ${files} files (pull_request)`,
      figure: `${formatMs(dryRun.wallMs)}, peak RSS ${formatMb(dryRun.peakRssKb)}`,
      compared: `${(dryRun.wallMs / files).toFixed(1)} ms per file`,
    },
    {
      what: "job summary",
      figure: formatBytes(dryRun.summaryBytes),
      compared: `limit 1 MiB: ${verdict(dryRun.summaryBytes <= SUMMARY_LIMIT_BYTES)}`,
    },
    {
      what: "PR comment body",
      figure:
        comment === undefined ? "not written" : `${comment.chars.toLocaleString("en")} characters`,
      compared:
        comment === undefined
          ? "see the run's warnings"
          : `limit ${COMMENT_LIMIT_CHARS.toLocaleString("en")}: ${verdict(comment.chars <= COMMENT_LIMIT_CHARS)}`,
    },
    {
      what: `publish ${files} files already among ${existing.toLocaleString("en")}`,
      figure: `${formatMs(republish.wallMs)}, peak RSS ${formatMb(republish.peakRssKb)}`,
      compared: `all ${republish.statuses.unchanged} unchanged, nothing uploaded or edited`,
    },
    {
      what: "requests to Mixcloud (mock)",
      figure: String(republish.requests),
      compared: Object.entries(republish.requestsByMethod)
        .map(([method, n]) => `${n} ${method}`)
        .join(", "),
    },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
  };
  assertBuilt();
  await benchLoad({ files: option("--files", 500), existing: option("--existing", 5000) });
}
