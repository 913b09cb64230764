// Complexity cases of the selection (see complexity.mjs): the text search for a changed export's
// name, on a file made of near misses, and the search for its owners in a catalogue of n files.
import { join } from "node:path";
import { importBundled } from "./common.mjs";

export async function complexityCases(tempDir) {
  const out = join(tempDir, "selection");
  const { exportMentions, selectFiles } = await importBundled(
    "scripts/bench/complexity-selection-entry.ts",
    out,
  );
  return [nearMisses(exportMentions), catalogue(selectFiles)];
}

/**
 * 200-byte export names, and a file where every `.cue` ends a 199-byte match of one of them: each
 * hit is read back as far as a name goes, and the search still takes each byte a bounded number
 * of times.
 */
function nearMisses(exportMentions) {
  const long = "a".repeat(196);
  const mentions = exportMentions([`playout/${long}.cue`, `playout/${long}.CUE`, "x/b.txt"]);
  const unit = Buffer.from(`b${long.slice(1)}.cue `);
  const inputs = new Map();
  const input = (size) => {
    if (!inputs.has(size)) inputs.set(size, Buffer.alloc(size, unit));
    return inputs.get(size);
  };
  return {
    reader: "owners' text search (exportMentions)",
    shape: "every `.cue` one byte short of a 200-byte export name",
    size: 4 * 1024 * 1024,
    unit: "bytes",
    run(size) {
      if (mentions(input(size))) throw new Error("a near miss was taken for the name");
    },
  };
}

/** A push touching README.txt in a catalogue of n files held in memory: no disk in the figure. */
function catalogue(selectFiles) {
  const catalogues = new Map();
  const make = (size) => {
    if (!catalogues.has(size)) {
      const files = new Map();
      for (let i = 0; i < size; i++) {
        const text = `title: Show ${i}\ndesc: played from show-${i}.cue\ntracklist: show-${i}.cue\n`;
        files.set(`cloudcasts/show-${i}.yml`, Buffer.from(text));
      }
      catalogues.set(size, files);
    }
    return catalogues.get(size);
  };
  const changes = {
    kind: "changed",
    files: [{ path: "README.txt", status: "modified" }],
    deleted: [],
    head: "HEAD",
  };
  return {
    reader: "tracklist owners (selectFiles)",
    shape: "a push touching README.txt; each file names its own .cue",
    size: 20_000,
    unit: "files",
    async run(size) {
      const files = make(size);
      const selected = await selectFiles(
        ["cloudcasts/**/*.yml"],
        changes,
        async () => [...files.keys()],
        async (path) => files.get(path),
      );
      if (selected.length !== 0) throw new Error("README.txt selected a cloudcast file");
    },
  };
}
