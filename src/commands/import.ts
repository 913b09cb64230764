// `mixcloud-publish import KEY…`: brings existing Mixcloud uploads under the repository by
// writing a cloudcast file for each (title, description, tags, tracklist as far as the API
// returns it, and `key`, so later runs edit that upload rather than create another).
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Command } from "./types.js";
import { ExitCode } from "./types.js";
import { readCommandLine } from "./usage.js";
import { lookupToken } from "../netrc.js";
import { DEFAULT_API_URL } from "../constants.js";
import type { RemoteCloudcast } from "../mixcloud/index.js";
import { errorMessage } from "../errors.js";

const USAGE = `Usage: mixcloud-publish import [options] KEY…

Writes a cloudcast file for each existing Mixcloud upload, named by its key (/user/slug/) or
its URL (https://www.mixcloud.com/user/slug/), so that the repository manages it from now on.

Options:
  --dir DIR              where to write the files (default cloudcasts/)
  --force                overwrite files that exist
  --token TOKEN          access token, to read unlisted uploads (else MIXCLOUD_ACCESS_TOKEN, ~/.netrc)
  --api-url URL          Mixcloud API root (default ${DEFAULT_API_URL})
  -h, --help             show this help
`;

const OPTIONS = {
  dir: { type: "string" },
  force: { type: "boolean" },
  token: { type: "string" },
  "api-url": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export const importCommand: Command = async (args, io) => {
  const line = readCommandLine("import", args, io, {
    options: OPTIONS,
    usage: USAGE,
    positionals: true,
  });
  if (typeof line === "number") return line;
  const { values, positionals } = line;
  const keys = positionals.map(toKey);
  const bad = positionals.filter((_, i) => keys[i] === undefined);
  if (positionals.length === 0 || bad.length > 0) {
    io.stderr(
      `mixcloud-publish import: ${bad.length > 0 ? `not a cloudcast key or URL: ${bad.join(", ")}` : "name at least one cloudcast"}.\n\n${USAGE}`,
    );
    return ExitCode.Usage;
  }
  const token = await lookupToken(values.token, io.env);
  const { MixcloudClient } = await import("../mixcloud/index.js");
  const client = new MixcloudClient({
    apiUrl: (values["api-url"] ?? DEFAULT_API_URL).replace(/\/+$/, ""),
    token: token?.token,
    attempts: 3,
  });
  const dir = join(io.cwd, values.dir ?? "cloudcasts");
  let failures = 0;
  try {
    for (const key of keys as string[]) {
      try {
        const written = await importOne(client, key, dir, values.force === true);
        io.stdout(`imported  ${key}  ${relative(io.cwd, written)}\n`);
      } catch (error) {
        failures++;
        io.stderr(`mixcloud-publish import: ${key}: ${errorMessage(error)}\n`);
      }
    }
  } finally {
    await client.close();
  }
  return failures > 0 ? ExitCode.Problems : ExitCode.Ok;
};

async function importOne(
  client: { getCloudcast(key: string): Promise<RemoteCloudcast | null> },
  key: string,
  dir: string,
  force: boolean,
): Promise<string> {
  const cloudcast = await client.getCloudcast(key);
  if (cloudcast === null)
    throw new Error("not on Mixcloud (check the key; an unlisted upload needs its owner's token)");
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${fileStem(cloudcast)}.yml`);
  try {
    await writeFile(path, await cloudcastYaml(cloudcast), { flag: force ? "w" : "wx" });
  } catch (error) {
    if ((error as { code?: string }).code === "EEXIST")
      throw new Error(`${path} exists: pass --force to overwrite it`);
    throw error;
  }
  return path;
}

/** The YAML of a cloudcast file describing `remote`; audio is left out (it is never re-uploaded for a `key`). */
export async function cloudcastYaml(remote: RemoteCloudcast): Promise<string> {
  const { stringify } = await import("yaml");
  const document: Record<string, unknown> = { title: remote.name };
  if (remote.description) document["desc"] = remote.description;
  if (remote.tags.length > 0) document["tags"] = remote.tags.slice(0, 5);
  if (remote.sections && remote.sections.length > 0) {
    document["tracks"] = remote.sections.map((s) =>
      s.kind === "track"
        ? { start: formatStart(s.start), artist: s.artist, track: s.song }
        : { start: formatStart(s.start), chapter: s.chapter },
    );
  }
  document["key"] = remote.key;
  const header = `# Imported from ${remote.url ?? remote.key} by mixcloud-publish import.\n`;
  return header + stringify(document, { lineWidth: 100 });
}

/** Seconds as the `m:ss` / `h:mm:ss` a person writes, quoted by the YAML writer as a string. */
export function formatStart(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** A key `/user/slug/`, from a key or a mixcloud.com URL; undefined when it is neither. */
export function toKey(input: string): string | undefined {
  let path = input.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return undefined;
    }
  }
  const parts = path.split("/").filter(Boolean);
  return parts.length === 2 ? `/${parts[0]}/${parts[1]}/` : undefined;
}

function fileStem(remote: RemoteCloudcast): string {
  const slug = decodeURIComponent(remote.key.split("/").filter(Boolean)[1] ?? remote.slug);
  return slug.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[-.]+|-+$/g, "") || "cloudcast";
}
