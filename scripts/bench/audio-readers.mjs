// Loads the audio readers in-process for the audio benchmarks: scripts/bench/audio-entry.ts,
// bundled once per process with ncc (about ten seconds) into a temporary folder that is
// removed when the process exits.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importBundled } from "./common.mjs";

let loaded;

/** `{ inspectAudio, bufferSource, checkLocalFile }` from the bundled entry. */
export function loadAudioReaders() {
  loaded ??= bundle();
  return loaded;
}

async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), "mixcloud-publish-bench-audio-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return importBundled("scripts/bench/audio-entry.ts", dir);
}
