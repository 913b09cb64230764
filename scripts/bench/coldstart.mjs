#!/usr/bin/env node
// Cold start of the action: dist/index.js on a `push` that changed no cloudcast (two commits that
// touch only README.md), so the run starts, asks git what changed, selects nothing, writes its
// outputs and summary, and exits. It runs under Node 24, as on GitHub, `runs` times, interleaved
// with two baselines run the same way: a bare `node -e ''`, and a one-line action
// (`core.info("hello")`) bundled with ncc like the real one. Target: bundle / one-line action
// ≤ 1.5 (the bundle defers its heavy parts with dynamic import()). Beside the wall times, the CPU
// time of the bundle and of the one-line action (user + system, with the git the bundle runs),
// from runs of their own: on a machine busy with other work, wall times swing with the load, CPU
// time much less.
//
//   node scripts/bench/coldstart.mjs [--runs 10]
import { execFile, execFileSync } from "node:child_process";
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ACTION_BUNDLE,
  ROOT,
  assertBuilt,
  commitAll,
  createRepo,
  describeFailure,
  formatMb,
  formatMs,
  makeTempDir,
  measureProcess,
  median,
  node24Path,
  prepareRunner,
  printTable,
  removeDir,
  runActionMeasured,
  smallWav,
  verdict,
  writeText,
} from "./common.mjs";

const TARGET_RATIO = 1.5;

/** Measures the three cold starts; returns their medians, the ratio and the table rows. */
export async function benchColdstart({ runs = 10, log = console.log } = {}) {
  const work = await makeTempDir("coldstart");
  const helloDir = join(ROOT, ".cache", "bench", `hello-action-${process.pid}`);
  try {
    const node = node24Path();
    const hello = await buildHelloAction(helloDir);
    const push = await pushWithoutCloudcasts(join(work, "repo"));
    const runner = join(work, "runner");
    const subjects = {
      bare: () =>
        measureProcess(node, ["-e", ""], { cwd: push.workspace, env: { PATH: process.env.PATH } }),
      hello: async () => {
        const prepared = await prepareRunner(runner, push);
        return measureProcess(node, [hello], { cwd: push.workspace, env: prepared.env });
      },
      bundle: async () => runActionMeasured(await prepareRunner(runner, push), push),
    };
    log(
      `cold start on Node ${execFileSync(node, ["--version"], { encoding: "utf8" }).trim()}: ${runs} runs each, interleaved, after one warm-up`,
    );
    const samples = { bare: [], hello: [], bundle: [] };
    for (let run = -1; run < runs; run++) {
      for (const [name, measure] of Object.entries(subjects)) {
        const result = await measure();
        if (result.exitCode !== 0) throw new Error(describeFailure(`cold start (${name})`, result));
        if (name === "bundle") expectNothingSelected(result);
        if (run >= 0) samples[name].push(result);
      }
    }
    const cpu = { hello: [], bundle: [] };
    for (let run = 0; run < runs; run++) {
      const prepared = await prepareRunner(runner, push);
      cpu.hello.push(await measureCpu(node, [hello], push.workspace, prepared.env));
      const again = await prepareRunner(runner, push);
      cpu.bundle.push(await measureCpu(node, [ACTION_BUNDLE], push.workspace, again.env));
    }
    const figures = summarise(samples, runs, cpu);
    printTable("Cold start (push with no cloudcast change, Node 24)", figures.rows, log);
    return figures;
  } finally {
    await removeDir(work);
    await rm(helloDir, { recursive: true, force: true });
    await rmdir(dirname(helloDir)).catch(() => undefined); // only when no other run uses it
  }
}

/** The one-line action, bundled with ncc from under the project (so node_modules resolves). */
async function buildHelloAction(dir) {
  await mkdir(dir, { recursive: true });
  const source = join(dir, "index.js");
  await writeFile(source, 'import * as core from "@actions/core";\ncore.info("hello");\n');
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js"),
      "build",
      source,
      "-o",
      join(dir, "dist"),
      "--quiet",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  return join(dir, "dist", "index.js");
}

/** A repository holding one show, then two commits that change only README.md; the push of both. */
async function pushWithoutCloudcasts(workspace) {
  await createRepo(workspace);
  await writeText(workspace, "README.md", "# Our shows\n");
  await writeText(workspace, "cloudcasts/night-drive.yml", "title: Night Drive\ntags: [House]\n");
  await writeFile(join(workspace, "cloudcasts/night-drive.wav"), smallWav());
  const before = await commitAll(workspace, "first show");
  await writeText(workspace, "README.md", "# Our shows\n\nEvery Friday.\n");
  await commitAll(workspace, "readme: when");
  await writeText(workspace, "README.md", "# Our shows\n\nEvery Friday night.\n");
  const after = await commitAll(workspace, "readme: when, exactly");
  const event = {
    ref: "refs/heads/main",
    before,
    after,
    forced: false,
    created: false,
    deleted: false,
    repository: {
      name: "shows",
      full_name: "octo/shows",
      default_branch: "main",
      owner: { login: "octo" },
    },
    head_commit: { id: after },
  };
  return { workspace, eventName: "push", event, sha: after, inputs: {} };
}

/** The run must have gone the whole way: it found the push's changes and selected no file. */
function expectNothingSelected(result) {
  if (!/\b0 cloudcast files\b/.test(result.stdout)) {
    throw new Error(
      `the cold-start run did not report an empty selection:\n${result.stdout.slice(-2000)}`,
    );
  }
}

/**
 * The CPU time of one run, in ms: user + system of the process and the children it waited for,
 * as bash's `times` gives them to the millisecond.
 */
function measureCpu(file, args, cwd, env) {
  const script = '"$0" "$@" >/dev/null 2>&1; status=$?; times; exit $status';
  return new Promise((resolvePromise, reject) => {
    execFile("bash", ["-c", script, file, ...args], { cwd, env }, (error, stdout) => {
      if (error) return reject(new Error(`cold start (CPU run) failed: ${error.message}`));
      const last = stdout.trim().split("\n").pop() ?? "";
      const times = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/.exec(last);
      if (times === null) return reject(new Error(`bash's times printed "${last}"`));
      const [, um, us, sm, ss] = times.map(Number);
      resolvePromise((um * 60 + us + sm * 60 + ss) * 1000);
    });
  });
}

function summarise(samples, runs, cpu) {
  const wall = (name) => median(samples[name].map((s) => s.wallMs));
  const rss = (name) => median(samples[name].map((s) => s.peakRssKb));
  const medians = { bareMs: wall("bare"), helloMs: wall("hello"), bundleMs: wall("bundle") };
  const ratio = medians.bundleMs / medians.helloMs;
  const rows = [
    {
      what: "bare `node -e ''`",
      figure: `${formatMs(medians.bareMs)}, ${formatMb(rss("bare"))}`,
      compared: `median of ${runs}`,
    },
    {
      what: "one-line action (@actions/core, ncc)",
      figure: `${formatMs(medians.helloMs)}, ${formatMb(rss("hello"))}`,
      compared: `+${formatMs(medians.helloMs - medians.bareMs)} over bare node`,
    },
    {
      what: "dist/index.js, push without cloudcasts",
      figure: `${formatMs(medians.bundleMs)}, ${formatMb(rss("bundle"))}`,
      compared: `+${formatMs(medians.bundleMs - medians.bareMs)} over bare node`,
    },
    {
      what: "bundle / one-line action",
      figure: ratio.toFixed(2),
      compared: `target ≤ ${TARGET_RATIO}: ${verdict(ratio <= TARGET_RATIO)}`,
    },
    {
      what: "CPU time, bundle / one-line action",
      figure: (median(cpu.bundle) / median(cpu.hello)).toFixed(2),
      compared: `${formatMs(median(cpu.bundle))} / ${formatMs(median(cpu.hello))} (user + system, git included), median of ${runs}; load average ${loadavg()[0].toFixed(1)}`,
    },
  ];
  return {
    runs,
    ...medians,
    peakRssKb: { bare: rss("bare"), hello: rss("hello"), bundle: rss("bundle") },
    ratio,
    cpuMs: { hello: median(cpu.hello), bundle: median(cpu.bundle) },
    targetMet: ratio <= TARGET_RATIO,
    rows,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--runs");
  assertBuilt();
  await benchColdstart({ runs: at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 10 });
}
