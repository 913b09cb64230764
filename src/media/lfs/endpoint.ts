import { constants } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { resolveInWorkspace } from "../workspace-path.js";
import { gitConfigValue } from "./git.js";

// Where the repository's LFS server is, found as the issue and git-lfs's config docs describe
// (https://github.com/git-lfs/git-lfs/blob/main/docs/man/git-lfs-config.adoc): `lfs.url` in the
// repository's `.lfsconfig`, then git config (`remote.origin.lfsurl`, `lfs.url`), else the
// remote's URL + `.git/info/lfs` — on a runner `GITHUB_SERVER_URL/GITHUB_REPOSITORY`, in a
// local clone the `origin` remote.

export interface EndpointSettings {
  workspace: string;
  /** `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY` on a runner. */
  serverUrl?: string;
  repository?: string;
}

export interface Endpoint {
  url: URL;
  /** Where it came from, for messages ("`.lfsconfig`", "git config `lfs.url`", …). */
  source: string;
}

/** `.lfsconfig` is a few lines; anything longer is not read (a pull request writes it). */
const LFSCONFIG_MAX_BYTES = 64 * 1024;

/** The endpoint, or a sentence saying why there is none. */
export async function findEndpoint(settings: EndpointSettings): Promise<Endpoint | string> {
  const lfsconfig = await readLfsconfig(settings.workspace);
  const candidates: Array<[string, () => Promise<string | undefined>]> = [
    [
      "`lfs.url` in `.lfsconfig`",
      async () => lfsconfig && configValue(settings, "lfs.url", lfsconfig),
    ],
    ["git config `remote.origin.lfsurl`", () => configValue(settings, "remote.origin.lfsurl")],
    ["git config `lfs.url`", () => configValue(settings, "lfs.url")],
  ];
  for (const [source, read] of candidates) {
    const value = await read();
    if (value === undefined) continue;
    const url = parseUrl(value);
    if (url === undefined) return `${source} is not a URL the action can use: \`${value}\``;
    return { url, source };
  }
  return defaultEndpoint(settings);
}

function configValue(
  settings: EndpointSettings,
  key: string,
  text?: string,
): Promise<string | undefined> {
  return gitConfigValue(settings.workspace, key, text);
}

async function defaultEndpoint(settings: EndpointSettings): Promise<Endpoint | string> {
  if (settings.serverUrl !== undefined && settings.repository !== undefined) {
    const base = settings.serverUrl.replace(/\/+$/, "");
    const url = parseUrl(`${base}/${settings.repository}.git/info/lfs`);
    if (url !== undefined) return { url, source: "GITHUB_SERVER_URL and GITHUB_REPOSITORY" };
  }
  const remote = await gitConfigValue(settings.workspace, "remote.origin.url");
  const url = remote === undefined ? undefined : endpointOfRemote(remote);
  if (url !== undefined) return { url, source: "the `origin` remote" };
  return "no LFS server is known: the repository has no `.lfsconfig` with `lfs.url` and no `origin` remote";
}

/**
 * The LFS endpoint of a git remote, as git-lfs derives it: `https://host/owner/repo(.git)` and
 * `git@host:owner/repo.git` both become `https://host/owner/repo.git/info/lfs`.
 */
export function endpointOfRemote(remote: string): URL | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/\/)(.+)$/.exec(remote);
  const https = scp === null ? parseUrl(remote) : parseUrl(`https://${scp[1]}/${scp[2]}`);
  if (https === undefined || !["https:", "http:", "ssh:"].includes(https.protocol))
    return undefined;
  const path = https.pathname.replace(/\/+$/, "").replace(/(\.git)?$/, ".git");
  const scheme = https.protocol === "http:" ? "http:" : "https:";
  return parseUrl(
    `${scheme}//${https.hostname}${https.port && scheme === https.protocol ? `:${https.port}` : ""}${path}/info/lfs`,
  );
}

function parseUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    // Credentials in an LFS URL (`https://user:token@host/`) would end up in messages.
    url.username = "";
    url.password = "";
    return url;
  } catch {
    return undefined;
  }
}

/** The text of `.lfsconfig` at the workspace root, when it is a regular file inside it. */
async function readLfsconfig(workspace: string): Promise<string | undefined> {
  const root = await realpath(workspace);
  const found = await resolveInWorkspace(root, ".lfsconfig", "`.lfsconfig`");
  if (!found.ok || !found.stats.isFile()) return undefined;
  const handle = await open(
    found.realPath,
    constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW,
  ).catch(() => undefined);
  if (handle === undefined) return undefined;
  try {
    const buffer = Buffer.alloc(Math.min(LFSCONFIG_MAX_BYTES, found.stats.size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
