#!/usr/bin/env node
// Benchmark of `mixcloud-publish validate`: 1,000 cloudcast files of 50 tracks each, checked by
// a fresh `node` process each run (so Node's cold start counts, as it does for a user), 5 runs,
// median wall time. Standalone: `node scripts/bench/validate.mjs [path/to/cli.js]` (default
// bin/mixcloud-publish.js, which needs `npm run build`).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** One realistic cloudcast: folded description, tags, 50 tracks with m:ss and h:mm:ss starts. */
export function benchCloudcast(index, tracks = 50) {
  const lines = [
    `title: "Night Shift #${index}"`,
    "desc: >",
    "  Two hours of deep house, disco edits and a few surprises,",
    `  recorded live for episode ${index} of the show.`,
    "tags:",
    "  - Deep house",
    "  - Disco",
    "  - Live",
    `audio: audio/night-shift-${String(index).padStart(4, "0")}.mp3`,
    "unlisted: false",
    "tracks:",
  ];
  for (let t = 0; t < tracks; t++) {
    const seconds = t * 150;
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, "0");
    const start = h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
    lines.push(
      `  - start: ${start}`,
      `    artist: Artist ${t} & The Band`,
      `    track: Song number ${t} (Extended Mix)`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Generates the files in a temporary folder, times the runs, removes the folder; returns the figures. */
export async function benchValidate({ cliPath, files = 1000, tracks = 50, runs = 5 }) {
  const dir = await mkdtemp(join(tmpdir(), "mixcloud-publish-bench-"));
  try {
    const folder = join(dir, "cloudcasts");
    await mkdir(folder);
    for (let i = 0; i < files; i++) {
      await writeFile(
        join(folder, `show-${String(i).padStart(4, "0")}.yml`),
        benchCloudcast(i, tracks),
      );
    }
    const timesMs = [];
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      const { stdout } = await run(process.execPath, [cliPath, "validate", folder], {
        cwd: dir,
        maxBuffer: 64 << 20,
      });
      timesMs.push(performance.now() - started);
      if (!stdout.includes(`${files} files checked: ${files} valid`)) {
        throw new Error(`validate did not accept the generated files:\n${stdout.slice(0, 2000)}`);
      }
    }
    const medianMs = median(timesMs);
    return {
      files,
      tracks,
      runs,
      timesMs,
      medianMs,
      filesPerSecond: Math.round((files * 1000) / medianMs),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cliPath =
    process.argv[2] ?? fileURLToPath(new URL("../../bin/mixcloud-publish.js", import.meta.url));
  const result = await benchValidate({ cliPath });
  console.log(
    `validate: ${result.files} files × ${result.tracks} tracks — median ${result.medianMs.toFixed(0)} ms ` +
      `over ${result.runs} runs (cold start included), ${result.filesPerSecond} files/s ` +
      `[runs: ${result.timesMs.map((t) => t.toFixed(0)).join(", ")} ms]`,
  );
}
