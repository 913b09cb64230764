import { posix } from "node:path";
import type { RuleId } from "./rules.js";

export type TracklistRefResult = { path: string } | { rule: RuleId; message: string };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1F\x7F]/;

/**
 * `tracklist:`, a path relative to the cloudcast file's folder (`show.cue`, `../exports/x.nml`).
 * Unlike `audio`, it is never a URL: a tracklist is read at every check, so it lives in the
 * repository. Whether it stays inside the repository is decided on the disk, by the tracklist
 * stage (`..` is fine as long as it does).
 */
export function parseTracklistRef(value: string): TracklistRefResult {
  const fail = (message: string): TracklistRefResult => ({
    rule: "tracklist-path",
    message: `tracklist ${message}`,
  });
  if (CONTROL.test(value)) return fail("contains a control character: write a plain path");
  if (WINDOWS_DRIVE.test(value) || value.startsWith("/")) {
    return fail(
      `"${value}" is an absolute path: write it relative to this cloudcast file's folder, e.g. show.cue`,
    );
  }
  if (SCHEME.test(value)) {
    return fail(
      `"${value}" is not a file in the repository: commit the DJ software's export beside this file and name it here`,
    );
  }
  if (value.includes("\\")) {
    return fail(`"${value}" contains a backslash: separate folders with /`);
  }
  if (value.startsWith("~")) {
    return fail(`"${value}": ~ is not expanded; write the path relative to this file's folder`);
  }
  const normalised = posix.normalize(value).replace(/^(?:\.\/)+/, "");
  if (normalised === "." || normalised === ".." || normalised.endsWith("/")) {
    return fail(`"${value}" names a folder, not a file`);
  }
  return { path: normalised };
}
