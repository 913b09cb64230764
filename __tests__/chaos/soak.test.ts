// The seeded soak in the normal test suite: a bounded number of runs (SOAK_RUNS, default 30) of
// three cloudcasts published through the chaos proxy, every run checked for exactly-once.
// `npm run soak` runs this same file with SOAK_RUNS=200. The seed is printed: SOAK_SEED=<seed> (and
// SOAK_FIRST=<run> SOAK_RUNS=1 for one run of it) deals the same faults again, in the same order,
// to the connections as they open — but timing decides which request opens which connection, so
// it reproduces a failure often, not always (prng.ts).
// SOAK_PROFILE picks the fault mix (default, cuts, late; see SOAK_PROFILES in soak.ts).
// SOAK_ANSWER_TIMEOUT_MS sets the client's answer timeout (1 s by default). The report ends with
// the time of each recovery from a fault and their 95th percentile (recovery.ts).
import { describe, expect, it } from "vitest";
import { listRecoveries } from "./recovery.js";
import { SOAK_PROFILES, formatReport, formatViolation, runSoak } from "./soak.js";

const runs = wholeNumber("SOAK_RUNS", 30);
const seed = wholeNumber("SOAK_SEED", 20_260_601);
const first = wholeNumber("SOAK_FIRST", 0);
const answerTimeoutMs = wholeNumber("SOAK_ANSWER_TIMEOUT_MS", 1_000);
const profileName = process.env["SOAK_PROFILE"]?.trim() || "default";
const profile = SOAK_PROFILES[profileName];
if (profile === undefined) {
  throw new TypeError(
    `SOAK_PROFILE must be one of ${Object.keys(SOAK_PROFILES).join(", ")}, not ${JSON.stringify(profileName)}`,
  );
}
/**
 * A hang guard only: a run takes about half a second, and the soak itself caps each of its (at
 * most two) workflow runs at 20 s and stops at the first hang.
 */
const timeoutMs = 60_000 + runs * Math.max(40_000, 20 * answerTimeoutMs);

describe("soak: publishing through a faulty network", () => {
  it(
    `publishes every cloudcast exactly once in ${runs} seeded runs (seed ${seed})`,
    async () => {
      console.log(
        `soak: seed=${seed} runs=${runs} profile=${profileName} answer-timeout=${answerTimeoutMs}ms${first > 0 ? ` first=${first}` : ""}`,
      );
      const report = await runSoak({
        runs,
        seed,
        first,
        ...profile,
        profileName,
        answerTimeoutMs,
        log: (line) => console.log(line),
      });
      for (const line of listRecoveries(report.recoveries)) console.log(line);
      console.log(formatReport(report));
      expect(report.stoppedEarly).toBeUndefined();
      expect(report.runs).toBe(runs);
      expect(report.violations.map((v) => formatViolation({ seed, profileName }, v))).toEqual([]);
      // The soak proves something only if the faults happened: every kind, in 30 runs or more.
      if (runs >= 30 && profileName === "default") {
        for (const kind of ["cut-up", "cut-down", "delay", "silent"] as const) {
          expect(report.injected[kind], kind).toBeGreaterThan(0);
        }
      }
    },
    timeoutMs,
  );
});

function wholeNumber(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a whole number of 0 or more, not ${JSON.stringify(raw)}`);
  }
  return value;
}
