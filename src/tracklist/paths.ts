// Where a cloudcast's tracklist export is, by its path alone: no reading, no checks. Apart from
// file.ts (which finds and reads the export), so that the selection, which asks this at the
// start of every run, does not load the readers and the media checks with it.
import { posix } from "node:path";

/**
 * The extensions of the tracklist file looked for beside a cloudcast file without `tracks:` or
 * `tracklist:`, in the order they win: the CUE sheet a recording program writes beside the
 * audio first, plain text (often notes rather than a tracklist) last.
 */
export const DEFAULT_TRACKLIST_EXTENSIONS = ["cue", "nml", "csv", "session", "m3u", "txt"] as const;

/** Where `tracklist:` points, from the workspace root: it is relative to the cloudcast file. */
export function tracklistRelPath(cloudcastPath: string, written: string): string {
  return posix.normalize(posix.join(posix.dirname(cloudcastPath), written));
}
