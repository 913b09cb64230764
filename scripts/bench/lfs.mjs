#!/usr/bin/env node
// Git LFS bandwidth: what a run fetches from the LFS server when the checkout holds pointers
// (no `lfs: true`). A catalogue of `count` shows × `size` bytes of audio, all in LFS, served by
// a small LFS server on loopback (the batch API on 127.0.0.1, the objects on 127.0.0.2, with
// Range) that counts every object byte it sends. dist/index.js runs under Node 24 on:
//   - a push that adds one show (it is published to the mock Mixcloud): goal its size + ≤ 2 MiB;
//   - a pull request that adds two shows (a dry run): goal ≤ 2 MiB in all;
//   - a `changed-only: false` dry run of the whole catalogue: goal ≤ 100 MiB;
// beside what `lfs: true` makes actions/checkout fetch: every object of the tree.
// The objects are made on the fly (a WAV header, then silence), so the catalogue costs no disk.
// The catalogue's objects are only ever read by ranges, so their oids are names; the objects
// that are uploaded carry their real sha256, which the action verifies.
//
//   node scripts/bench/lfs.mjs [--count 100] [--size-mb 50]
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
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
  git,
  makeTempDir,
  parseOutputFile,
  prepareRunner,
  printTable,
  removeDir,
  runActionMeasured,
  startMockProcess,
  verdict,
  wavHeader,
  writeText,
} from "./common.mjs";

const GITHUB_TOKEN = "ghs_bench_token";
const OWNER = "octo";
const REPO = "shows";

export async function benchLfs({ count = 100, sizeBytes = 50 * MiB, log = console.log } = {}) {
  const work = await makeTempDir("lfs");
  const lfs = await startLfsServer();
  try {
    const workspace = join(work, "repo");
    log(`lfs: a catalogue of ${count} shows × ${formatBytes(sizeBytes)} in LFS (pointers in git)`);
    const catalogue = await createCatalogue(workspace, lfs, count, sizeBytes);
    const push = await measurePush(work, workspace, lfs, catalogue, sizeBytes);
    const pr = await measurePullRequest(work, workspace, lfs, catalogue, sizeBytes);
    const all = await measureAll(work, workspace, lfs, catalogue);
    const checkout = count * sizeBytes;
    const rows = [
      {
        what: `push adding 1 show (published, ${formatBytes(sizeBytes)})`,
        figure: formatBytes(push),
        compared: `goal ${formatBytes(sizeBytes)} + ≤ 2 MiB: ${verdict(push <= sizeBytes + 2 * MiB)}`,
      },
      {
        what: "pull request adding 2 shows (dry run)",
        figure: formatBytes(pr),
        compared: `goal ≤ 2 MiB: ${verdict(pr <= 2 * MiB)}`,
      },
      {
        what: `\`changed-only: false\` dry run of all ${count}`,
        figure: formatBytes(all),
        compared: `goal ≤ 100 MiB: ${verdict(all <= 100 * MiB)}`,
      },
      {
        what: "`lfs: true` in actions/checkout, every run",
        figure: formatBytes(checkout),
        compared: `every object of the tree (${count} × ${formatBytes(sizeBytes)})`,
      },
    ];
    printTable(
      `Git LFS: object bytes fetched per run (${count} shows × ${formatBytes(sizeBytes)})`,
      rows,
      log,
    );
    return { figures: { push, pr, all, checkout }, rows };
  } finally {
    await lfs.close();
    await removeDir(work);
  }
}

/** `count` shows committed as YAML files and pointers; their objects on the server. */
async function createCatalogue(workspace, lfs, count, sizeBytes) {
  await createRepo(workspace);
  for (let i = 1; i <= count; i++) await addShow(workspace, lfs, `show-${pad(i)}`, sizeBytes);
  return { base: await commitAll(workspace, "the catalogue") };
}

async function addShow(workspace, lfs, stem, sizeBytes, { real = false } = {}) {
  const oid = real ? await lfs.addReal(sizeBytes) : lfs.addNamed(stem, sizeBytes);
  await writeText(workspace, `cloudcasts/${stem}.yml`, showYaml(stem, (sizeBytes - 44) / 88_200));
  await writeText(
    workspace,
    `cloudcasts/${stem}.wav`,
    `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${sizeBytes}\n`,
  );
}

async function measurePush(work, workspace, lfs, catalogue, sizeBytes) {
  await addShow(workspace, lfs, "pushed", sizeBytes, { real: true });
  const after = await commitAll(workspace, "a new show");
  const mock = await startMockProcess({ workDir: work });
  let stats;
  let run;
  try {
    lfs.resetCount();
    run = await runAction(work, workspace, lfs, "push", {
      event: pushEvent(catalogue.base, after),
      sha: after,
      inputs: { "access-token": MOCK_TOKEN, "api-url": mock.url },
    });
  } finally {
    stats = await mock.stop();
  }
  const statuses = countStatuses(run.outputs);
  if (run.exitCode !== 0 || statuses.published !== 1 || stats.uploads[0]?.audioBytes !== sizeBytes)
    throw new Error(describeFailure("the push adding one show", run));
  catalogue.pushed = after;
  return lfs.sent();
}

async function measurePullRequest(work, workspace, lfs, catalogue, sizeBytes) {
  await git(workspace, ["checkout", "-q", "-b", "two-shows"]);
  await addShow(workspace, lfs, "pr-one", sizeBytes);
  await addShow(workspace, lfs, "pr-two", sizeBytes);
  const head = await commitAll(workspace, "two new shows");
  lfs.resetCount();
  const run = await runAction(work, workspace, lfs, "pull_request", {
    event: pullRequestEvent(catalogue.pushed, head),
    sha: head,
    inputs: {},
  });
  if (run.exitCode !== 0 || countStatuses(run.outputs)["dry-run"] !== 2)
    throw new Error(describeFailure("the pull request adding two shows", run));
  await git(workspace, ["checkout", "-q", "main"]);
  return lfs.sent();
}

async function measureAll(work, workspace, lfs, catalogue) {
  await git(workspace, ["checkout", "-q", catalogue.base]);
  lfs.resetCount();
  const run = await runAction(work, workspace, lfs, "workflow_dispatch", {
    event: { inputs: {}, ref: "refs/heads/main", repository: repositoryPayload() },
    sha: catalogue.base,
    inputs: { "changed-only": "false", "dry-run": "true" },
  });
  if (run.exitCode !== 0) throw new Error(describeFailure("the dry run of the catalogue", run));
  return lfs.sent();
}

async function runAction(work, workspace, lfs, eventName, { event, sha, inputs }) {
  const runner = await prepareRunner(join(work, `runner-${eventName}`), {
    workspace,
    eventName,
    event,
    sha,
    repository: `${OWNER}/${REPO}`,
    inputs: { comment: "false", "github-token": GITHUB_TOKEN, ...inputs },
  });
  // The LFS server stands in for the GitHub server: the default endpoint is found there.
  runner.env.GITHUB_SERVER_URL = lfs.url;
  const run = await runActionMeasured(runner, { workspace, timeoutMs: 600_000 });
  return { ...run, outputs: parseOutputFile(await readFile(runner.paths.output, "utf8")) };
}

function showYaml(stem, seconds) {
  const tracks = Array.from({ length: 5 }, (_, t) =>
    [
      `  - start: ${Math.floor((t * seconds) / 5)}`,
      `    artist: Artist ${t + 1}`,
      `    track: Track ${t + 1}`,
    ].join("\n"),
  );
  return [`title: "Bench ${stem}"`, "tags: [House]", "tracks:", ...tracks, ""].join("\n");
}

const pad = (i) => String(i).padStart(3, "0");

function repositoryPayload() {
  return {
    name: REPO,
    full_name: `${OWNER}/${REPO}`,
    default_branch: "main",
    owner: { login: OWNER },
  };
}

function pushEvent(before, after) {
  return {
    ref: "refs/heads/main",
    before,
    after,
    forced: false,
    deleted: false,
    created: false,
    repository: repositoryPayload(),
    head_commit: { id: after },
  };
}

function pullRequestEvent(base, head) {
  return {
    action: "synchronize",
    number: 7,
    pull_request: {
      number: 7,
      state: "open",
      base: { sha: base, ref: "main", repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
      head: { sha: head, ref: "two-shows", repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
    },
    repository: repositoryPayload(),
  };
}

// ---- a Git LFS server that makes its objects on the fly ---------------------------------------

/** Bytes `start`..`end` of a WAV of `size` bytes: the header, then silence. */
function objectBytes(size, start, end) {
  const chunk = Buffer.alloc(end - start);
  const header = wavHeader(size - 44);
  if (start < header.length) header.copy(chunk, 0, start, Math.min(header.length, end));
  return chunk;
}

async function startLfsServer() {
  const objects = new Map();
  let sent = 0;
  const objectServer = createServer((req, res) => {
    const oid = /^\/objects\/([0-9a-f]{64})$/.exec(req.url ?? "")?.[1];
    const size = objects.get(oid);
    if (size === undefined) return void res.writeHead(404).end();
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    const start = range ? Number(range[1]) : 0;
    const end = range && range[2] !== "" ? Math.min(size, Number(range[2]) + 1) : size;
    res.writeHead(range ? 206 : 200, {
      "content-length": end - start,
      "accept-ranges": "bytes",
      ...(range ? { "content-range": `bytes ${start}-${end - 1}/${size}` } : {}),
    });
    void streamObject(res, size, start, end, (n) => (sent += n));
  });
  let objectsUrl = "";
  const batchServer = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const request = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const body = JSON.stringify({
      transfer: "basic",
      objects: request.objects.map(({ oid, size }) => ({
        oid,
        size,
        actions: { download: { href: `${objectsUrl}/objects/${oid}`, expires_in: 3600 } },
      })),
    });
    res.writeHead(200, { "content-type": "application/vnd.git-lfs+json" }).end(body);
  });
  await new Promise((ok) => batchServer.listen(0, "127.0.0.1", ok));
  await new Promise((ok) => objectServer.listen(0, "127.0.0.2", ok));
  objectsUrl = `http://127.0.0.2:${objectServer.address().port}`;
  return {
    url: `http://127.0.0.1:${batchServer.address().port}`,
    addNamed(name, size) {
      const oid = createHash("sha256").update(`bench object ${name}`).digest("hex");
      objects.set(oid, size);
      return oid;
    },
    async addReal(size) {
      const hash = createHash("sha256");
      for (let at = 0; at < size; at += 4 * MiB)
        hash.update(objectBytes(size, at, Math.min(size, at + 4 * MiB)));
      const oid = hash.digest("hex");
      objects.set(oid, size);
      return oid;
    },
    sent: () => sent,
    resetCount: () => (sent = 0),
    async close() {
      for (const server of [batchServer, objectServer]) {
        server.closeAllConnections();
        await new Promise((ok) => server.close(ok));
      }
    },
  };
}

async function streamObject(res, size, start, end, count) {
  for (let at = start; at < end && !res.destroyed; at += MiB) {
    const chunk = objectBytes(size, at, Math.min(end, at + MiB));
    count(chunk.length);
    if (!res.write(chunk)) await new Promise((ok) => res.once("drain", ok));
  }
  res.end();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
  };
  assertBuilt();
  await benchLfs({ count: option("--count", 100), sizeBytes: option("--size-mb", 50) * MiB });
}
