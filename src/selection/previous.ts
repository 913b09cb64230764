// A cloudcast file as it was at the base of a change (the commit a pull request or push is measured
// from), read from git the way the file is read from the workspace: parsed, and completed by its
// tracklist file as that file was then. The preview compares it with the new version.
import type { ParsedCloudcast } from "../cloudcast/types.js";
import type { LfsAccess } from "../media/types.js";
import { TRACKLIST_MAX_BYTES, tracklistBytes } from "../tracklist/file.js";
import type { TracklistRead } from "../tracklist/file.js";
import { readFileAt } from "./git.js";
import type { GitRunner } from "./git.js";
import type { SelectedFile } from "./select.js";

/** Reads a selected file's previous version: undefined when it had none at the base. */
export type ReadPrevious = (file: SelectedFile) => Promise<ParsedCloudcast | undefined>;

/**
 * The previous version of each file (at its previous path when renamed), as of commit `base`. A
 * tracklist file that was a Git LFS pointer then is fetched through `lfs`, as the workspace's is.
 */
export function previousVersionReader(git: GitRunner, base: string, lfs?: LfsAccess): ReadPrevious {
  return async (file) => {
    const path = file.previousPath ?? file.path;
    const text = await readFileAt(git, base, path).catch(() => undefined);
    if (text === undefined) return undefined;
    // Loaded on first use, as the pipeline loads them: a run that selects nothing never needs them.
    const [{ parseCloudcast }, { applyTracklistFile }] = await Promise.all([
      import("../cloudcast/parse.js"),
      import("../tracklist/resolve.js"),
    ]);
    const stage = await applyTracklistFile(parseCloudcast(text, path), {
      root: git.cwd,
      cloudcastPath: path,
      listFolder: (folder) => listFolderAt(git, base, folder),
      readFile: (relPath, label) => readTracklistAt(git, base, relPath, label, lfs),
    });
    return stage.parsed;
  };
}

/** The names in a folder at `rev` (relative to the workspace); none when it is not there. */
async function listFolderAt(git: GitRunner, rev: string, folder: string): Promise<string[]> {
  const tree = folder === "." ? `${rev}:./` : `${rev}:./${folder}`;
  const out = await git
    .run(["ls-tree", "-z", "--full-tree", "--name-only", tree], { okCodes: [0, 128] })
    .catch(() => undefined);
  if (out === undefined || out.code !== 0) return [];
  return out.stdout.split("\0").filter((name) => name !== "");
}

/** A tracklist file's bytes at `rev`, with the size limit and LFS check of the workspace read. */
async function readTracklistAt(
  git: GitRunner,
  rev: string,
  relPath: string,
  label: string,
  lfs: LfsAccess | undefined,
): Promise<TracklistRead> {
  const object = `${rev}:./${relPath}`;
  const size = await git.run(["cat-file", "-s", object], { okCodes: [0, 128] });
  if (size.code !== 0) return fail("missing", `${label} is not in the previous version`);
  const bytes = Number(size.stdout.trim());
  if (bytes === 0) return fail("empty", `${label} was empty in the previous version`);
  if (!(bytes <= TRACKLIST_MAX_BYTES)) {
    return fail("too-large", `${label} was ${bytes} bytes in the previous version`);
  }
  const out = await git.run(["cat-file", "blob", object], { encoding: "latin1" });
  return tracklistBytes(Buffer.from(out.stdout, "latin1"), label, lfs);
}

function fail(rule: string, message: string): TracklistRead {
  return { ok: false, problem: { rule, message } };
}
