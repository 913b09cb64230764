#!/usr/bin/env node
// `npm run bench`: measures the built action and CLI on this machine and prints the figures.
//
//   node scripts/bench.mjs [--only NAME[,NAME…]] [--quick]
//
// Sections, in order: validate (the CLI on 1,000 files), tracklist (each DJ format's reader on a
// 5,000-track file, beside the YAML path), audio (the MP3 frame scan on 1 GiB of real frames,
// beside 1 GiB whose frames stop early: random junk, zeros, 0xFF), complexity (each reader on adversarial input of size n
// and 2n, the ratio of the two times; cases in scripts/bench/complexity-*.mjs), upload (streamed upload vs curl, 10 MiB
// and 1 GiB), selection (which files a push touching a README.txt or an export selects, in a
// catalogue of 5,000 shows, beside the code before the owners' text search), coldstart (the
// action on a push with nothing to do, vs a one-line action), publish
// (20 × 50 MiB at concurrency 1, 2, 4), load (500 files: a dry run, and a re-run on an account
// of 5,000 cloudcasts), lfs (object bytes a run fetches from Git LFS: 100 shows × 50 MiB, a push
// adding one, a pull request adding two, a dry run of all). `--quick` shrinks every section for a smoke run. Each section prints a
// table; the end prints a Markdown block for the README's Benchmarks section. Timings are never
// pass/fail: a stated target is printed as met or MISSED, and the exit status is 1 only when a
// section could not run. Everything runs on 127.0.0.1. BENCH_DIST=DIR measures another build.
import { execFileSync } from "node:child_process";
import { cpus, release } from "node:os";
import { join } from "node:path";
import { benchValidate } from "./bench/validate.mjs";
import { benchUpload } from "./bench/upload.mjs";
import { benchColdstart } from "./bench/coldstart.mjs";
import { benchPublish } from "./bench/publish.mjs";
import { benchLoad } from "./bench/load.mjs";
import { benchTracklist, tracklistRows } from "./bench/tracklist.mjs";
import { benchComplexity } from "./bench/complexity.mjs";
import { benchLfs } from "./bench/lfs.mjs";
import { benchAudioScan } from "./bench/audio-scan.mjs";
import { benchSelection } from "./bench/selection.mjs";
import {
  CLI_BUNDLE,
  DIST,
  MiB,
  ROOT,
  assertBuilt,
  formatMs,
  node24Path,
  printTable,
} from "./bench/common.mjs";

const USAGE = `Usage: node scripts/bench.mjs [--only NAME[,NAME…]] [--quick]

Sections: validate, tracklist, audio, complexity, upload, selection, coldstart, publish, load, lfs
(in this order).
  --only NAMES   run only these sections
  --quick        smaller sizes, for a smoke run (about a minute)
Needs the bundles in dist/ (npm run build); BENCH_DIST=DIR measures another build.`;

/** Each section: how to run it (full or quick) and its rows for the tables. */
const SECTIONS = {
  validate: {
    title: "validate",
    async run(quick, log) {
      const files = quick ? 200 : 1000;
      const figures = await benchValidate({
        cliPath: cliPath(),
        files,
        tracks: 50,
        runs: quick ? 3 : 5,
      });
      const rows = [
        {
          what: `\`mixcloud-publish validate\`, ${figures.files.toLocaleString("en")} files × ${figures.tracks} tracks`,
          figure: `${formatMs(figures.medianMs)} (${figures.filesPerSecond.toLocaleString("en")} files/s)`,
          compared: `median of ${figures.runs} runs, Node's start included`,
        },
      ];
      printTable(`Validation (CLI, Node ${process.versions.node})`, rows, log);
      return { figures, rows };
    },
  },
  tracklist: {
    title: "tracklist",
    async run(quick, log) {
      const figures = await benchTracklist({
        tracks: quick ? 2000 : 5_000,
        runs: quick ? 3 : 5,
        log,
      });
      const rows = tracklistRows(figures);
      printTable(`Tracklist readers (in-process, Node ${process.versions.node})`, rows, log);
      return { figures, rows };
    },
  },
  audio: {
    title: "audio",
    async run(quick, log) {
      return benchAudioScan(quick ? { sizeBytes: 64 * MiB, runs: 1, log } : { log });
    },
  },
  complexity: {
    title: "complexity",
    async run(quick, log) {
      return benchComplexity({ quick, log });
    },
  },
  upload: {
    title: "upload",
    async run(quick, log) {
      const sizes = quick ? [10 * MiB] : [10 * MiB, 1024 * MiB];
      const figures = await benchUpload({ sizes, runs: quick ? 1 : 3, node: node24Path(), log });
      return { figures, rows: uploadRows(figures) };
    },
  },
  selection: {
    title: "selection",
    async run(quick, log) {
      return benchSelection(quick ? { files: 1000, runs: 2, log } : { files: 5000, runs: 5, log });
    },
  },
  coldstart: {
    title: "cold start",
    async run(quick, log) {
      const figures = await benchColdstart({ runs: quick ? 5 : 10, log });
      return { figures, rows: figures.rows };
    },
  },
  publish: {
    title: "publish",
    async run(quick, log) {
      const figures = await benchPublish(
        quick ? { count: 4, sizeBytes: 5 * MiB, log } : { count: 20, sizeBytes: 50 * MiB, log },
      );
      return { figures, rows: figures.rows };
    },
  },
  load: {
    title: "at scale",
    async run(quick, log) {
      const figures = await benchLoad(
        quick ? { files: 100, existing: 1000, log } : { files: 500, existing: 5000, log },
      );
      return { figures, rows: figures.rows };
    },
  },
  lfs: {
    title: "Git LFS",
    async run(quick, log) {
      return benchLfs(
        quick ? { count: 10, sizeBytes: 10 * MiB, log } : { count: 100, sizeBytes: 50 * MiB, log },
      );
    },
  },
};

/** The CLI as a user runs it, or the CLI bundle of the build BENCH_DIST points at. */
function cliPath() {
  return DIST === join(ROOT, "dist") ? join(ROOT, "bin", "mixcloud-publish.js") : CLI_BUNDLE;
}

/** The upload section's rows: each size, the client against curl, and its stated targets. */
function uploadRows({ rows, summary }) {
  const size = (bytes) =>
    bytes >= 1024 * MiB ? `${bytes / 1024 / MiB} GiB` : `${bytes / MiB} MiB`;
  const mark = (ok) => (ok ? "met" : "MISSED");
  const out = [];
  for (const { size: bytes, timeRatio, rssRatio } of summary.perSize) {
    const client = rows.find((row) => row.uploader === "client" && row.size === bytes);
    const curl = rows.find((row) => row.uploader === "curl" && row.size === bytes);
    out.push({
      what: `upload ${size(bytes)} (client, Node 24)`,
      figure: `${client.wallS.toFixed(2)} s, ${client.mbPerS.toFixed(0)} MiB/s, peak RSS ${client.peakRssMb.toFixed(1)} MB`,
      compared: `curl ${curl.wallS.toFixed(2)} s, ${curl.peakRssMb.toFixed(1)} MB: time ×${timeRatio.toFixed(2)}, RSS ×${rssRatio.toFixed(2)}`,
    });
  }
  const last = summary.perSize[summary.perSize.length - 1];
  out.push(
    {
      what: `client / curl wall time, ${size(last.size)}`,
      figure: last.timeRatio.toFixed(2),
      compared: `target ≤ 1.2: ${mark(summary.targets.timeRatio)}`,
    },
    {
      what: "client peak RSS, largest of every size",
      figure: `${Math.max(...rows.filter((row) => row.uploader === "client").map((row) => row.peakRssMb)).toFixed(1)} MB`,
      compared: `target < 100 MB: ${mark(summary.targets.rssUnder100Mb)}`,
    },
    {
      what: "client peak RSS growth, smallest → largest",
      figure: `${(summary.rssGrowth * 100).toFixed(1)} %`,
      compared: `target ≤ 15 %: ${mark(summary.targets.rssFlat)}`,
    },
  );
  return out;
}

function parseArgs(argv) {
  const options = { quick: false, only: Object.keys(SECTIONS), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg === "--only" ? argv[++i] : arg.slice("--only=".length);
      const names = (value ?? "")
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = names.filter((name) => !(name in SECTIONS));
      if (names.length === 0 || unknown.length > 0) {
        throw new UsageError(
          `--only takes section names (${Object.keys(SECTIONS).join(", ")}), not "${value ?? ""}"`,
        );
      }
      options.only = Object.keys(SECTIONS).filter((name) => names.includes(name));
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  return options;
}

class UsageError extends Error {}

/** The figures as a Markdown block to paste between the README's bench markers. */
function markdownBlock(results, quick) {
  const node24 = execFileSync(node24Path(), ["--version"], { encoding: "utf8" }).trim();
  const cpu = cpus();
  const cell = (text) => text.replaceAll("|", "\\|");
  const lines = [
    "<!-- bench:start -->",
    `Measured with \`npm run bench${quick ? " -- --quick" : ""}\` on ${cpu.length} × ${cpu[0]?.model.trim() ?? "CPU"}, ` +
      `Linux ${release()}, the action on Node ${node24}, the CLI on Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. ` +
      "The mock Mixcloud server runs in a process of its own, on loopback.",
    "",
    "| benchmark | what | figure | compared with |",
    "| --- | --- | --- | --- |",
  ];
  for (const { title, rows } of results) {
    for (const row of rows)
      lines.push(
        `| ${title} | ${cell(row.what)} | ${cell(row.figure)} | ${cell(row.compared ?? "")} |`,
      );
  }
  lines.push("", "Run `npm run bench` to reproduce.", "<!-- bench:end -->");
  return lines.join("\n");
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.help) return console.log(USAGE);
  assertBuilt();
  const log = console.log;
  const started = performance.now();
  const results = [];
  const broken = [];
  for (const name of options.only) {
    const section = SECTIONS[name];
    const sectionStarted = performance.now();
    log(`\n=== ${name}${options.quick ? " (quick)" : ""} ===`);
    try {
      results.push({ name, title: section.title, ...(await section.run(options.quick, log)) });
    } catch (error) {
      broken.push(name);
      console.error(`${name}: could not run: ${error instanceof Error ? error.stack : error}`);
    }
    log(`(${name}: ${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
  }
  const targets = results.flatMap(({ rows }) =>
    rows.filter((row) => /: (met|MISSED)$/.test(row.compared ?? "")),
  );
  log(
    `\nTargets: ${targets.map((row) => `${row.what} ${row.compared.replace(/^.*: /, "")}`).join("; ") || "none in these sections"}`,
  );
  log(
    `\nMarkdown for the README's Benchmarks section:\n\n${markdownBlock(results, options.quick)}\n`,
  );
  log(
    `Total: ${((performance.now() - started) / 1000).toFixed(1)} s${broken.length > 0 ? `; could not run: ${broken.join(", ")}` : ""}`,
  );
  if (broken.length > 0) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof UsageError) {
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
