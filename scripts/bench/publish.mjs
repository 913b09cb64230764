#!/usr/bin/env node
// Publishing at scale: `count` new cloudcasts with `size` bytes of audio each (valid WAV files,
// sparse on disk), published by dist/index.js under Node 24 on `workflow_dispatch` to the mock
// Mixcloud server (in its own process, fresh for every level), at `concurrency` 1, 2 and 4.
// Wall time and peak RSS are the action process's own; every run must exit 0 with all `count`
// uploads on the mock at their full size.
//
//   node scripts/bench/publish.mjs [--count 20] [--size-mb 50]
import { execFileSync } from "node:child_process";
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
  formatMb,
  makeTempDir,
  node24Path,
  parseOutputFile,
  prepareRunner,
  printTable,
  removeDir,
  runActionMeasured,
  startMockProcess,
  writeSparseWav,
  writeText,
} from "./common.mjs";

/** Publishes the batch once per concurrency level; returns one figure per level and the table rows. */
export async function benchPublish({
  count = 20,
  sizeBytes = 50 * MiB,
  concurrencies = [1, 2, 4],
  log = console.log,
} = {}) {
  const work = await makeTempDir("publish");
  try {
    const workspace = join(work, "repo");
    log(
      `publish: writing and committing ${count} cloudcasts with ${sizeBytes / MiB} MiB of audio each …`,
    );
    await createBatch(workspace, count, sizeBytes);
    log(
      `publish: on Node ${execFileSync(node24Path(), ["--version"], { encoding: "utf8" }).trim()}, concurrency ${concurrencies.join(", ")}`,
    );
    const levels = [];
    for (const concurrency of concurrencies) {
      levels.push(await publishOnce({ work, workspace, count, sizeBytes, concurrency }));
    }
    const figures = { count, sizeBytes, levels, rows: rowsFor(levels, count, sizeBytes) };
    printTable(
      `Publishing ${count} × ${sizeBytes / MiB} MiB to the mock (Node 24, loopback)`,
      figures.rows,
      log,
    );
    return figures;
  } finally {
    await removeDir(work);
  }
}

/** `count` shows, each a YAML file and its audio beside it, committed. */
async function createBatch(workspace, count, sizeBytes) {
  await createRepo(workspace);
  for (let i = 1; i <= count; i++) {
    const stem = `cloudcasts/bench-show-${String(i).padStart(2, "0")}`;
    // The tracklist fits in the audio (44.1 kHz 16-bit mono: 88,200 bytes a second).
    await writeText(workspace, `${stem}.yml`, showYaml(i, (sizeBytes - 44) / 88_200));
    await writeSparseWav(join(workspace, `${stem}.wav`), sizeBytes);
  }
  // Zeros deflate to almost nothing: committing the audio costs seconds, not a gigabyte.
  await commitAll(workspace, "add the shows");
}

function showYaml(index, seconds) {
  const tracks = Array.from({ length: 5 }, (_, t) =>
    [
      `  - start: ${Math.floor((t * seconds) / 5)}`,
      `    artist: Artist ${t + 1}`,
      `    track: Track ${t + 1}`,
    ].join("\n"),
  );
  return [
    `title: "Bench show ${index}"`,
    `desc: Episode ${index} of the benchmark show.`,
    "tags: [House, Live]",
    "tracks:",
    ...tracks,
    "",
  ].join("\n");
}

async function publishOnce({ work, workspace, count, sizeBytes, concurrency }) {
  const mock = await startMockProcess({ workDir: work });
  let stats;
  let run;
  let outputs;
  try {
    const runnerDir = join(work, `runner-${concurrency}`);
    const runner = await prepareRunner(runnerDir, {
      workspace,
      eventName: "workflow_dispatch",
      event: {
        inputs: {},
        ref: "refs/heads/main",
        repository: { name: "shows", full_name: "octo/shows", owner: { login: "octo" } },
      },
      inputs: {
        "changed-only": "false",
        "dry-run": "false",
        "access-token": MOCK_TOKEN,
        "api-url": mock.url,
        concurrency: String(concurrency),
        comment: "false",
      },
    });
    run = await runActionMeasured(runner, { workspace, timeoutMs: 600_000 });
    outputs = parseOutputFile(await readFile(runner.paths.output, "utf8"));
  } finally {
    stats = await mock.stop();
  }
  if (run.exitCode !== 0)
    throw new Error(describeFailure(`publish at concurrency ${concurrency}`, run));
  checkUploads(stats, outputs, count, sizeBytes, concurrency);
  return {
    concurrency,
    wallMs: run.wallMs,
    peakRssKb: run.peakRssKb,
    uploads: stats.uploads.length,
    requests: stats.requests,
    mbPerS: (count * sizeBytes) / MiB / (run.wallMs / 1000),
  };
}

/** Every show must be on the mock once, with all of its audio, and reported `published`. */
function checkUploads(stats, outputs, count, sizeBytes, concurrency) {
  const short = stats.uploads.filter((upload) => upload.audioBytes !== sizeBytes);
  const statuses = countStatuses(outputs);
  if (stats.uploads.length !== count || short.length > 0 || statuses.published !== count) {
    throw new Error(
      `publish at concurrency ${concurrency}: the mock holds ${stats.uploads.length} uploads ` +
        `(${short.length} not ${sizeBytes} bytes), statuses ${JSON.stringify(statuses)}; expected ${count} published`,
    );
  }
}

function rowsFor(levels, count, sizeBytes) {
  const first = levels[0];
  return levels.map((level) => ({
    what: `concurrency ${level.concurrency}: ${level.uploads}/${count} uploaded, exit 0`,
    figure: `${(level.wallMs / 1000).toFixed(2)} s (${level.mbPerS.toFixed(0)} MiB/s), peak RSS ${formatMb(level.peakRssKb)}`,
    compared:
      level === first
        ? `${formatBytes(count * sizeBytes)} in all`
        : `${(first.wallMs / level.wallMs).toFixed(2)}× the speed and RSS ${signed(level.peakRssKb - first.peakRssKb)} of concurrency ${first.concurrency}`,
  }));
}

const signed = (kb) => (kb < 0 ? `−${formatMb(-kb)}` : `+${formatMb(kb)}`);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? Number(process.argv[at + 1]) || fallback : fallback;
  };
  assertBuilt();
  await benchPublish({ count: option("--count", 20), sizeBytes: option("--size-mb", 50) * MiB });
}
