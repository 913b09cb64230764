#!/usr/bin/env node
// Compares the project's duration readers (src/media/duration/) with music-metadata on the
// encoder corpus (__tests__/fixtures/audio/) and on one large file: how far each is from the
// true duration, and what each costs (time, bytes read, memory, bundle size and import time for
// the action's cold start). Prints tables; decides nothing by itself.
//
//   node scripts/compare-durations.mjs [--runs N] [--large-mb MB] [--slow-mb MB]
//                                      [--large-from FILE] [--keep]
//
// --large-mb (default 1024) builds a file of that size in the temp folder by repeating the
// frames of --large-from (an MPEG-1 Layer III file without tags; default: the corpus's VBR MP3
// without a Xing header, where the whole file must be read, and whose tiny frames make it the
// slowest case per byte), measures each reader on it in a child process, and removes it unless
// --keep. music-metadata with `duration: true` reads such files many times over, so it gets a
// file of --slow-mb (default 64). 0 skips either. The page cache is warm (the file was just
// written): times are the CPU's, not a disk's.
import { execFileSync } from "node:child_process";
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "__tests__", "fixtures", "audio");
const SELF = fileURLToPath(import.meta.url);
const TOLERANCE = 0.1;

/**
 * The readers compared, each a function from a file path to { seconds, read }: `read` is the
 * bytes the reader itself read. Ours counts reads beyond the 64 KiB head that the media check
 * reads anyway (to recognise the file) and hands to the readers; music-metadata's is the
 * process's `rchar` from /proc, since it reads through its own tokenizer.
 */
async function loadReaders() {
  const { tsImport } = await import("tsx/esm/api");
  const load = (file) => tsImport(pathToFileURL(join(ROOT, file)).href, import.meta.url);
  const { inspectAudio } = await load("src/media/inspect-audio.ts");
  const { sniffAudio } = await load("src/media/sniff.ts");
  const { HEAD_BYTES } = await load("src/media/local-file.ts");
  const { parseFile } = await import("music-metadata");
  const viaProc = (parse) => async (path) => {
    const before = bytesRead();
    const seconds = await parse(path);
    return { seconds, read: before === undefined ? undefined : bytesRead() - before };
  };
  return {
    ours: async (path) => {
      const handle = await open(path, "r");
      try {
        const source = await headCachedSource(handle, HEAD_BYTES);
        const type = sniffAudio(source.head)?.type;
        const facts = type === undefined ? {} : await inspectAudio(type, source);
        return { seconds: facts.durationSeconds, read: source.counted() };
      } finally {
        await handle.close();
      }
    },
    "music-metadata": viaProc(
      async (path) => (await parseFile(path, { skipCovers: true })).format.duration,
    ),
    "music-metadata duration:true": viaProc(
      async (path) => (await parseFile(path, { skipCovers: true, duration: true })).format.duration,
    ),
  };
}

/** A ByteSource over a file that serves the head from memory and counts the bytes read beyond it. */
async function headCachedSource(handle, headBytes) {
  const { size } = await handle.stat();
  const readInto = async (offset, target) => {
    const wanted = Math.max(0, Math.min(target.length, size - offset));
    return wanted === 0 ? 0 : (await handle.read(target, 0, wanted, offset)).bytesRead;
  };
  const readAt = async (offset, length) => {
    const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
    return buffer.subarray(0, await readInto(offset, buffer));
  };
  const head = await readAt(0, headBytes);
  let counted = 0;
  return {
    size,
    head,
    counted: () => counted,
    async read(offset, length) {
      if (offset + length <= head.length) return head.subarray(offset, offset + length);
      const bytes = await readAt(offset, length);
      counted += bytes.length;
      return bytes;
    },
    async readInto(offset, target) {
      const bytesRead = await readInto(offset, target);
      counted += bytesRead;
      return bytesRead;
    },
  };
}

/** Bytes this process has read through system calls so far (Linux), or undefined. */
function bytesRead() {
  try {
    const io = readFileSync("/proc/self/io", "utf8");
    return Number(/rchar: (\d+)/.exec(io)?.[1]);
  } catch {
    return undefined;
  }
}

function parseArgs(argv) {
  const options = {
    runs: 20,
    largeMb: 1024,
    slowMb: 64,
    largeFrom: join(CORPUS, "mp3-vbr-no-xing.mp3"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--runs") options.runs = Number(argv[++i]);
    else if (arg === "--large-mb") options.largeMb = Number(argv[++i]);
    else if (arg === "--slow-mb") options.slowMb = Number(argv[++i]);
    else if (arg === "--large-from") options.largeFrom = argv[++i];
    else if (arg === "--keep") options.keep = true;
    else if (arg === "--child") options.child = { reader: argv[++i], path: argv[++i] };
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${title}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
}

const fmt = (s) => (s === undefined ? "unknown" : typeof s === "string" ? s : s.toFixed(3));
const verdict = (s, truth) => {
  if (typeof s !== "number") return s === undefined ? "unknown" : "FAILS";
  return Math.abs(s - truth) < TOLERANCE ? "ok" : "WRONG";
};
const kib = (b) => (b === undefined ? "n/a" : `${(b / 1024).toFixed(1)} KiB`);

async function compareCorpus(readers, runs) {
  const manifest = JSON.parse(readFileSync(join(CORPUS, "manifest.json"), "utf8"));
  // Formats Mixcloud does not take have no length to compare.
  const files = manifest.files.filter((f) => f.unsupported === undefined);
  const names = Object.keys(readers);
  const rows = [];
  const totals = Object.fromEntries(names.map((n) => [n, { ok: 0, ms: 0, bytes: 0 }]));
  for (const f of files) {
    const path = join(CORPUS, f.file);
    const row = [f.file, f.seconds.toFixed(3)];
    for (const name of names) {
      const { seconds: value, read } = await readers[name](path).catch((error) => ({
        seconds: `error: ${error.message}`,
      }));
      const started = performance.now();
      for (let r = 0; r < runs; r++) await readers[name](path).catch(() => undefined);
      totals[name].ms += (performance.now() - started) / runs;
      totals[name].bytes += read ?? 0;
      if (verdict(value, f.seconds) === "ok") totals[name].ok += 1;
      const shown =
        typeof value === "number" ? `${fmt(value)} ${verdict(value, f.seconds)}` : fmt(value);
      row.push(shown, kib(read));
    }
    rows.push(row);
  }
  const header = ["file", "true s"];
  for (const name of names) header.push(name, "read");
  printTable(`Corpus: ${files.length} files (within ${TOLERANCE} s = ok)`, header, rows);
  printTable(
    `Corpus totals (time: mean of ${runs} runs, all files, warm cache)`,
    ["reader", "right", "time", "bytes read"],
    names.map((n) => [
      n,
      `${totals[n].ok}/${files.length}`,
      `${totals[n].ms.toFixed(1)} ms`,
      kib(totals[n].bytes),
    ]),
  );
}

/** A file of about `mb` MiB: the frames of `from` repeated (its ID3 tag, if any, kept once). */
function buildLarge(from, mb) {
  const unit = readFileSync(from);
  const path = join(tmpdir(), `compare-durations-${process.pid}.mp3`);
  const fd = openSync(path, "w");
  let written = 0;
  const copies = Math.max(1, Math.round((mb * 1024 * 1024) / unit.length));
  const batch = Buffer.concat(Array.from({ length: Math.min(copies, 256) }, () => unit));
  for (let c = 0; c < copies; c += 256) {
    const n = Math.min(256, copies - c);
    written += writeSync(fd, batch, 0, n * unit.length);
  }
  closeSync(fd);
  return { path, copies, bytes: written };
}

/** In a child process: one reader on one file, with its time, bytes read and added peak memory. */
async function child(reader, path) {
  const readers = await loadReaders();
  const rssBefore = process.resourceUsage().maxRSS;
  const started = performance.now();
  const { seconds, read } = await readers[reader](path);
  const ms = performance.now() - started;
  const addedRssMiB = (process.resourceUsage().maxRSS - rssBefore) / 1024;
  console.log(JSON.stringify({ seconds, ms, read, addedRssMiB }));
}

/** Seconds of an MPEG-1 Layer III file (no tags) by its frames, as a decoder plays it joined to itself. */
function mpeg1Layer3Seconds(b) {
  const kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
  const rates = [44100, 48000, 32000];
  let frames = 0;
  let rate = 0;
  for (let at = 0; at + 4 <= b.length; frames++) {
    if (b[at] !== 0xff || (b[at + 1] & 0xfe) !== 0xfa) return undefined;
    rate = rates[(b[at + 2] >> 2) & 3];
    at += Math.floor((144 * kbps[b[at + 2] >> 4] * 1000) / rate) + ((b[at + 2] >> 1) & 1);
  }
  return (frames * 1152) / rate;
}

function runChild(reader, path) {
  const out = execFileSync(process.execPath, [SELF, "--child", reader, path], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop());
}

/**
 * Each reader on a large file in its own process. music-metadata with `duration: true` reads
 * such a file many times over (minutes for 64 MiB), so it gets a file of --slow-mb instead.
 */
function compareLarge(options) {
  const unitSeconds = mpeg1Layer3Seconds(readFileSync(options.largeFrom));
  const rows = [];
  const sizes = [
    [options.largeMb, ["ours", "music-metadata"]],
    [Math.min(options.slowMb, options.largeMb), ["ours", "music-metadata duration:true"]],
  ];
  for (const [mb, readers] of sizes) {
    if (mb <= 0) continue;
    const large = buildLarge(options.largeFrom, mb);
    try {
      const truth = unitSeconds === undefined ? undefined : unitSeconds * large.copies;
      for (const reader of readers) {
        const r = runChild(reader, large.path);
        rows.push([
          `${(large.bytes / 1024 / 1024).toFixed(0)} MiB`,
          truth === undefined ? "" : truth.toFixed(1),
          reader,
          typeof r.seconds === "number" ? r.seconds.toFixed(1) : "unknown",
          truth === undefined ? "" : verdict(r.seconds, truth),
          `${Math.round(r.ms)} ms`,
          r.read === undefined ? "n/a" : `${(r.read / 1024 / 1024).toFixed(1)} MiB`,
          `${Math.round(r.addedRssMiB)} MiB`,
        ]);
      }
    } finally {
      if (options.keep) console.log(`kept ${large.path}`);
      else rmSync(large.path, { force: true });
    }
  }
  printTable(
    `Large files: ${basename(options.largeFrom)} repeated (a child process per reader, warm page cache)`,
    ["file", "true s", "reader", "seconds", "", "time", "read", "peak RSS added"],
    rows,
  );
}

/** What music-metadata would add to the action: bundle bytes and import time in a fresh Node. */
async function coldStart() {
  const { build } = await import("esbuild");
  const bundled = await build({
    stdin: { contents: 'export { parseFile } from "music-metadata";', resolveDir: ROOT },
    bundle: true,
    platform: "node",
    format: "esm",
    minify: true,
    write: false,
  });
  const mmBytes = bundled.outputFiles[0].contents.length;
  const ours = await build({
    entryPoints: [join(ROOT, "src/media/inspect-audio.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    minify: true,
    write: false,
  });
  const importMs = (specifier) => {
    const code = `const t=performance.now();await import(${JSON.stringify(specifier)});console.log(performance.now()-t)`;
    const runs = Array.from({ length: 5 }, () =>
      Number(execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT })),
    );
    return runs.sort((a, b) => a - b)[2];
  };
  printTable(
    "Cold start (minified ESM bundle; import: median of 5 fresh Node processes)",
    ["what", "bundle", "import"],
    [
      [
        "music-metadata (parseFile and what it pulls in)",
        kib(mmBytes),
        `${importMs("music-metadata").toFixed(1)} ms`,
      ],
      [
        "src/media/inspect-audio.ts and its readers",
        kib(ours.outputFiles[0].contents.length),
        "(inside the action's bundle)",
      ],
    ],
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.child) return child(options.child.reader, options.child.path);
  console.log(`Node ${process.versions.node}, music-metadata ${mmVersion()}`);
  await compareCorpus(await loadReaders(), options.runs);
  if (options.largeMb > 0) compareLarge(options);
  await coldStart();
}

function mmVersion() {
  const pkg = join(ROOT, "node_modules", "music-metadata", "package.json");
  return JSON.parse(readFileSync(pkg, "utf8")).version;
}

statSync(CORPUS);
await main();
