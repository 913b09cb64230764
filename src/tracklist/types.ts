// The shape every tracklist reader gives back, whatever DJ program wrote the file: the same
// sections a `tracks:` list gives, each with the place in the tracklist file it came from, so that
// a problem is reported at that file's own line and column.
import type { Diagnostic, Span } from "../diagnostic.js";
import type { Section } from "../cloudcast/types.js";

/** The formats read, told apart by content (the extension only breaks a tie). */
export type TracklistFormat =
  | "cue"
  | "traktor-nml"
  | "serato-csv"
  | "serato-session"
  | "virtualdj-m3u"
  | "virtualdj-txt"
  | "rekordbox-txt"
  | "text";

/** One track (or chapter) of a tracklist file, where it starts in the show, and where it was written. */
export type TracklistEntry = Section & { span: Span };

export interface ParsedTracklist {
  /** Undefined when the file is none of the formats read (then `diagnostics` says so). */
  format?: TracklistFormat;
  /** In play order, with starts in seconds from the start of the show. */
  entries: TracklistEntry[];
  /** Errors, located in the tracklist file itself; any error means no sections are taken from it. */
  diagnostics: Diagnostic[];
  /** Located in the tracklist file; never make it invalid. */
  warnings: Diagnostic[];
}
