#!/usr/bin/env node
// Bundles the three entry points with @vercel/ncc into dist/ (committed: GitHub runs dist/index.js).
//   src/index.ts       -> dist/index.js        the action
//   src/cli.ts         -> dist/cli/index.js    the mixcloud-publish command
//   src/mock/index.ts  -> dist/mock/index.js   the mock Mixcloud server (package subpath ./mock),
//                         with its type declarations in dist/mock/types/
// Then writes one dist/licenses.txt for everything the bundles ship, and dist/sources.json: the
// digest of the sources they were built from (scripts/sources-digest.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sourcesDigest } from "./sources-digest.mjs";

const entries = [
  ["src/index.ts", "dist"],
  ["src/cli.ts", "dist/cli"],
  ["src/mock/index.ts", "dist/mock"],
];

rmSync("dist", { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync(
    process.execPath,
    [
      "node_modules/@vercel/ncc/dist/ncc/cli.js",
      "build",
      entry,
      "-o",
      out,
      "--license",
      "licenses.txt",
      "--quiet",
    ],
    { stdio: "inherit" },
  );
}
writeLicenses(entries.map(([, out]) => join(out, "licenses.txt")));
// What these bundles were built from: the end-to-end tests refuse a dist/ built from other sources.
writeFileSync("dist/sources.json", `${JSON.stringify({ sha256: sourcesDigest(".") }, null, 2)}\n`);
// Type declarations for the package subpath `mixcloud-publish/mock`, for users' own tests.
execFileSync(
  process.execPath,
  ["node_modules/typescript/bin/tsc", "-p", "tsconfig.mock-types.json"],
  { stdio: "inherit" },
);

/**
 * ncc lists the licenses of the packages it saw, one file per bundle, and misses some (CommonJS
 * packages such as picomatch). The merged file lists every runtime dependency npm installed.
 */
function writeLicenses(files) {
  const sections = new Map();
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const section of readFileSync(file, "utf8").split(/\n\n(?=[@a-z][\w@/.-]*\n)/)) {
      const name = section.split("\n", 1)[0];
      if (name && !sections.has(name)) sections.set(name, section.trim());
    }
    rmSync(file);
  }
  const installed = execFileSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], {
    encoding: "utf8",
  })
    .split("\n")
    .filter((dir) => dir.includes("node_modules"));
  for (const dir of installed) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    if (sections.has(manifest.name)) continue;
    const licenseFile = ["LICENSE", "LICENSE.md", "license", "LICENSE.txt"]
      .map((f) => join(dir, f))
      .find(existsSync);
    const text = licenseFile ? readFileSync(licenseFile, "utf8").trim() : "";
    sections.set(
      manifest.name,
      [manifest.name, manifest.license ?? "UNKNOWN", text].filter(Boolean).join("\n"),
    );
  }
  const sorted = [...sections.keys()].sort().map((name) => sections.get(name));
  writeFileSync("dist/licenses.txt", `${sorted.join("\n\n")}\n`);
}
