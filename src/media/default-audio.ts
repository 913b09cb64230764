import { readdir } from "node:fs/promises";
import { posix } from "node:path";
import { AUDIO_EXTENSIONS } from "./formats.js";
import { closestName } from "../suggest.js";
import type { MediaProblem } from "./types.js";
import { resolveInWorkspace } from "./workspace-path.js";

export type DefaultAudio = { ok: true; relPath: string } | { ok: false; problem: MediaProblem };

/**
 * The audio a cloudcast file without `audio:` means: the file beside it with the same stem and
 * an audio extension (`shows/ep1.yml` → `shows/ep1.mp3`, `shows/ep1.FLAC`, …).
 * More than one match is an error rather than a silent pick: which one to publish is the
 * user's call, and guessing wrong uploads the wrong file for good.
 */
export async function findDefaultAudio(
  cloudcastFile: string,
  workspaceRoot: string,
): Promise<DefaultAudio> {
  const folder = posix.dirname(cloudcastFile);
  const stem = posix.basename(cloudcastFile, posix.extname(cloudcastFile));
  const names = await namesIn(workspaceRoot, folder);
  const matches = names
    .filter((name) => audioExtensionIndex(name, stem) >= 0)
    .sort(
      (a, b) => audioExtensionIndex(a, stem) - audioExtensionIndex(b, stem) || (a < b ? -1 : 1),
    );
  const inFolder = (name: string): string => (folder === "." ? name : `${folder}/${name}`);
  if (matches.length === 1) return { ok: true, relPath: inFolder(matches[0] ?? "") };
  if (matches.length > 1) {
    const listed = matches.map((name) => `\`${inFolder(name)}\``).join(", ");
    return failure(
      "ambiguous",
      `several files could be this cloudcast's audio (${listed}): set \`audio:\` to the one to publish`,
    );
  }
  return failure("missing", noAudioMessage(inFolder(stem), stem, names, inFolder));
}

function noAudioMessage(
  base: string,
  stem: string,
  names: string[],
  inFolder: (name: string) => string,
): string {
  const tried = AUDIO_EXTENSIONS.map((ext) => `.${ext}`).join(", ");
  const audioNames = names.filter((name) => audioExtensionOf(name) !== undefined);
  const near = closestName(stem, audioNames.map(stemOf));
  const nearName = audioNames.find((name) => stemOf(name) === near);
  const hint = nearName === undefined ? "" : ` (did you mean \`${inFolder(nearName)}\`?)`;
  return (
    `no audio found for this cloudcast: looked for \`${base}\` with an audio extension ` +
    `(${tried})${hint}; add the audio file there, or set \`audio:\` to a repository path ` +
    "or an https:// URL"
  );
}

/** Position of the name's extension in AUDIO_EXTENSIONS when its stem is exactly `stem`, else -1. */
function audioExtensionIndex(name: string, stem: string): number {
  if (!name.startsWith(`${stem}.`)) return -1;
  const extension = name.slice(stem.length + 1).toLowerCase();
  return (AUDIO_EXTENSIONS as readonly string[]).indexOf(extension);
}

function audioExtensionOf(name: string): string | undefined {
  const extension = posix.extname(name).slice(1).toLowerCase();
  return (AUDIO_EXTENSIONS as readonly string[]).includes(extension) ? extension : undefined;
}

function stemOf(name: string): string {
  return posix.basename(name, posix.extname(name));
}

async function namesIn(workspaceRoot: string, folder: string): Promise<string[]> {
  const resolved = await resolveInWorkspace(workspaceRoot, folder, `the folder \`${folder}\``);
  if (!resolved.ok || !resolved.stats.isDirectory()) return [];
  return readdir(resolved.realPath);
}

function failure(rule: string, message: string): DefaultAudio {
  return { ok: false, problem: { rule, message } };
}
