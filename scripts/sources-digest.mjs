// What dist/ is built from, as one SHA-256: every file under src/, the manifests and the build's
// own configuration. scripts/build.mjs writes it to dist/sources.json; the end-to-end tests
// (__tests__/e2e/harness.ts) compute it again and refuse to run against a dist/ built from other
// sources, which would let a change to src/ pass them unbuilt. Paths and contents both count, in
// sorted order, so the digest is the same on every machine for the same tree.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const INPUTS = [
  "src",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.mock-types.json",
  "scripts/build.mjs",
];

/** The digest of the build's inputs under `root`. */
export function sourcesDigest(root) {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((input) => filesUnder(root, input)).sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

function filesUnder(root, input) {
  const path = join(root, input);
  if (statSync(path).isFile()) return [input];
  const entries = readdirSync(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
}
