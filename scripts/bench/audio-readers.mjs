// Loads the audio readers in-process for the audio benchmarks: scripts/bench/audio-entry.ts,
// bundled once per process with ncc (about ten seconds) into a temporary folder that is
// removed when the process exits.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./common.mjs";

let loaded;

/** `{ inspectAudio, bufferSource, checkLocalFile }` from the bundled entry. */
export function loadAudioReaders() {
  loaded ??= bundle();
  return loaded;
}

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), "mixcloud-publish-bench-audio-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js"),
      "build",
      join(ROOT, "scripts/bench/audio-entry.ts"),
      "-o",
      dir,
      "--quiet",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
  );
  return import(pathToFileURL(join(dir, "index.js")).href);
}
