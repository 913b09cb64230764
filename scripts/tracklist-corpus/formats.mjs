// Writers of tracklist files as each DJ program writes them (headers, line endings, BOMs,
// encodings, escaping), each returning the file's bytes and what a reader must get from it: the
// expectations come from how the file was made, never from running a reader.
//
// An expected entry is `{ start, artist, song, album?, line }`, `line` being where the entry
// starts in the file.
import { fullTitle, pad, random, startsOf } from "./tracks.mjs";

const utf8 = (text) => Buffer.from(text, "utf8");

/** Lines joined with `eol`, and a helper that records the number of the next line written. */
function lineWriter() {
  const lines = [];
  return {
    lines,
    push: (...more) => lines.push(...more),
    /** 1-based number the next pushed line will have. */
    next: () => lines.length + 1,
    text: (eol) => lines.join(eol) + eol,
  };
}

const clock = (s) => `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
const entry = (start, artist, song, album, line) => ({
  start,
  artist,
  song,
  ...(album ? { album } : {}),
  line,
});

// ---- CUE ----------------------------------------------------------------------------------------

/** Seconds of a frame count, by the documented rule: 1/75 s frames, half a second (38+) rounds up. */
const framesToSeconds = (frames) => Math.floor(frames / 75) + (frames % 75 >= 38 ? 1 : 0);
const msf = (frames) =>
  `${pad(Math.floor(frames / 75 / 60))}:${pad(Math.floor(frames / 75) % 60)}:${pad(frames % 75)}`;

/** A Mixxx recording's sheet: one WAVE file, frames, LF, UTF-8 without BOM. */
export function mixxxCue(tracks, seed = 2) {
  const rand = random(seed);
  const w = lineWriter();
  w.push(
    'REM DATE "2026-11-28"',
    'REM COMMENT "Mixxx 2.4.1"',
    'TITLE "Friday night at the Lido"',
    'PERFORMER "DJ Nightshift"',
    'FILE "2026-11-28_22h00_recording.wav" WAVE',
  );
  const expected = [];
  startsOf(tracks).forEach((start, i) => {
    const t = tracks[i];
    // Mixxx notes the moment the fader opened: a frame count within the second.
    const frames = i === 0 ? 0 : start * 75 + Math.floor(rand() * 75);
    expected.push(entry(framesToSeconds(frames), t.artist, fullTitle(t), undefined, w.next()));
    w.push(
      `  TRACK ${pad(i + 1)} AUDIO`,
      `    TITLE "${fullTitle(t)}"`,
      `    PERFORMER "${t.artist}"`,
      `    INDEX 01 ${msf(frames)}`,
    );
  });
  return {
    bytes: utf8(w.text("\n")),
    expected: { format: "cue", entries: expected, diagnostics: [], warnings: [] },
  };
}

/**
 * A Myriad playout log of a radio day: CRLF, Windows-1252, `GENRE` per item, jingles, station
 * idents and ad breaks between the songs, three-digit TRACK numbers, minutes far past 99.
 */
export function myriadCue(tracks, seed = 3) {
  const rand = random(seed);
  const w = lineWriter();
  w.push(
    'REM GENERATOR "Myriad Playout 6"',
    'TITLE "Radio Nordlicht – 28/11/2026 06:00–18:00"',
    'PERFORMER "Radio Nordlicht"',
    'FILE "RNL_20261128_0600.mp3" MP3',
  );
  const expected = [];
  let frames = 0;
  let number = 0;
  let sinceAds = 0;
  const item = (performer, title, genre, seconds) => {
    number++;
    expected.push(entry(framesToSeconds(frames), performer, title, undefined, w.next()));
    w.push(
      `  TRACK ${pad(number, 3)} AUDIO`,
      `    PERFORMER "${performer}"`,
      `    TITLE "${title}"`,
      `    GENRE "${genre}"`,
      `    INDEX 01 ${msf(frames)}`,
    );
    frames += Math.round(seconds * 75) + Math.floor(rand() * 75);
  };
  for (const t of tracks) {
    item(t.artist, fullTitle(t), "Music", t.length + 60);
    sinceAds += t.length + 60;
    const roll = rand();
    if (sinceAds > 1500) {
      // Spots are numbered in turn, so two in a row never share a name (which would read as one
      // item logged twice, and be collapsed).
      for (let ad = 1; ad <= 3; ad++)
        item("Advert", `Spot ${pad((number % 90) + 10)} – 30s`, "Advert", 30);
      sinceAds = 0;
    } else if (roll < 0.4)
      item("Radio Nordlicht", `Jingle – Morning Show ${1 + Math.floor(rand() * 4)}`, "Jingle", 8);
    else if (roll < 0.6) item("Radio Nordlicht", "Station ID – “Dein Norden”", "Ident", 5);
  }
  return {
    bytes: windows1252(w.text("\r\n")),
    expected: { format: "cue", entries: expected, diagnostics: [], warnings: [] },
  };
}

/** Windows-1252 bytes of text that only holds characters of that code page. */
export function windows1252(text) {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009Džÿ".replace("ÿ", "Ÿ");
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const at = high.indexOf(text[i]);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else if (at >= 0) bytes[i] = 0x80 + at;
    else throw new Error(`"${text[i]}" is not in Windows-1252`);
  }
  return bytes;
}

// ---- Traktor ------------------------------------------------------------------------------------

const xml = (text) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/**
 * A Traktor history across midnight (from 22:30), LF: the COLLECTION of the tracks played, then
 * the history PLAYLIST with a headphone pre-listen (PLAYEDPUBLIC="0") before every seventh track.
 */
export function traktorNml(tracks) {
  const w = lineWriter();
  const volume = "Macintosh HD";
  const dir = "/:Users/:nightshift/:Music/:Traktor/:";
  const fileOf = (i, t) => `${pad(i + 1, 3)} ${t.artist} - ${t.title}.mp3`;
  w.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="no" ?>',
    '<NML VERSION="19"><HEAD COMPANY="www.native-instruments.com" PROGRAM="Traktor"></HEAD>',
    "<MUSICFOLDERS></MUSICFOLDERS>",
    `<COLLECTION ENTRIES="${tracks.length}">`,
  );
  tracks.forEach((t, i) => {
    w.push(
      `<ENTRY MODIFIED_DATE="2026/11/28" MODIFIED_TIME="${40000 + i}" AUDIO_ID="AVIAAAAAAAAAAAAA" TITLE="${xml(fullTitle(t))}" ARTIST="${xml(t.artist)}"><LOCATION DIR="${xml(dir)}" FILE="${xml(fileOf(i, t))}" VOLUME="${xml(volume)}" VOLUMEID="${xml(volume)}"></LOCATION>`,
      `<ALBUM${t.album ? ` TITLE="${xml(t.album)}"` : ""}></ALBUM><MODIFICATION_INFO AUTHOR_TYPE="user"></MODIFICATION_INFO>`,
      `<INFO BITRATE="320000" GENRE="House" PLAYTIME="${t.length + 60}" PLAYTIME_FLOAT="${t.length + 60}.000000" IMPORT_DATE="2026/11/2" LAST_PLAYED="2026/11/28" FLAGS="12" FILESIZE="${(t.length + 60) * 40}"></INFO>`,
      `<TEMPO BPM="${(120 + (i % 8)).toFixed(6)}" BPM_QUALITY="100.000000"></TEMPO>`,
      '<LOUDNESS PEAK_DB="-0.3" PERCEIVED_DB="0.1" ANALYZED_DB="0.1"></LOUDNESS>',
      `<MUSICAL_KEY VALUE="${i % 24}"></MUSICAL_KEY>`,
      "</ENTRY>",
    );
  });
  w.push(
    "</COLLECTION>",
    '<SETS ENTRIES="0"></SETS>',
    '<PLAYLISTS><NODE TYPE="FOLDER" NAME="$ROOT"><SUBNODES COUNT="1">',
    `<NODE TYPE="PLAYLIST" NAME="HistoryPlaylist"><PLAYLIST ENTRIES="${tracks.length}" TYPE="LIST" UUID="5f0c1f6e2a7d4a1b9c3e8d7f6a5b4c3d">`,
  );
  const first = 22 * 3600 + 30 * 60;
  const expected = [];
  const historyEntry = (i, t, startTime, publicly) => {
    const line = w.next();
    w.push(
      "<ENTRY>",
      `<PRIMARYKEY TYPE="TRACK" KEY="${xml(volume + dir + fileOf(i, t))}"></PRIMARYKEY>`,
      `<EXTENDEDDATA DECK="${(i % 2) + 1}" DURATION="${t.length + 60}.000000" EXTENDEDTYPE="HistoryData" PLAYEDPUBLIC="${publicly ? 1 : 0}" STARTDATE="${startTime >= 86400 ? 132844317 : 132844316}" STARTTIME="${startTime % 86400}"></EXTENDEDDATA>`,
      "</ENTRY>",
    );
    return line;
  };
  startsOf(tracks).forEach((start, i) => {
    const t = tracks[i];
    if (i % 7 === 3) historyEntry(i, t, first + start - 45, false);
    const line = historyEntry(i, t, first + start, true);
    expected.push(entry(start, t.artist, fullTitle(t), t.album, line));
  });
  w.push(
    "</PLAYLIST>",
    "</NODE>",
    "</SUBNODES>",
    "</NODE>",
    "</PLAYLISTS>",
    "<INDEXING></INDEXING>",
    "</NML>",
  );
  return {
    bytes: utf8(w.text("\n")),
    expected: { format: "traktor-nml", entries: expected, diagnostics: [], warnings: [] },
  };
}

// ---- Serato -------------------------------------------------------------------------------------

const csvField = (text) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const twelveHour = (s) => {
  const day = s % 86400;
  const h = Math.floor(day / 3600);
  return `${h % 12 === 0 ? 12 : h % 12}:${pad(Math.floor(day / 60) % 60)}:${pad(day % 60)} ${h < 12 ? "AM" : "PM"}`;
};

/** Serato DJ's history export: full header, the session row, 12-hour times from 22:00, CRLF. */
export function seratoCsv(tracks) {
  const w = lineWriter();
  const first = 22 * 3600 + 15;
  const starts = startsOf(tracks);
  const end = starts[starts.length - 1] + tracks[tracks.length - 1].length;
  w.push("name,artist,bpm,start time,end time,playtime,deck,notes,album");
  w.push(`2026-11-28,,,${twelveHour(first - 15)},${twelveHour(first + end)},${clock(end + 15)},,,`);
  const expected = [];
  starts.forEach((start, i) => {
    const t = tracks[i];
    expected.push(entry(start, t.artist, fullTitle(t), t.album, w.next()));
    w.push(
      [
        fullTitle(t),
        t.artist,
        `${120 + (i % 8)}.00`,
        twelveHour(first + start),
        twelveHour(first + start + t.length),
        clock(t.length).replace(/^0:/, "00:"),
        String((i % 2) + 1),
        "",
        t.album,
      ]
        .map(csvField)
        .join(","),
    );
  });
  return {
    bytes: utf8(w.text("\r\n")),
    expected: { format: "serato-csv", entries: expected, diagnostics: [], warnings: [] },
  };
}

// ---- VirtualDJ ----------------------------------------------------------------------------------

/**
 * A VirtualDJ 8 history (`History/2026-11-28.m3u`), CRLF: `lastplaytime` in Unix seconds; every
 * fifth title already holds its remix, as VirtualDJ writes it for files tagged that way.
 */
export function virtualDjM3u(tracks) {
  const w = lineWriter();
  const base = 1795903200; // 2026-11-28 22:00 UTC
  const expected = [];
  startsOf(tracks).forEach((start, i) => {
    const t = tracks[i];
    const at = base + start;
    const wall = at % 86400;
    const title = i % 5 === 0 ? fullTitle(t) : t.title;
    expected.push(entry(start, t.artist, fullTitle(t), undefined, w.next()));
    w.push(
      `#EXTVDJ:<time>${pad(Math.floor(wall / 3600))}:${pad(Math.floor(wall / 60) % 60)}</time><lastplaytime>${at}</lastplaytime><filesize>${(t.length + 60) * 40000}</filesize><artist>${xml(t.artist)}</artist><title>${xml(title)}</title><remix>${xml(t.remix)}</remix><songlength>${t.length + 60}.0</songlength>`,
      `D:\\Music\\House\\${t.artist} - ${t.title}.mp3`,
    );
  });
  return {
    bytes: utf8(w.text("\r\n")),
    expected: { format: "virtualdj-m3u", entries: expected, diagnostics: [], warnings: [] },
  };
}

/**
 * VirtualDJ 7's `tracklist.txt`: sessions appended under headings, `HH:MM : Artist - Title`,
 * CRLF, Windows-1252 (the program predates its Unicode builds). Two short earlier sessions, then
 * the set of `tracks` from 22:30, across midnight; the last session is the one read.
 */
export function virtualDj7Txt(tracks, earlier) {
  const w = lineWriter();
  const session = (date, list, first) => {
    const header = w.next();
    w.push(`VirtualDJ History ${date}`, "------------------------------", "");
    const out = [];
    startsOf(list).forEach((start, i) => {
      const t = list[i];
      const minute = Math.floor((first + start) / 60);
      out.push(
        entry((minute - Math.floor(first / 60)) * 60, t.artist, fullTitle(t), undefined, w.next()),
      );
      w.push(
        `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)} : ${t.artist} - ${fullTitle(t)}`,
      );
    });
    w.push("");
    return { header, entries: out };
  };
  const one = session("2026/11/14", earlier.slice(0, 5), 21 * 3600 + 10);
  session("2026/11/21", earlier.slice(5, 10), 20 * 3600 + 1810);
  const last = session("2026/11/28", tracks, 22 * 3600 + 30 * 60 + 20);
  const warning = { line: one.header, rule: "virtualdj-sessions", severity: "warning" };
  return {
    bytes: windows1252(w.text("\r\n")),
    expected: {
      format: "virtualdj-txt",
      entries: last.entries,
      diagnostics: [],
      warnings: [warning],
    },
  };
}

// ---- rekordbox playlist export ------------------------------------------------------------------

/** rekordbox's "Export a playlist to a file for KUVO" text: UTF-16LE with BOM, tabs, CRLF. */
export function rekordboxTxt(tracks) {
  const rows = [
    "#\tArtwork\tTrack Title\tArtist\tAlbum\tGenre\tBPM\tRating\tTime\tKey\tDate Added",
  ];
  tracks.forEach((t, i) =>
    rows.push(
      [
        i + 1,
        "",
        fullTitle(t),
        t.artist,
        t.album,
        "House",
        `${120 + (i % 8)}.00`,
        "",
        `${pad(Math.floor(t.length / 60))}:${pad(t.length % 60)}`,
        "8A",
        "2026-11-02",
      ].join("\t"),
    ),
  );
  const text = rows.join("\r\n") + "\r\n";
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return {
    bytes,
    expected: {
      format: "rekordbox-txt",
      entries: [],
      diagnostics: [{ line: 1, rule: "rekordbox-no-times" }],
      warnings: [],
    },
  };
}

// ---- plain text ---------------------------------------------------------------------------------

/** What people paste into a description: a heading, `[h:mm:ss] Artist – Title`, LF. */
export function plainText(tracks) {
  const w = lineWriter();
  w.push("Friday night at the Lido, recorded live.", "", "Tracklist:");
  const expected = [];
  startsOf(tracks).forEach((start, i) => {
    const t = tracks[i];
    expected.push(entry(start, t.artist, fullTitle(t), undefined, w.next()));
    const s = start % 60;
    w.push(
      `[${pad(Math.floor(start / 3600))}:${pad(Math.floor(start / 60) % 60)}:${pad(s)}] ${t.artist} – ${fullTitle(t)}`,
    );
  });
  const greeting = { line: 1, rule: "text-not-a-track", severity: "warning" };
  return {
    bytes: utf8(w.text("\n")),
    expected: { format: "text", entries: expected, diagnostics: [], warnings: [greeting] },
  };
}

// ---- Serato session (binary) --------------------------------------------------------------------
//
// `_Serato_/History/Sessions/<n>.session` as the open-source readers document it (the README
// names them): chunks `[tag: 4 ASCII][length: u32 BE][payload]`; a `vrsn` of UTF-16BE text; an
// `oent` a track loaded, holding one `adat` of fields `[id: u32][length: u32][value]`, texts in
// UTF-16BE ending in a NUL, numbers u32, flags one byte; an `oren` holding a `uent` (the row of
// an entry deleted from the history). The field order and the fields beside those read (location,
// genre, length, bitrate, lang, deck, playtime, session id, added, updated at) follow the dump
// SSLScrobbler's README shows of a real file; `lang` is ASCII there, and is kept so.
// These are built from that layout, not captured from Serato.

const chunk = (tag, payload) => {
  const head = Buffer.alloc(8);
  head.write(tag, 0, "ascii");
  head.writeUInt32BE(payload.length, 4);
  return Buffer.concat([head, payload]);
};
const utf16be = (text) => Buffer.from(`${text}\0`, "utf16le").swap16();
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const field = (id, value) => Buffer.concat([u32(id), u32(value.length), value]);

/** One `oent`: `fields` maps field ids to values (Buffers), written in id order. */
export function seratoEntry(fields) {
  const ids = Object.keys(fields)
    .map(Number)
    .sort((a, b) => a - b);
  return chunk("oent", chunk("adat", Buffer.concat(ids.map((id) => field(id, fields[id])))));
}

export const seratoHeader = () => chunk("vrsn", utf16be("1.0/Serato Scratch LIVE Review"));
export const seratoDeletion = (row) => chunk("oren", chunk("uent", u32(row)));

/** The fields Serato writes for a track of `tracks`, loaded at Unix time `at` on `deck`. */
export function seratoTrackFields(t, row, at, deck, played, session = 812) {
  const file = `${t.artist} - ${t.title}.mp3`;
  const length = t.length + 60;
  return {
    1: u32(row),
    2: utf16be(`/Users/dj/Music/House/${file}`),
    3: utf16be("/Users/dj/Music/House"),
    4: utf16be(file),
    6: utf16be(fullTitle(t)),
    7: utf16be(t.artist),
    8: utf16be(t.album),
    9: utf16be("House"),
    10: utf16be(`${pad(Math.floor(length / 60))}:${pad(length % 60)}.00`),
    13: utf16be("320.0kbps"),
    18: Buffer.from("eng\0", "ascii"),
    28: u32(at),
    29: u32(at + t.length),
    31: u32(deck),
    45: u32(played ? t.length : 12),
    48: u32(session),
    50: Buffer.from([played ? 1 : 0]),
    52: Buffer.from([0]),
    53: u32(at + t.length),
  };
}

/**
 * A 3-hour set from 22:00 UTC on two decks. Between the tracks played, the DJ loaded a track to
 * pre-listen and took it off (`played` 0: left out), and deleted one entry from the history
 * (an `oren` naming its row: left out).
 */
export function seratoSession(tracks) {
  const base = 1795903200; // 2026-11-28 22:00 UTC
  const parts = [seratoHeader()];
  const expected = [];
  let row = 4000;
  startsOf(tracks).forEach((start, i) => {
    const t = tracks[i];
    const deck = (i % 2) + 1;
    if (i % 9 === 4) {
      const other = tracks[(i + 7) % tracks.length];
      parts.push(seratoEntry(seratoTrackFields(other, row++, base + start - 40, deck, false)));
    }
    parts.push(seratoEntry(seratoTrackFields(t, row++, base + start, deck, true)));
    expected.push(entry(start, t.artist, fullTitle(t), t.album, 1));
  });
  // The DJ loaded a last track by mistake and deleted it from the history.
  const mistake = tracks[3];
  const lastStart = startsOf(tracks).at(-1) + tracks.at(-1).length;
  parts.push(seratoEntry(seratoTrackFields(mistake, row, base + lastStart, 1, true)));
  parts.push(seratoDeletion(row));
  return {
    bytes: Buffer.concat(parts),
    expected: { format: "serato-session", entries: expected, diagnostics: [], warnings: [] },
  };
}
