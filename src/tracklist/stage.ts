// The tracklist stage as the pipeline runs it: workspace-relative paths, one folder listing
// shared by every file of the run.
import { realpath } from "node:fs/promises";
import type { ParsedCloudcast } from "../cloudcast/types.js";
import { applyTracklistFile, folderLister } from "./resolve.js";
import type { TracklistStage } from "./resolve.js";

/** A function that completes each parsed cloudcast file (named workspace-relative) of a run. */
export function readCloudcastTracklist(
  workspace: string,
): (parsed: ParsedCloudcast) => Promise<TracklistStage> {
  let shared: Promise<{ root: string; listFolder: (folder: string) => Promise<string[]> }>;
  return async (parsed) => {
    shared ??= realpath(workspace).then((root) => ({ root, listFolder: folderLister(root) }));
    const { root, listFolder } = await shared;
    return applyTracklistFile(parsed, { root, cloudcastPath: parsed.file, listFolder });
  };
}
