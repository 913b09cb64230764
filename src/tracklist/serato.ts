// Serato history, exported as CSV from the History panel. The common export's header is
// `name,artist,bpm,start time,end time,playtime,deck,notes,album`; other exports leave out
// columns (bpm, album), so columns are found by name in the header row, and only `name` and
// `start time` are required. Without an `artist` column (older Serato, some exports), `name`
// holds `Artist - Title` and is split as the plain-text reader splits a line. Serato exports the
// columns its History panel shows, so a missing `start time` is named with that setting.
//
// - The first data row describes the session (its date in `name`, no artist): it is passed over.
//   Whether every export writes it is not settled, so a first row that has an artist is a track.
// - `start time` is wall-clock (`10:15:03 PM`, `22:15:03`, `20:05:25 GMT-4`): starts count from
//   the first track, across midnight.
import { parse } from "csv-parse/sync";
import { parseWallClock, DayClock } from "./clock.js";
import { Findings, escapeText, quote } from "./findings.js";
import type { ReadResult } from "./findings.js";
import { splitLines } from "./lines.js";
import type { Span } from "../diagnostic.js";
import { splitArtistTitle } from "./names.js";
import { errorMessage } from "../errors.js";

interface Row {
  record: string[];
  /** First and last line of the row (a quoted field may hold line breaks). */
  line: number;
  endLine: number;
}

interface Columns {
  name: number;
  artist: number;
  start: number;
  album: number;
  count: number;
}

/** Serato's History columns besides `name`: one of them beside `name` makes a header Serato's. */
const SERATO_COLUMNS = ["artist", "start time", "end time", "playtime", "deck", "bpm"];

/** A header row with `name` and another of Serato's History columns among comma-separated names. */
export function looksLikeSerato(text: string): boolean {
  const first = splitLines(text).find((line) => line.text.trim() !== "")?.text ?? "";
  const names = first
    .toLowerCase()
    .split(",")
    .map((cell) => cell.trim().replace(/^"|"$/g, ""));
  return names.includes("name") && SERATO_COLUMNS.some((column) => names.includes(column));
}

export function readSerato(text: string, file: string): ReadResult {
  const findings = new Findings(file);
  const rows = parseRows(text, findings);
  if (!rows) return findings;
  const [header, ...data] = rows;
  const columns = header && findColumns(header, findings);
  if (!columns) return findings;
  const clock = new DayClock();
  const lengths = splitLines(text).map((line) => line.text.trimEnd().length);
  data.forEach((row, i) => {
    const span = rowSpan(row, lengths);
    if (row.record.length !== columns.count) {
      findings.error(
        span,
        "serato-columns",
        `this row has ${row.record.length} fields where the header names ${columns.count}: a field (or its comma) is missing; export the history again from Serato`,
      );
      return;
    }
    if (i === 0 && isSessionRow(row, columns)) return;
    readTrack(row, span, columns, clock, findings);
  });
  return findings.result();
}

/**
 * The rows with their lines. csv-parse's `info` option gives lines too, but doubles the time on a
 * long history; counting the line breaks inside each row's fields gives the same numbers, since
 * empty lines are kept as rows of one empty field (and passed over here).
 */
function parseRows(text: string, findings: Findings): Row[] | undefined {
  let records: string[][];
  try {
    // Line breaks are made `\n` first: inside a quoted field csv-parse counts `\r\n` as two
    // lines, which would put an error below the end of the file.
    const unified = text.replace(/\r\n?/g, "\n");
    records = parse(unified, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = errorMessage(error);
    findings.error(
      { line, column: 1, endLine: line, endColumn: 1 },
      "serato-csv",
      `the CSV is broken here (${escapeText(reason)}): export the history again from Serato`,
    );
    return undefined;
  }
  const rows: Row[] = [];
  let line = 1;
  for (const record of records) {
    const endLine = line + record.reduce((n, field) => n + countBreaks(field), 0);
    if (record.length > 1 || record[0] !== "") rows.push({ record, line, endLine });
    line = endLine + 1;
  }
  return rows;
}

/** Line breaks are all `\n` by then (see parseRows). */
function countBreaks(field: string): number {
  let breaks = 0;
  for (let at = field.indexOf("\n"); at >= 0; at = field.indexOf("\n", at + 1)) breaks++;
  return breaks;
}

function findColumns(header: Row, findings: Findings): Columns | undefined {
  const names = header.record.map((name) => name.trim().toLowerCase());
  const columns = {
    name: names.indexOf("name"),
    artist: names.indexOf("artist"),
    start: names.indexOf("start time"),
    album: names.indexOf("album"),
    count: names.length,
  };
  const line = header.line;
  const at = { line, column: 1, endLine: line, endColumn: 1 };
  if (columns.name < 0) {
    findings.error(
      at,
      "serato-columns",
      'the header has no "name" column: export the history again from Serato\'s History panel (Export → CSV), with the name column shown',
    );
    return undefined;
  }
  if (columns.start < 0) {
    findings.error(
      at,
      "serato-columns",
      'the header has no "start time" column, so no track has a start: Serato exports the columns its History panel shows; show the start time column there (History → the column list), then export the CSV again',
    );
    return undefined;
  }
  return columns;
}

/**
 * The first data row describes the session: no artist, its date as the name. Without an artist
 * column, a first row whose name is not `Artist - Title` is that row.
 */
function isSessionRow(row: Row, columns: Columns): boolean {
  if (columns.artist >= 0) return !cell(row, columns.artist);
  return !splitArtistTitle(cell(row, columns.name));
}

function readTrack(
  row: Row,
  span: Span,
  columns: Columns,
  clock: DayClock,
  findings: Findings,
): void {
  const startText = cell(row, columns.start);
  const time = parseWallClock(startText);
  if (time === undefined) {
    findings.error(
      span,
      "serato-start",
      `start time ${quote(startText)} is not a time of day (10:15:03 PM or 22:15:03): export the history again from Serato`,
    );
    return;
  }
  const start = clock.next(time);
  const name = cell(row, columns.name);
  const artist = cell(row, columns.artist);
  const names = artist && name ? { artist, song: name } : splitArtistTitle(name);
  if (!names) {
    const what =
      columns.artist < 0 && name
        ? 'is not "Artist - Title" and the export has no artist column'
        : `has no ${artist ? "name" : "artist"}`;
    findings.error(
      span,
      "serato-artist",
      `${name ? quote(name) : "this row"} ${what}: tag the track in Serato, then export the history again`,
    );
    return;
  }
  findings.track(
    span,
    start,
    names.artist,
    names.song,
    columns.album >= 0 ? cell(row, columns.album) : undefined,
  );
}

function cell(row: Row, index: number): string {
  return (row.record[index] ?? "").trim();
}

/** The row's lines, to the end of its last one. */
function rowSpan(row: Row, lengths: readonly number[]): Span {
  return {
    line: row.line,
    column: 1,
    endLine: row.endLine,
    endColumn: (lengths[row.endLine - 1] ?? 0) + 1,
  };
}
