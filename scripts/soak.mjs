#!/usr/bin/env node
// `npm run soak`: the full seeded soak — by default 200 runs of three cloudcasts published through
// the fault-injecting proxy (__tests__/chaos/), each checked for exactly-once. It runs the soak test
// file under vitest, so the TypeScript needs no build. Everything stays on 127.0.0.1.
//
//   SOAK_RUNS=N    runs (default 200)
//   SOAK_SEED=N    the seed (default: a fresh one, printed). It fixes the fault schedule — the
//                  faults dealt to connections in the order they open, and where each cuts — not
//                  which request opens which connection, which timing decides (parallel uploads,
//                  retries, kept-alive connections): passing it back meets the same faults in the
//                  same order, and reproduces a failure often, not always
//   SOAK_FIRST=N   index of the first run (to run one failed run again: its index and SOAK_RUNS=1)
//   SOAK_PROFILE=P the fault mix: default, cuts or late (see SOAK_PROFILES in __tests__/chaos/soak.ts)
//   SOAK_ANSWER_TIMEOUT_MS=N  the client's answer timeout (default 1000); raise it to see which
//                  recoveries waited for a timeout rather than the backoff (25–250 ms)
//
// Ends with the time of each recovery from a fault that interrupted a request (from the fault to
// the work succeeding again, or the run's end), a line `soak: seed=… runs=… faults injected: …
// invariant violations: N duration=…s`, and `soak recoveries: N p50=… p95=… max=…`, overall, after
// resets (cut-up, cut-down) and by fault. The exit status is vitest's (0 only with no violation).
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = process.env.SOAK_RUNS?.trim() || "200";
const seed = process.env.SOAK_SEED?.trim() || String(randomInt(1, 2 ** 31));
console.log(`npm run soak: SOAK_RUNS=${runs} SOAK_SEED=${seed}`);

const child = spawn(
  process.execPath,
  [join(root, "node_modules", "vitest", "vitest.mjs"), "run", "__tests__/chaos/soak.test.ts"],
  { cwd: root, stdio: "inherit", env: { ...process.env, SOAK_RUNS: runs, SOAK_SEED: seed } },
);
// Ctrl-C reaches vitest through the terminal's process group; only the exit status is relayed.
child.on("close", (code, signal) => {
  if (signal !== null) console.error(`npm run soak: vitest ended by ${signal}`);
  process.exitCode = code ?? 1;
});
