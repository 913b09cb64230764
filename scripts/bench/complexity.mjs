// The complexity check: each reader fed an adversarial input of size n and of size 2n, timed
// in-process (median of a few runs after a warm-up), and the ratio of the two printed. Linear
// work gives about 2; quadratic work gives about 4. The target is a ratio under 2.5 for every row.
//
// The cases live beside this file, one module per area: `complexity-<area>.mjs`, each exporting
// `async function complexityCases(tempDir)` that gives back
//   [{ reader, shape, size, unit, run(size) }]
// where `run(size)` builds nothing itself that is not part of the reader's work (make the input
// outside, or cache it by size) and may be async. This runner finds every such module, so an area
// adds its cases without touching another's file. A case whose work is all in this process and on
// its thread may say `clock: "cpu"`: it is then timed by the process's CPU time, which a machine
// shared with other jobs does not inflate as it does wall time.
// Standalone: `node scripts/bench/complexity.mjs [--quick] [--case TEXT]`; `--case` runs only the
// cases whose reader or shape contains TEXT (ignoring case).
import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatMs, makeTempDir, median, printTable, removeDir, verdict } from "./common.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
/** A linear reader doubles its time with its input; quadratic work quadruples it. */
export const MAX_RATIO = 2.5;

const CLOCKS = {
  wall: () => performance.now(),
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
};

async function timeRun(run, size, runs, clock = "wall") {
  const now = CLOCKS[clock];
  await run(size); // warm-up: JIT, caches of the input by size
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = now();
    await run(size);
    times.push(now() - started);
  }
  return median(times);
}

/** Loads every complexity-*.mjs module's cases. */
async function loadCases(tempDir) {
  const names = (await readdir(HERE)).filter((n) => /^complexity-[\w-]+\.mjs$/.test(n)).sort();
  const cases = [];
  for (const name of names) {
    const module = await import(pathToFileURL(join(HERE, name)).href);
    cases.push(...(await module.complexityCases(tempDir)));
  }
  return cases;
}

export async function benchComplexity({ quick = false, only, log = console.log } = {}) {
  const tempDir = await makeTempDir("complexity-");
  try {
    const wanted = only?.toLowerCase();
    const cases = (await loadCases(tempDir)).filter(
      (c) => wanted === undefined || `${c.reader}: ${c.shape}`.toLowerCase().includes(wanted),
    );
    const rows = [];
    const figures = [];
    for (const c of cases) {
      const size = quick ? Math.max(1, Math.floor(c.size / 4)) : c.size;
      const runs = quick ? 1 : 3;
      const small = await timeRun(c.run, size, runs, c.clock);
      const large = await timeRun(c.run, size * 2, runs, c.clock);
      const ratio = large / Math.max(small, 0.001);
      figures.push({ reader: c.reader, shape: c.shape, size, unit: c.unit, small, large, ratio });
      rows.push({
        what: `${c.reader}: ${c.shape}`,
        figure: `${formatMs(small)} → ${formatMs(large)}${c.clock === "cpu" ? " CPU" : ""} (×${ratio.toFixed(2)})`,
        compared: `n = ${size.toLocaleString("en")} ${c.unit} and 2n; ratio under ${MAX_RATIO}: ${verdict(ratio < MAX_RATIO)}`,
      });
    }
    printTable("Complexity: each reader on adversarial input of size n and 2n", rows, log);
    return { figures, rows };
  } finally {
    await removeDir(tempDir);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf("--case");
  await benchComplexity({
    quick: process.argv.includes("--quick"),
    only: at > 0 ? process.argv[at + 1] : undefined,
  });
}
