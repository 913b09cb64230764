import { realpath } from "node:fs/promises";
import { isAbsolute, posix, relative, sep } from "node:path";
import type { Diagnostic, Span } from "../diagnostic.js";
import { FILE_START, diagnosticAt, warningAt } from "../diagnostic.js";
import type { MediaRef, ParsedCloudcast } from "../cloudcast/types.js";
import { findDefaultAudio } from "./default-audio.js";
import { checkLocalFile } from "./local-file.js";
import type {
  MediaCheck,
  MediaCheckOptions,
  MediaKind,
  MediaProblem,
  ResolvedMedia,
} from "./types.js";
import { checkUrl } from "./url-check.js";

interface Outcome {
  media?: ResolvedMedia;
  problems: MediaProblem[];
  warnings?: MediaProblem[];
}

/**
 * Checks that a valid cloudcast's audio (given, or the default beside the file) and picture
 * can be had, without uploading or downloading them. Each problem becomes a diagnostic on the
 * `audio:`/`picture:` value, or at the start of the file when the key is absent.
 * A file that did not parse has nothing to check and gives an empty result.
 */
export async function checkMedia(
  parsed: ParsedCloudcast,
  options: MediaCheckOptions,
): Promise<MediaCheck> {
  const cloudcast = parsed.cloudcast;
  if (cloudcast === undefined) return { diagnostics: [], warnings: [] };
  const workspaceRoot = await realpath(options.workspace);
  const file = workspaceRelative(parsed.file, options.workspace);
  const [audio, picture] = await Promise.all([
    cloudcast.audio === undefined
      ? checkDefaultAudio(file, workspaceRoot, cloudcast.key !== undefined, options)
      : checkRef("audio", cloudcast.audio, workspaceRoot, options),
    cloudcast.picture === undefined
      ? undefined
      : checkRef("picture", cloudcast.picture, workspaceRoot, options),
  ]);
  const diagnostics = [
    ...toDiagnostics("audio", audio.problems, parsed.file, parsed.spans.audio),
    ...toDiagnostics("picture", picture?.problems ?? [], parsed.file, parsed.spans.picture),
  ];
  const warnings = [
    ...toDiagnostics("audio", audio.warnings ?? [], parsed.file, parsed.spans.audio, warningAt),
    ...toDiagnostics(
      "picture",
      picture?.warnings ?? [],
      parsed.file,
      parsed.spans.picture,
      warningAt,
    ),
  ];
  return {
    ...(audio.media === undefined ? {} : { audio: audio.media }),
    ...(picture?.media === undefined ? {} : { picture: picture.media }),
    diagnostics,
    warnings,
  };
}

async function checkRef(
  kind: MediaKind,
  ref: MediaRef,
  workspaceRoot: string,
  options: MediaCheckOptions,
): Promise<Outcome> {
  return ref.kind === "path"
    ? checkLocalFile(kind, ref.path, workspaceRoot, options)
    : (options.urlChecks?.check ?? checkUrl)(kind, ref.url, options);
}

/**
 * A file with a `key` describes an upload that is already on Mixcloud, and an existing upload's
 * audio is never sent again: for it the default audio is optional (as for an imported file).
 */
async function checkDefaultAudio(
  file: string,
  workspaceRoot: string,
  optional: boolean,
  options: MediaCheckOptions,
): Promise<Outcome> {
  const found = await findDefaultAudio(file, workspaceRoot);
  if (!found.ok)
    return { problems: optional && found.problem.rule === "missing" ? [] : [found.problem] };
  return checkLocalFile("audio", found.relPath, workspaceRoot, options);
}

function toDiagnostics(
  kind: MediaKind,
  problems: MediaProblem[],
  file: string,
  span: Span | undefined,
  at: typeof diagnosticAt = diagnosticAt,
): Diagnostic[] {
  return problems.map((p) => at(file, span ?? FILE_START, `${kind}-${p.rule}`, p.message));
}

/** The cloudcast's path relative to the workspace, `/`-separated, whatever form it was given in. */
function workspaceRelative(file: string, workspace: string): string {
  const relativePath = isAbsolute(file) ? relative(workspace, file) : file;
  return posix.normalize(relativePath.split(sep).join("/"));
}
