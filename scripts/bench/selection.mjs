#!/usr/bin/env node
// Selection in a large catalogue: how long the action takes to decide which cloudcast files a push
// changed when the push touches a file with a tracklist extension (.cue, .nml, .csv, .m3u, .txt),
// which may be the export some cloudcast file reads. In a git repository of 5,000 shows — most
// with `tracks:`, some with a `.cue` beside them, some naming an export elsewhere with
// `tracklist:`, a few with a double-quoted description holding escapes — three pushes:
//   - a README.txt at the root, which no show reads (the common case the search is for);
//   - the `.cue` beside one show (found by its stem);
//   - an export under playout/ that one show names with `tracklist:`.
// `selectFiles` runs in-process with the reader and the file lister main.ts gives it, bundled with
// ncc twice: from this tree ("after") and from BEFORE_COMMIT, the main branch before the owners'
// text search ("before"), which parsed every show of the catalogue, one after another. The bench
// builds the "before" bundle itself from git (`git archive` of that commit's src/, cached under
// .cache/bench/), so both figures are measured here, interleaved, on the same files; where the
// commit is not in the clone, the row says so and quotes the figure recorded when it was.
//
//   node scripts/bench/selection.mjs [--quick]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ROOT,
  commitAll,
  createRepo,
  formatMs,
  git,
  importBundled,
  makeTempDir,
  median,
  printTable,
  removeDir,
  writeText,
} from "./common.mjs";

/** Main before the owners' text search: its selection parsed the whole catalogue. */
export const BEFORE_COMMIT = "941cddc565ff4e54808bc8f4a5552e765bc7fb72";
/**
 * What `npm run bench -- --only selection` measured for BEFORE_COMMIT (5,000 files, median of 5
 * runs, 2 × Intel Xeon, load average 16, 2026-12-05): quoted only where the commit cannot be built.
 */
const BEFORE_RECORDED = {
  readme: "5219 ms, CPU 2060 ms",
  sibling: "5864 ms, CPU 2207 ms",
  named: "4164 ms, CPU 1628 ms",
};

const GLOBS = ["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"];
const ENTRY = join(ROOT, "scripts/bench/selection-entry.ts");

export async function benchSelection({ files = 5000, runs = 5, log = console.log } = {}) {
  const work = await makeTempDir("selection");
  try {
    const after = await bundle(ROOT, join(work, "after"));
    const before = await beforeBundle(log);
    const catalogue = await createCatalogue(join(work, "repo"), files);
    log(`selection in a catalogue of ${files.toLocaleString("en")} cloudcast files, ${runs} runs`);
    const rows = [];
    const figures = [];
    for (const push of pushes(catalogue)) {
      const measured = await measurePush(push, catalogue.workspace, { after, before }, runs);
      figures.push({ push: push.name, ...measured });
      rows.push(rowFor(push, files, measured));
    }
    printTable("Selection: a push touching a tracklist-extension file", rows, log);
    return { figures, rows };
  } finally {
    await removeDir(work);
  }
}

// ---- the bundles ----------------------------------------------------------------------------------

/** The entry bundled with ncc from the source tree at `tree` into `out` (once); its exports. */
function bundle(tree, out) {
  return importBundled("scripts/bench/selection-entry.ts", out, { root: tree, reuse: true });
}

/** The "before" bundle, built once from BEFORE_COMMIT's sources; undefined when it cannot be. */
async function beforeBundle(log) {
  const cache = join(ROOT, ".cache", "bench", `selection-before-${BEFORE_COMMIT.slice(0, 12)}`);
  const out = join(cache, "dist");
  if (existsSync(join(out, "index.js"))) return bundle(cache, out);
  try {
    await git(ROOT, ["cat-file", "-e", `${BEFORE_COMMIT}^{commit}`]);
  } catch {
    log(
      `commit ${BEFORE_COMMIT.slice(0, 7)} is not in this clone: "before" is the recorded figure`,
    );
    return undefined;
  }
  log(`building the selection of ${BEFORE_COMMIT.slice(0, 7)} (once, cached in ${cache})`);
  await rm(cache, { recursive: true, force: true });
  await mkdir(join(cache, "scripts/bench"), { recursive: true });
  const archive = execFileSync(
    "git",
    ["archive", BEFORE_COMMIT, "src", "tsconfig.json", "package.json"],
    {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  execFileSync("tar", ["-x", "-C", cache], { input: archive });
  await writeFile(join(cache, "scripts/bench/selection-entry.ts"), await readFile(ENTRY));
  await symlink(join(ROOT, "node_modules"), join(cache, "node_modules"), "dir");
  return bundle(cache, out);
}

// ---- the catalogue ------------------------------------------------------------------------------

/**
 * `files` shows in cloudcasts/<year>/: 6 in 10 with `tracks:`, 3 in 10 with a `.cue` beside them,
 * 1 in 10 naming `playout/<stem>.cue` with `tracklist:`; 1 in 50 with a description in double
 * quotes holding `\n` escapes (a file with a backslash is always parsed). Committed, so the
 * action lists them with `git ls-files`.
 */
async function createCatalogue(workspace, files) {
  await createRepo(workspace);
  const shows = [];
  for (let i = 0; i < files; i++) {
    const stem = `cloudcasts/${2000 + (i % 25)}/show-${String(i).padStart(5, "0")}`;
    const kind = i % 10 < 6 ? "tracks" : i % 10 < 9 ? "beside" : "named";
    shows.push({ stem, kind });
    await writeText(workspace, `${stem}.yml`, showYaml(i, kind));
    if (kind === "beside") await writeText(workspace, `${stem}.cue`, cueSheet(i));
    if (kind === "named") await writeText(workspace, `playout/show-${i}.cue`, cueSheet(i));
  }
  await writeText(workspace, "README.txt", "Our shows, one YAML file each.\n");
  await commitAll(workspace, "the catalogue");
  return { workspace, shows };
}

function showYaml(index, kind) {
  const desc =
    index % 50 === 7
      ? `desc: "Episode ${index}.\\nTwo hours of house and disco.\\nRecorded live."`
      : `desc: Episode ${index}, two hours of house and disco, recorded live.`;
  const lines = [`title: Show ${index}`, desc, "tags: [House, Disco, Live]"];
  if (kind === "named") lines.push(`tracklist: ../../playout/show-${index}.cue`);
  if (kind === "tracks") {
    lines.push("tracks:");
    for (let t = 0; t < 12; t++)
      lines.push(
        `  - start: ${t * 300}`,
        `    artist: Artist ${t}`,
        `    track: Song ${index}-${t}`,
      );
  }
  return `${lines.join("\n")}\n`;
}

function cueSheet(index) {
  return `TITLE "Show ${index}"\nFILE "show.wav" WAVE\n  TRACK 01 AUDIO\n    PERFORMER "A"\n    TITLE "B"\n    INDEX 01 00:00:00\n`;
}

/** The three pushes, as the change set git would give, with the selection each must give. */
function pushes({ shows }) {
  const beside = shows.find((s) => s.kind === "beside");
  const named = shows.find((s) => s.kind === "named");
  const namedIndex = Number(named.stem.slice(-5));
  const modified = (path) => ({
    kind: "changed",
    files: [{ path, status: "modified" }],
    deleted: [],
    head: "HEAD",
  });
  return [
    {
      name: "readme",
      label: "a README.txt no show reads",
      changes: modified("README.txt"),
      expected: [],
    },
    {
      name: "sibling",
      label: "the .cue beside one show",
      changes: modified(`${beside.stem}.cue`),
      expected: [`${beside.stem}.yml`],
    },
    {
      name: "named",
      label: "an export one show names with tracklist:",
      changes: modified(`playout/show-${namedIndex}.cue`),
      expected: [`${named.stem}.yml`],
    },
  ];
}

// ---- measuring ----------------------------------------------------------------------------------

/**
 * `selectFiles` as main.ts calls it, on a bundle; the selected paths. main.ts gives it
 * `listedFileReader` now, and gave it `readWorkspaceFile` at BEFORE_COMMIT.
 */
async function select(api, workspace, changes) {
  const git = api.createGitRunner(workspace);
  const limit = api.Limits.fileBytes;
  const read =
    api.listedFileReader?.(workspace, limit) ??
    ((path) =>
      api.readWorkspaceFile(workspace, path, limit).then((r) => (r.ok ? r.bytes : undefined)));
  const selected = await api.selectFiles(
    GLOBS,
    changes,
    () => api.listAllFiles(workspace, git, GLOBS),
    read,
  );
  return selected.map((file) => file.path);
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wall and CPU medians of each bundle, runs interleaved after a warm-up of each. */
async function measurePush(push, workspace, bundles, runs) {
  const subjects = Object.entries(bundles).filter(([, api]) => api !== undefined);
  const samples = Object.fromEntries(subjects.map(([name]) => [name, { wall: [], cpu: [] }]));
  for (let run = -1; run < runs; run++) {
    for (const [name, api] of subjects) {
      const started = performance.now();
      const cpuStarted = cpuMs();
      const selected = await select(api, workspace, push.changes);
      const wall = performance.now() - started;
      const cpu = cpuMs() - cpuStarted;
      if (JSON.stringify(selected) !== JSON.stringify(push.expected)) {
        throw new Error(
          `${name}: ${push.label} selected ${JSON.stringify(selected)}, not ${JSON.stringify(push.expected)}`,
        );
      }
      if (run >= 0) {
        samples[name].wall.push(wall);
        samples[name].cpu.push(cpu);
      }
    }
  }
  const medians = (name) =>
    samples[name] && { wallMs: median(samples[name].wall), cpuMs: median(samples[name].cpu) };
  return { after: medians("after"), before: medians("before") };
}

function rowFor(push, files, { after, before }) {
  const figure = (m) => `${formatMs(m.wallMs)}, CPU ${formatMs(m.cpuMs)}`;
  const compared =
    before === undefined
      ? `before (${BEFORE_COMMIT.slice(0, 7)}): ${BEFORE_RECORDED[push.name]} recorded, not measured here`
      : `before (${BEFORE_COMMIT.slice(0, 7)}): ${figure(before)}; ×${(before.wallMs / after.wallMs).toFixed(1)} faster, same selection`;
  return {
    what: `push of ${push.label}, ${files.toLocaleString("en")} files`,
    figure: figure(after),
    compared,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes("--quick");
  await benchSelection(quick ? { files: 1000, runs: 2 } : {});
}
