import type { SourceSpan } from "../../diagnostic.js";
import { FILE_START } from "../../diagnostic.js";
import type { Cloudcast, ParsedCloudcast } from "../types.js";

/** A valid cloudcast with where its parts were written: what every rule here reads. */
export type LocatedCloudcast = Pick<ParsedCloudcast, "file" | "spans" | "sectionSpans"> & {
  cloudcast: Cloudcast;
};

/**
 * Where section `index` was written: its `tracks:` item, or the line of the tracklist file it
 * came from. Without a recorded place, the `tracks:` key (or the file's start) still names the
 * right file.
 */
export function sectionPlace(located: LocatedCloudcast, index: number): SourceSpan {
  const span = located.sectionSpans?.[index];
  if (span !== undefined) return span;
  return { file: located.file, ...(located.spans.tracks ?? FILE_START) };
}
