// Hostile tracklist files: the shapes that made a reader's work grow faster than its input (a
// pattern retried from every character of a long run, a search of the rest of a line for every
// tag), and the sheer sizes the caps are for. Each shape builds a file of size `n` (its unit says
// what `n` counts); the complexity bench (scripts/bench/complexity-tracklist.mjs) times them at n
// and 2n, and the hang-guard tests (__tests__/tracklist/hang-guard.test.ts) read them at a size
// where quadratic work would take minutes.
//
// The per-line shapes repeat one long line LINES times: doubling the line doubles linear work and
// quadruples quadratic work, while the file stays under the 64 KiB line cap.
import { makeTracks } from "./tracks.mjs";
import { seratoEntry, seratoHeader, seratoTrackFields, traktorNml } from "./formats.mjs";

export const LINES = 200;

const utf8 = (text) => Buffer.from(text, "utf8");
const lines = (line, count) => utf8(`${line}\n`.repeat(count));
const spaces = (n) => " ".repeat(n);

/**
 * `{ reader, shape, unit, build(n, lines?) → { file, bytes } }`; the per-line shapes take how many
 * times to repeat their line (LINES by default).
 */
export const HOSTILE_SHAPES = [
  {
    reader: "plain text",
    shape: "a run of spaces between artist and title, no dash",
    unit: "spaces a line",
    build: (n, count = LINES) => ({
      file: "show.txt",
      bytes: lines(`0:00 Artist${spaces(n)}Title`, count),
    }),
  },
  {
    reader: "plain text",
    shape: "a run of spaces before a bracket that is no time",
    unit: "spaces a line",
    build: (n, count = LINES) => ({
      file: "show.txt",
      bytes: lines(`Artist - Title${spaces(n)}(x)`, count),
    }),
  },
  {
    reader: "every format",
    shape: "blank lines (tried by every format's test)",
    unit: "lines",
    build: (n) => ({ file: "show.txt", bytes: utf8(`${"\n".repeat(n)}0:00 Artist - Title\n`) }),
  },
  {
    reader: "CUE",
    shape: "INDEX with a long word before its time",
    unit: "characters a line",
    build: (n, count = LINES) => ({
      file: "show.cue",
      bytes: utf8(
        `FILE "mix.wav" WAVE\n${`  TRACK 01 AUDIO\n    TITLE "A - B"\n    INDEX 01 ${"x".repeat(n)} y\n`.repeat(count)}`,
      ),
    }),
  },
  {
    reader: "CUE",
    shape: "FILE with a run of spaces before its last word",
    unit: "spaces a line",
    build: (n, count = LINES) => ({
      file: "show.cue",
      bytes: utf8(
        `${`FILE a${spaces(n)}b c\n`.repeat(count)}  TRACK 01 AUDIO\n    TITLE "A - B"\n    INDEX 01 00:00:00\n`,
      ),
    }),
  },
  {
    reader: "CUE",
    shape: "tracks far past the cap on entries",
    unit: "tracks",
    build: (n) => ({
      file: "show.cue",
      bytes: utf8(
        `FILE "mix.wav" WAVE\n${'  TRACK 01 AUDIO\n    TITLE "A - B"\n    INDEX 01 00:00:00\n'.repeat(n)}`,
      ),
    }),
  },
  {
    reader: "VirtualDJ 8",
    shape: "#EXTVDJ lines of tags never closed",
    unit: "characters a line",
    build: (n, count = LINES) => ({
      file: "history.m3u",
      bytes: lines(`#EXTVDJ:${"<a>".repeat(Math.floor(n / 3))}`, count),
    }),
  },
  {
    reader: "VirtualDJ 8",
    shape: "#EXTVDJ lines of '<' without '>'",
    unit: "characters a line",
    build: (n, count = LINES) => ({
      file: "history.m3u",
      bytes: lines(`#EXTVDJ:<time>21:39</time>${"<".repeat(n)}`, count),
    }),
  },
  {
    reader: "VirtualDJ 7",
    shape: "a run of spaces in a history line",
    unit: "spaces a line",
    build: (n, count = LINES) => ({
      file: "tracklist.txt",
      bytes: utf8(
        `VirtualDJ History 2026/11/28\n${`21:39 : Artist${spaces(n)}Title\n`.repeat(count)}`,
      ),
    }),
  },
  {
    reader: "Serato CSV",
    shape: "a start time padded with a run of spaces",
    unit: "spaces a row",
    build: (n, count = LINES) => ({
      file: "history.csv",
      bytes: utf8(`name,artist,start time\r\n${`A,B,"10:00:00${spaces(n)}x"\r\n`.repeat(count)}`),
    }),
  },
  {
    reader: "Serato CSV",
    shape: "names without an artist column, a run of spaces and no dash",
    unit: "spaces a row",
    build: (n, count = LINES) => ({
      file: "history.csv",
      bytes: utf8(`name,start time\r\n${`A${spaces(n)}B,10:00:00 PM\r\n`.repeat(count)}`),
    }),
  },
  {
    reader: "Traktor",
    shape: "a history of n tracks",
    unit: "tracks",
    build: (n) => ({ file: "history.nml", bytes: traktorNml(makeTracks(n, 5)).bytes }),
  },
  {
    reader: "Serato session",
    shape: "a session of n entries",
    unit: "entries",
    build: (n) => ({ file: "1.session", bytes: seratoSessionOf(n) }),
  },
  {
    reader: "every format",
    shape: "one line past the 64 KiB cap",
    unit: "characters",
    build: (n) => ({ file: "show.txt", bytes: utf8(`0:00 A - B\n${"x".repeat(n)}\n`) }),
  },
];

/** A session of `count` played entries, one a minute. */
function seratoSessionOf(count) {
  const tracks = makeTracks(Math.min(count, 50), 9);
  const parts = [seratoHeader()];
  for (let i = 0; i < count; i++) {
    const t = tracks[i % tracks.length];
    parts.push(seratoEntry(seratoTrackFields(t, i, 1795903200 + i * 60, (i % 2) + 1, true)));
  }
  return Buffer.concat(parts);
}
