import { posix } from "node:path";
import type { MediaRef } from "./types.js";
import type { RuleId } from "./rules.js";

export type MediaRefResult = { ref: MediaRef } | { rule: RuleId; message: string };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1F\x7F]/;

/**
 * Where `audio` or `picture` comes from: a path relative to the repository root that stays
 * inside it, or an http(s):// URL. Whether a URL may be fetched — plain http://, a private
 * address — is not the format's to say: the URL policy of the run decides (the action refuses
 * both unless `allow-private-urls: true`; the CLI allows them), on the URL's text and on every
 * address it connects to.
 */
export function parseMediaRef(field: "audio" | "picture", value: string): MediaRefResult {
  const fail = (rule: RuleId, why: string): MediaRefResult => ({
    rule,
    message: `${field} ${why}`,
  });
  if (CONTROL.test(value))
    return fail("media-path", "contains a control character: write a plain path or URL");
  if (WINDOWS_DRIVE.test(value)) {
    return fail(
      "media-path",
      `"${value}" is an absolute path: write it relative to the repository root, with /`,
    );
  }
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme !== undefined) return parseUrl(value, scheme.toLowerCase(), fail);
  return parsePath(value, fail);
}

type Fail = (rule: RuleId, why: string) => MediaRefResult;

function parseUrl(value: string, scheme: string, fail: Fail): MediaRefResult {
  if (scheme !== "https" && scheme !== "http") {
    return fail(
      "media-url",
      `"${value}": only https:// URLs or paths in the repository are supported, not ${scheme}:`,
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail("media-url", `"${value}" is not a valid URL`);
  }
  if (url.hostname === "") return fail("media-url", `"${value}" has no host name`);
  if (url.username !== "" || url.password !== "") {
    return fail(
      "media-url",
      "has a user name or password in the URL, which would show in logs: host it without, or commit the file",
    );
  }
  return { ref: { kind: "url", url: url.href } };
}

function parsePath(value: string, fail: Fail): MediaRefResult {
  if (value.includes("\\")) {
    return fail(
      "media-path",
      `"${value}" contains a backslash: separate folders with / (paths are the same on every system)`,
    );
  }
  if (value.startsWith("/")) {
    return fail(
      "media-path",
      `"${value}" is an absolute path: write it relative to the repository root, e.g. audio/show.mp3`,
    );
  }
  if (value.startsWith("~")) {
    return fail(
      "media-path",
      `"${value}": ~ is not expanded; write the path relative to the repository root`,
    );
  }
  const normalised = posix.normalize(value).replace(/^(?:\.\/)+/, "");
  if (normalised === ".." || normalised.startsWith("../")) {
    return fail(
      "media-path",
      `"${value}" leads out of the repository: paths are relative to the repository root and may not go above it`,
    );
  }
  if (normalised === "." || normalised.endsWith("/")) {
    return fail("media-path", `"${value}" names a folder, not a file`);
  }
  return { ref: { kind: "path", path: normalised } };
}
