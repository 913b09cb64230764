#!/usr/bin/env node
// Benchmark of the MP3 frame scan, the one audio check that reads a whole file: an MP3 with no
// length header (no Xing/Info/VBRI) is read through to count its frames. Three files of the
// same size, each checked as a cloudcast's audio is (open, sniff, read): real lame frames to
// the end; the same frames for 1 MiB and then junk (random bytes) to the end, as a file whose
// frames stop early; and frames then 0xFF bytes, the junk every header search must look at.
// The junk scans must cost no more than twice the real-frame scan. Page cache warm (the file
// is read once before timing). Standalone: `node scripts/bench/audio-scan.mjs [--quick]`.
import { randomFillSync } from "node:crypto";
import { open, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadAudioReaders } from "./audio-readers.mjs";
import {
  MiB,
  ROOT,
  formatMs,
  makeTempDir,
  median,
  printTable,
  removeDir,
  verdict,
} from "./common.mjs";

/** The junk scans' allowance over the real-frame scan. */
const MAX_JUNK_RATIO = 2;

/** lame's frames of a VBR file without a Xing header, from the audio corpus. */
async function realFrames() {
  return readFile(join(ROOT, "__tests__/fixtures/audio/mp3-vbr-no-xing.mp3"));
}

/** Writes `size` bytes: `head` once, then `fill` over and over. */
async function writeFile(path, size, head, fill) {
  const file = await open(path, "w");
  try {
    let written = 0;
    for (const part of [head])
      written += (await file.write(part, 0, Math.min(part.length, size))).bytesWritten;
    while (written < size) {
      const length = Math.min(fill.length, size - written);
      written += (await file.write(fill, 0, length)).bytesWritten;
    }
  } finally {
    await file.close();
  }
}

/** A whole number of copies of the corpus file's frames, about 1 MiB. */
function framesOfAbout(frames, bytes) {
  return Buffer.concat(
    Array.from({ length: Math.max(1, Math.round(bytes / frames.length)) }, () => frames),
  );
}

/** Each junk scan against the real-frame scan, and the target. */
function junkVerdict(f, real) {
  const ratio = `×${(f.ms / real).toFixed(2)} the real-frame scan`;
  return `${ratio}; target ≤ ${MAX_JUNK_RATIO}: ${verdict(f.ms <= MAX_JUNK_RATIO * real)}`;
}

export async function benchAudioScan({ sizeBytes = 1024 * MiB, runs = 3, log = console.log } = {}) {
  const { checkLocalFile } = await loadAudioReaders();
  const dir = await makeTempDir("audio-scan");
  try {
    const frames = framesOfAbout(await realFrames(), MiB);
    const random = randomFillSync(Buffer.alloc(MiB));
    // [what, file, first MiB, the rest]
    const files = [
      ["real frames to the end", "frames.mp3", frames, frames],
      ["frames for 1 MiB, then random junk", "junk.mp3", frames, random],
      ["frames for 1 MiB, then zero bytes", "zeros.mp3", frames, Buffer.alloc(MiB)],
      [
        "frames for 1 MiB, then 0xFF bytes (erased flash)",
        "ff.mp3",
        frames,
        Buffer.alloc(MiB, 0xff),
      ],
    ];
    const figures = [];
    for (const [what, name, head, fill] of files) {
      await writeFile(join(dir, name), sizeBytes, head, fill);
      const check = () => checkLocalFile("audio", name, dir);
      const first = await check(); // warm-up: page cache, JIT
      const times = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await check();
        times.push(performance.now() - started);
      }
      figures.push({ what, ms: median(times), seconds: first.media?.durationSeconds });
    }
    const real = figures[0].ms;
    const size =
      sizeBytes >= 1024 * MiB ? `${sizeBytes / 1024 / MiB} GiB` : `${sizeBytes / MiB} MiB`;
    const rows = figures.map((f, i) => ({
      what: `MP3 without a length header, ${size}: ${f.what}`,
      figure: `${formatMs(f.ms)} (${(sizeBytes / MiB / (f.ms / 1000)).toFixed(0)} MiB/s)`,
      compared:
        i === 0
          ? `median of ${runs}; reads ${f.seconds?.toFixed(0) ?? "no"} s of audio`
          : junkVerdict(f, real),
    }));
    printTable(`MP3 frame scan (in-process, Node ${process.versions.node})`, rows, log);
    return { figures, rows };
  } finally {
    await removeDir(dir);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick");
  await benchAudioScan(quick ? { sizeBytes: 64 * MiB, runs: 1 } : {});
}
