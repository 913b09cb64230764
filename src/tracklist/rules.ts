/**
 * Every rule a tracklist file is checked against, by its stable id (the `rule` of a Diagnostic),
 * with what it is about. Ids never change meaning: scripts and editors may match on them.
 */
export const TRACKLIST_RULES = {
  "tracklist-binary": "the file is not text (often: audio or a picture under a tracklist's name)",
  "tracklist-format": "the file is none of the formats read",
  "tracklist-before-first": "a history entry that played before the file's first entry",
  "tracklist-long-line": "a line longer than 64 KiB (no export writes one)",
  "tracklist-lines": "more than 500,000 lines (far more than 5,000 entries take)",
  "tracklist-too-many": "more entries than a show can have (5,000)",
  "cue-command": "a line of a CUE sheet that is no CUE command (warning)",
  "cue-index": "a TRACK without INDEX 01, or an INDEX that is not a time",
  "cue-frame": "an INDEX with frame 75, read as the next second (warning)",
  "cue-title": "a TRACK without TITLE",
  "cue-performer": "a TRACK with no PERFORMER, no `Artist - Title` TITLE and no sheet PERFORMER",
  "cue-file": "a TRACK that restarts the clock in another FILE (an album split into files)",
  "traktor-xml": "the NML is not well-formed XML (often: cut short)",
  "traktor-history": "no history PLAYLIST, or several (warning)",
  "traktor-playlist": "a Traktor playlist export: no entry has a STARTTIME",
  "traktor-starttime": "a history entry without STARTTIME",
  "traktor-key": "a history entry whose track is not in the COLLECTION",
  "traktor-artist": "a track without artist, whose title and file name are not `Artist - Title`",
  "serato-csv": "the CSV cannot be read (an unclosed quote)",
  "serato-columns":
    "the header lacks name, artist or start time, or a row has the wrong field count",
  "serato-start": "a start time that is not a time of day",
  "serato-artist": "a track without artist or name",
  "serato-session": "a Serato session file that is cut short or damaged",
  "serato-session-start": "a Serato session entry without a start time",
  "virtualdj-time": "an entry without a readable play time",
  "virtualdj-playlist": "a VirtualDJ playlist: no entry has a play time",
  "virtualdj-file-name": "an entry without artist and title, named by its file name (warning)",
  "virtualdj-artist": "an entry without artist, whose title and file name are not `Artist - Title`",
  "virtualdj-line": "a VirtualDJ 7 line that is not `HH:MM : Artist - Title`",
  "virtualdj-sessions": "several sessions in one VirtualDJ 7 file; the last is read (warning)",
  "rekordbox-no-times": "a rekordbox playlist export, which has no start times",
  "text-start-missing": "a plain-text line that reads as a track but has no start",
  "text-start": "a plain-text start that is not a time",
  "text-title": "a plain-text start with nothing after it",
  "text-not-a-track": "a plain-text line that is neither a track nor a heading (warning)",
} as const;

export type TracklistRule = keyof typeof TRACKLIST_RULES;
