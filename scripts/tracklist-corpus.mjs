#!/usr/bin/env node
// Writes the generated part of the tracklist corpus, __tests__/fixtures/tracklists/generated/:
// a 3-hour set of 60 tracks in every format, a 12-hour radio day as a Myriad CUE sheet, and a
// Traktor history cut short. Each file gets a `.expected.json` beside it, made from the same
// track list as the file (never by running a reader). The hand-made quirk and broken files sit
// in the format folders next to it, with hand-written expectations.
//
//   node scripts/tracklist-corpus.mjs          rewrite the files
//   node scripts/tracklist-corpus.mjs --check  exit 1 when a committed file differs
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTracks, startsOf } from "./tracklist-corpus/tracks.mjs";
import {
  mixxxCue,
  myriadCue,
  plainText,
  rekordboxTxt,
  seratoCsv,
  seratoEntry,
  seratoHeader,
  seratoSession,
  seratoTrackFields,
  traktorNml,
  virtualDj7Txt,
  virtualDjM3u,
} from "./tracklist-corpus/formats.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GENERATED = join(ROOT, "__tests__/fixtures/tracklists/generated");

/** A radio day: enough songs for the log to pass 12 hours. */
function radioDay() {
  for (let count = 120; ; count += 5) {
    const tracks = distinctNeighbours(makeTracks(count, 12));
    const starts = startsOf(tracks.map((t) => ({ length: t.length + 60 })));
    if (starts[starts.length - 1] > 12 * 3600) return tracks;
  }
}

/** A Traktor history cut off in the middle of its PLAYLIST, as a crashed copy leaves it. */
function truncatedNml(set) {
  const full = traktorNml(set).bytes.toString("utf8");
  const lines = full.split("\n");
  const cut = lines.findIndex(
    (line, i) => i > lines.length - 60 && line.startsWith("<EXTENDEDDATA"),
  );
  const kept = `${lines.slice(0, cut).join("\n")}\n${lines[cut].slice(0, 57)}`;
  return {
    bytes: Buffer.from(kept, "utf8"),
    // The XML ends inside an EXTENDEDDATA start tag: reported where the file ends.
    expected: {
      format: "traktor-nml",
      entries: [],
      diagnostics: [{ line: cut + 1, rule: "traktor-xml" }],
      warnings: [],
    },
  };
}

/**
 * A session copied while Serato was writing it: the file ends inside the fourth entry. The three
 * before are read; a warning says where the file stops.
 */
function seratoCutShort(tracks) {
  const full = seratoSession(tracks).bytes;
  const header = seratoHeader().length;
  // Each entry of the same fields has nearly the same size; cut 30 bytes into the fourth.
  const entries = tracks.map((t, i) => seratoEntry(seratoTrackFields(t, 4000 + i, 0, 1, true)));
  const cut = header + entries.slice(0, 3).reduce((n, e) => n + e.length, 0) + 30;
  return {
    bytes: full.subarray(0, cut),
    expected: {
      format: "serato-session",
      entries: seratoSession(tracks).expected.entries.slice(0, 3),
      diagnostics: [],
      warnings: [{ line: 1, rule: "serato-session", severity: "warning" }],
    },
  };
}

/**
 * Untagged files: one with `Artist - Title` as its title and no artist, one with neither (its
 * file name says who and what), and one whose names say nothing: an error naming it.
 */
function seratoUntagged() {
  const utf16 = (text) => Buffer.from(`${text}\0`, "utf16le").swap16();
  const u32 = (n) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const base = 1795903200;
  const parts = [
    seratoHeader(),
    seratoEntry({
      1: u32(1),
      6: utf16("Moodymann - Shades Of Jae"),
      28: u32(base),
      50: Buffer.from([1]),
    }),
    seratoEntry({
      1: u32(2),
      2: utf16("C:\\Music\\Kerri Chandler - Rain.mp3"),
      28: u32(base + 400),
      50: Buffer.from([1]),
    }),
    seratoEntry({ 1: u32(3), 4: utf16("track03.mp3"), 28: u32(base + 800), 50: Buffer.from([1]) }),
  ];
  return {
    bytes: Buffer.concat(parts),
    expected: {
      format: "serato-session",
      entries: [
        { start: 0, artist: "Moodymann", song: "Shades Of Jae", line: 1 },
        { start: 400, artist: "Kerri Chandler", song: "Rain", line: 1 },
      ],
      diagnostics: [{ line: 1, rule: "serato-artist" }],
      warnings: [],
    },
  };
}

/** The same track twice in a row is one track blended on two decks, by the readers' rule: none here. */
function distinctNeighbours(tracks) {
  tracks.forEach((t, i) => {
    const before = tracks[i - 1];
    if (
      before &&
      before.artist === t.artist &&
      before.title === t.title &&
      before.remix === t.remix
    )
      throw new Error(`tracks ${i} and ${i + 1} are the same; choose another seed`);
  });
  return tracks;
}

export function corpus() {
  const set = distinctNeighbours(makeTracks(60, 1));
  const earlier = makeTracks(10, 7);
  return {
    "mixxx-3h-set.cue": mixxxCue(set),
    "myriad-radio-day.cue": myriadCue(radioDay()),
    "history_2026_11_28_22h30m00.nml": traktorNml(set),
    "truncated-history.nml": truncatedNml(set),
    "serato-history-3h.csv": seratoCsv(set),
    "serato-session-3h.session": seratoSession(set),
    "serato-session-cut-short.session": seratoCutShort(set.slice(0, 4)),
    "serato-session-untagged.session": seratoUntagged(),
    "virtualdj-2026-11-28.m3u": virtualDjM3u(set),
    "virtualdj7-tracklist.txt": virtualDj7Txt(set, earlier),
    "rekordbox-playlist.txt": rekordboxTxt(set),
    "description-3h-set.txt": plainText(set),
  };
}

function main(check) {
  mkdirSync(GENERATED, { recursive: true });
  let stale = 0;
  for (const [name, { bytes, expected }] of Object.entries(corpus())) {
    const files = [
      [join(GENERATED, name), bytes],
      [
        join(GENERATED, `${name}.expected.json`),
        Buffer.from(`${JSON.stringify(expected, null, 2)}\n`),
      ],
    ];
    for (const [path, content] of files) {
      if (check) {
        if (!existsSync(path) || !readFileSync(path).equals(content)) {
          console.error(`stale: ${path}`);
          stale++;
        }
      } else writeFileSync(path, content);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.includes("--check"));
}
