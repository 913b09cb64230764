// rekordbox playlist export (`.txt`): UTF-16LE with a BOM, tab-separated, a header row whose
// columns follow the user's view (`#`, `Track Title`, `Artist`, `BPM`, `Time`, …).
//
// Its `Time` column is each track's length, not when it played, and no other column says when
// either. Adding up lengths does not give starts: DJs mix tracks in and out early, so the sum
// drifts by minutes over a set. The file is recognised and refused, pointing at the CUE sheet
// rekordbox writes beside each recording, which has the real starts.
import { Findings } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { lineSpan, splitLines } from "./lines.js";

/** A tab-separated header row with rekordbox's `Track Title` and `Artist` columns. */
export function looksLikeRekordboxTxt(text: string): boolean {
  const first = splitLines(text).find((line) => line.text.trim() !== "")?.text ?? "";
  const columns = first.split("\t").map((cell) => cell.trim());
  return columns.length > 1 && columns.includes("Track Title") && columns.includes("Artist");
}

export function readRekordboxTxt(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const header = splitLines(text).find((line) => line.text.trim() !== "");
  findings.error(
    header ? lineSpan(header) : { line: 1, column: 1, endLine: 1, endColumn: 1 },
    "rekordbox-no-times",
    'a rekordbox playlist export has no start times (its "Time" column is each track\'s length): use the CUE sheet rekordbox writes beside a recording (the .cue next to the recorded .wav), or list the tracks with their starts under tracks: in the cloudcast file',
  );
  return findings.result();
}
