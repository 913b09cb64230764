#!/usr/bin/env node
// Bundles the three entry points with @vercel/ncc into dist/ (committed: GitHub runs dist/index.js).
//   src/index.ts       -> dist/index.js        the action
//   src/cli.ts         -> dist/cli/index.js    the mixcloud-publish command
//   src/mock/index.ts  -> dist/mock/index.js   the mock Mixcloud server (package subpath ./mock)
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const entries = [
  ["src/index.ts", "dist"],
  ["src/cli.ts", "dist/cli"],
  ["src/mock/index.ts", "dist/mock"],
];

rmSync("dist", { recursive: true, force: true });
for (const [entry, out] of entries) {
  execFileSync(
    process.execPath,
    ["node_modules/@vercel/ncc/dist/ncc/cli.js", "build", entry, "-o", out, "--license", "licenses.txt", "--quiet"],
    { stdio: "inherit" },
  );
}
