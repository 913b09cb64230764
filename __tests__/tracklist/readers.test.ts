// The rules of each reader that the corpus does not spell out: how formats are told apart, the
// clock across midnight, and each error's place and advice.
import { describe, expect, it } from "vitest";
import { parseTracklist } from "../../src/tracklist/index.js";
import type { ParsedTracklist } from "../../src/tracklist/index.js";
import { DayClock, parseWallClock } from "../../src/tracklist/clock.js";
import { quote } from "../../src/tracklist/findings.js";

const read = (text: string, file: string): ParsedTracklist =>
  parseTracklist(new TextEncoder().encode(text), file);
const starts = (parsed: ParsedTracklist) => parsed.entries.map((entry) => entry.start);
const problems = (list: ParsedTracklist["diagnostics"]) =>
  list.map((d) => `${d.line}:${d.column} ${d.rule}`);

const CUE =
  'FILE "mix.wav" WAVE\n  TRACK 01 AUDIO\n    PERFORMER "A"\n    TITLE "B"\n    INDEX 01 00:00:00\n';
const VDJ7 = "21:39 : Jamie xx - Gosh\n21:44 : Ben UFO - Ribbons\n";

describe("telling formats apart", () => {
  it("goes by content, whatever the extension", () => {
    expect(read(CUE, "show.txt").format).toBe("cue");
    expect(read("0:00 A - B\n", "show.cue").format).toBe("text");
    expect(read('<?xml version="1.0"?>\n<NML VERSION="19"></NML>\n', "show.xml").format).toBe(
      "traktor-nml",
    );
  });

  it("lets the extension break a tie: VirtualDJ 7 lines also read as plain text", () => {
    expect(read(VDJ7, "tracklist.txt").format).toBe("virtualdj-txt");
    expect(read(VDJ7, "tracklist").format).toBe("virtualdj-txt");
    expect(starts(read(VDJ7, "show.txt"))).toEqual([0, 300]);
  });

  it("names the formats read when a file is none of them, and says an empty file is empty", () => {
    const none = read("just some words\n", "show.csv");
    expect(none.format).toBeUndefined();
    expect(none.diagnostics).toHaveLength(1);
    expect(none.diagnostics[0]?.message).toContain('no Serato header with a "name" column');
    for (const name of ["CUE sheet", "Traktor", "Serato", "VirtualDJ", "plain text"])
      expect(none.diagnostics[0]?.message).toContain(name);
    expect(read("", "show.cue").diagnostics[0]?.message).toMatch(/^the file is empty/);
  });

  it("refuses a binary file renamed .cue, suggesting what happened", () => {
    const parsed = parseTracklist(
      Uint8Array.from([0xff, 0xfb, 0x90, 0x64, 0x00, 0x01]),
      "show.cue",
    );
    expect(problems(parsed.diagnostics)).toEqual(["1:1 tracklist-binary"]);
    expect(parsed.diagnostics[0]?.message).toContain("renamed .cue");
  });
});

describe("the clock", () => {
  it("reads 12- and 24-hour times, with or without seconds and a zone", () => {
    expect(parseWallClock("10:15:03 PM")).toBe(22 * 3600 + 15 * 60 + 3);
    expect(parseWallClock("12:00:10 AM")).toBe(10);
    expect(parseWallClock("12:30 pm")).toBe(12.5 * 3600);
    expect(parseWallClock("22:15:03")).toBe(22 * 3600 + 15 * 60 + 3);
    expect(parseWallClock("20:05:25 GMT-4")).toBe(24 * 3600 + 5 * 60 + 25 - 86_400);
    expect(parseWallClock("01:00:00 GMT+05:30")).toBe(86_400 - 4.5 * 3600);
    for (const bad of ["25:00:00", "13:00 PM", "10:61", "soon", "0:00:00 AM"])
      expect(parseWallClock(bad), bad).toBeUndefined();
  });

  it("counts across midnight, but keeps a small step back for the order rule to report", () => {
    const clock = new DayClock();
    expect(
      [23 * 3600 + 50 * 60, 23 * 3600 + 58 * 60, 5 * 60, 3 * 60, 2 * 3600].map((t) =>
        clock.next(t),
      ),
    ).toEqual([0, 480, 900, 780, 7800]);
  });
});

describe("CUE sheets", () => {
  it("reports INDEX before any TRACK, an unreadable INDEX, and commands it does not know", () => {
    const parsed = read(
      'INDEX 01 00:00:00\nFILE "a.wav" WAVE\nTRACK 01 AUDIO\n  PERFORMER A\n  TITLE B\n  INDEX 01 0:0\n  FOO bar\n',
      "s.cue",
    );
    expect(problems(parsed.diagnostics)).toEqual(["1:1 cue-index", "6:12 cue-index"]);
    expect(problems(parsed.warnings)).toEqual(["7:3 cue-command"]);
  });

  it("reads rekordbox's hh:mm:ss and refuses minutes past 59 there", () => {
    const sheet = (time: string) =>
      `REM RECORDED_BY "rekordbox-dj"\n${CUE}  TRACK 02 AUDIO\n    PERFORMER "C"\n    TITLE "D"\n    INDEX 01 ${time}\n`;
    expect(starts(read(sheet("01:00:05"), "r.cue"))).toEqual([0, 3605]);
    const broken = read(sheet("00:75:00"), "r.cue");
    expect(problems(broken.diagnostics)).toEqual(["10:14 cue-index"]);
    expect(broken.diagnostics[0]?.message).toContain("hours:minutes:seconds");
  });

  it("spans a track from its TRACK line to its last command", () => {
    expect(read(CUE, "s.cue").entries[0]?.span).toEqual({
      line: 2,
      column: 3,
      endLine: 5,
      endColumn: 22,
    });
  });

  it("takes a sheet without TRACK for no CUE sheet, and names what a track lacks", () => {
    const noTrack = read('FILE "a.wav" WAVE\nINDEX 01 00:00:00\n', "s.cue");
    expect(problems(noTrack.diagnostics)).toEqual(["1:1 tracklist-format"]);
    expect(noTrack.diagnostics[0]?.message).toContain("no TRACK with an INDEX line");
    const empty = read('TITLE "x"\nTRACK 01 AUDIO\nFILE "a"\n', "s.cue");
    expect(problems(empty.diagnostics)).toEqual(["2:1 cue-index", "2:1 cue-title"]);
  });
});

describe("plain text", () => {
  it("passes over headings and blank lines, and takes a timed line without a dash as a chapter", () => {
    const parsed = read("Tracklist:\n\nSet list\n0:00 Intro\n2:00 A - B\n", "t.txt");
    expect(parsed.entries.map((e) => e.kind)).toEqual(["chapter", "track"]);
    expect(parsed.warnings).toEqual([]);
  });

  it("reads minutes past 59 in m:ss, and refuses seconds past 59", () => {
    expect(starts(read("0:00 A - B\n75:30 C - D\n", "t.txt"))).toEqual([0, 4530]);
    expect(problems(read("0:00 A - B\n1:60 C - D\n", "t.txt").diagnostics)).toEqual([
      "2:1 text-start",
    ]);
  });

  it("does not split a name at a hyphen without spaces", () => {
    const [entry] = read("0:00 Jay-Z - Big Pimpin'\n", "t.txt").entries;
    expect(entry).toMatchObject({ artist: "Jay-Z", song: "Big Pimpin'" });
  });
});

describe("Traktor histories", () => {
  const nml = (entry: string) =>
    `<?xml version="1.0"?>\n<NML VERSION="19"><COLLECTION ENTRIES="0"></COLLECTION>\n<PLAYLISTS><NODE TYPE="FOLDER"><SUBNODES><NODE TYPE="PLAYLIST"><PLAYLIST ENTRIES="1" TYPE="LIST">\n${entry}\n</PLAYLIST></NODE></SUBNODES></NODE></PLAYLISTS></NML>\n`;

  it("reports an entry not in the COLLECTION, or without STARTTIME, at its line", () => {
    const missing = read(
      nml(
        '<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="C:/:a.mp3"></PRIMARYKEY><EXTENDEDDATA PLAYEDPUBLIC="1" STARTTIME="100"></EXTENDEDDATA></ENTRY>',
      ),
      "h.nml",
    );
    expect(problems(missing.diagnostics)).toEqual(["4:1 traktor-key"]);
    const noTime = read(
      nml(
        '<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="C:/:a.mp3"></PRIMARYKEY><EXTENDEDDATA STARTTIME="100"></EXTENDEDDATA></ENTRY>\n<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="C:/:a.mp3"></PRIMARYKEY></ENTRY>',
      ),
      "h.nml",
    );
    expect(problems(noTime.diagnostics)).toEqual(["4:1 traktor-key", "5:1 traktor-starttime"]);
  });

  it("says once that a file whose entries all lack STARTTIME is a playlist, and where the history is", () => {
    const entry = '<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="C:/:a.mp3"></PRIMARYKEY></ENTRY>';
    const parsed = read(nml(`${entry}\n${entry}\n${entry}`), "h.nml");
    expect(problems(parsed.diagnostics)).toEqual(["4:1 traktor-playlist"]);
    expect(parsed.diagnostics[0]?.message).toContain("playlist export, not a history");
    expect(parsed.diagnostics[0]?.message).toContain("/History/history_");
  });

  it("reads the first of several playlists and says so", () => {
    const entry = (key: string) =>
      `<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="${key}"></PRIMARYKEY><EXTENDEDDATA PLAYEDPUBLIC="1" STARTTIME="100"></EXTENDEDDATA></ENTRY>`;
    const text =
      '<?xml version="1.0"?>\n<NML VERSION="19"><COLLECTION ENTRIES="1"><ENTRY TITLE="B" ARTIST="A"><LOCATION VOLUME="C:" DIR="/:" FILE="a.mp3"></LOCATION></ENTRY></COLLECTION>\n' +
      `<PLAYLISTS><NODE TYPE="FOLDER"><SUBNODES>\n<NODE TYPE="PLAYLIST"><PLAYLIST>\n${entry("C:/:a.mp3")}\n</PLAYLIST></NODE>\n<NODE TYPE="PLAYLIST"><PLAYLIST>\n${entry("C:/:a.mp3")}\n</PLAYLIST></NODE>\n</SUBNODES></NODE></PLAYLISTS></NML>\n`;
    const parsed = read(text, "h.nml");
    expect(parsed.entries).toHaveLength(1);
    expect(problems(parsed.warnings)).toEqual(["8:1 traktor-history"]);
  });

  it("says when the file has no history in it", () => {
    expect(problems(read(nml(""), "h.nml").diagnostics)).toEqual(["1:1 traktor-history"]);
  });

  it("reports broken XML where the parser found it", () => {
    const parsed = read(
      '<?xml version="1.0"?>\n<NML>\n<COLLECTION>\n<ENTRY TITLE="a></ENTRY>\n</COLLECTION>\n</NML>\n',
      "h.nml",
    );
    expect(parsed.diagnostics.map((d) => [d.line, d.rule])).toEqual([[4, "traktor-xml"]]);
    expect(parsed.diagnostics[0]?.message).toContain("<ENTRY>");
  });

  it("reports a close tag that closes the wrong element at that tag", () => {
    const parsed = read(
      '<?xml version="1.0"?>\n<NML>\n<COLLECTION>\n<ENTRY>\n</COLLECTION>\n</NML>\n',
      "h.nml",
    );
    expect(problems(parsed.diagnostics)).toEqual(["5:1 traktor-xml"]);
    expect(parsed.diagnostics[0]?.message).toContain("<ENTRY> is still open");
  });

  it("reports a file cut between elements at its end, naming what is left open", () => {
    const parsed = read(
      nml('<ENTRY><PRIMARYKEY TYPE="TRACK" KEY="C:/:a.mp3"></PRIMARYKEY></ENTRY>').slice(0, -40),
      "h.nml",
    );
    expect(parsed.entries).toEqual([]);
    expect(problems(parsed.diagnostics)).toEqual(["5:16 traktor-xml"]);
    expect(parsed.diagnostics[0]?.message).toContain("<NML> <PLAYLISTS> <NODE>");
  });

  it("keeps the message to one short line for a deep nest of long names", () => {
    const name = "N".repeat(500);
    const parsed = read(`<NML>${`<${name}>\n`.repeat(2000)}`, "h.nml");
    expect(problems(parsed.diagnostics)).toEqual(["2000:503 traktor-xml"]);
    expect(parsed.diagnostics[0]?.message.length).toBeLessThan(400);
    expect(parsed.diagnostics[0]?.message).toContain("<NML> <NNNN");
  });

  it("reports a second root element where it starts", () => {
    const parsed = read(`${nml("")}<NML VERSION="19"></NML>\n`, "h.nml");
    expect(problems(parsed.diagnostics)).toEqual(["6:1 traktor-xml"]);
  });
});

describe("Serato histories", () => {
  it("says which Serato setting adds a missing start time column, once", () => {
    const parsed = read("name,artist,bpm\r\nA,B,120\r\nC,D,121\r\n", "s.csv");
    expect(parsed.format).toBe("serato-csv");
    expect(problems(parsed.diagnostics)).toEqual(["1:1 serato-columns"]);
    expect(parsed.diagnostics[0]?.message).toContain('no "start time" column');
    expect(parsed.diagnostics[0]?.message).toContain("History panel");
  });

  it("splits a name written Artist - Title when there is no artist column", () => {
    const parsed = read(
      "name,start time\r\n2026-11-28,10:00:00 PM\r\nA - B,10:00:05 PM\r\nNoDash,10:04:00 PM\r\n",
      "s.csv",
    );
    expect(parsed.entries).toMatchObject([{ artist: "A", song: "B", start: 0 }]);
    expect(problems(parsed.diagnostics)).toEqual(["4:1 serato-artist"]);
    expect(parsed.diagnostics[0]?.message).toContain("no artist column");
  });

  it("keeps a first row that has an artist: not every export writes a session row", () => {
    expect(
      starts(read("name,artist,start time\r\nA,B,10:00:00 PM\r\nC,D,10:04:00 PM\r\n", "s.csv")),
    ).toEqual([0, 240]);
  });

  it("reports an unclosed quote and a time it cannot read at their lines", () => {
    expect(
      problems(read('name,artist,start time\n2026,,\nA,"B,10:00 PM\n', "s.csv").diagnostics),
    ).toEqual(["3:1 serato-csv"]);
    // A quoted field over a Windows line break: csv-parse alone counts it as two lines.
    expect(problems(read('name,artist\r\n"\r\nREM "x"', "s.csv").diagnostics)).toEqual([
      "3:1 serato-csv",
    ]);
    expect(
      problems(read("name,artist,start time\n2026,,\nA,B,later\n", "s.csv").diagnostics),
    ).toEqual(["3:1 serato-start"]);
  });

  it("refuses a row that played before the first: no start may be negative", () => {
    const parsed = read(
      "name,artist,start time\n2026,,\nA,B,10:00:00 PM\nC,D,9:58:00 PM\n",
      "s.csv",
    );
    expect(problems(parsed.diagnostics)).toEqual(["4:1 tracklist-before-first"]);
    expect(parsed.diagnostics[0]?.message).toContain("120 s before");
  });

  it("spans a row with a line break in a quoted field over both lines", () => {
    const parsed = read('name,artist,start time\n2026,,\n"A\nB",C,10:00:00 PM\n', "s.csv");
    expect(parsed.entries[0]).toMatchObject({ song: "A\nB", span: { line: 3, endLine: 4 } });
  });
});

describe("VirtualDJ histories", () => {
  it("tells Unix seconds from milliseconds by size", () => {
    const m3u = (a: string, b: string) =>
      `#EXTVDJ:<lastplaytime>${a}</lastplaytime><artist>A</artist><title>B</title>\nx.mp3\n#EXTVDJ:<lastplaytime>${b}</lastplaytime><artist>C</artist><title>D</title>\ny.mp3\n`;
    expect(starts(read(m3u("1674884385", "1674884625"), "h.m3u"))).toEqual([0, 240]);
    expect(starts(read(m3u("1674884385000", "1674884625999"), "h.m3u"))).toEqual([0, 240]);
  });

  it("does not repeat a remix the title already names", () => {
    const parsed = read(
      "#EXTVDJ:<time>21:00</time><artist>A</artist><title>B (Dub Mix)</title><remix>dub mix</remix>\nx.mp3\n",
      "h.m3u",
    );
    expect(parsed.entries[0]).toMatchObject({ song: "B (Dub Mix)" });
  });

  it("reports a history line it cannot read in a VirtualDJ 7 file", () => {
    const parsed = read(
      "VirtualDJ History 2026/11/28\n------------------------------\n21:39 : Jamie xx - Gosh\n25:00 : A - B\n",
      "tracklist.txt",
    );
    expect(problems(parsed.diagnostics)).toEqual(["4:1 virtualdj-line"]);
  });
});

describe("VirtualDJ tags", () => {
  it("reads the tags of a line with stray '<' and unclosed tags around them", () => {
    const parsed = read(
      "#EXTVDJ:<x><time>21:00</time><<artist>A &lt;3</artist><b><title>B</title>\nx.mp3\n",
      "h.m3u",
    );
    expect(parsed.entries).toMatchObject([{ artist: "A <3", song: "B" }]);
  });

  it("reads <time> in 12-hour form through the one wall-clock parser", () => {
    const parsed = read(
      "#EXTVDJ:<time>11:58 PM</time><artist>A</artist><title>B</title>\nx.mp3\n#EXTVDJ:<time>12:03 AM</time><artist>C</artist><title>D</title>\ny.mp3\n",
      "h.m3u",
    );
    expect(starts(parsed)).toEqual([0, 300]);
  });
});

describe("limits", () => {
  const cueOf = (tracks: number) =>
    `FILE "mix.wav" WAVE\n${Array.from(
      { length: tracks },
      (_, i) =>
        `  TRACK 01 AUDIO\n    TITLE "A - B${i}"\n    INDEX 01 ${String(i).padStart(6, "0")}:00:00\n`,
    ).join("")}`;

  it("takes 5,000 entries, and refuses one more with one error that says how many", () => {
    expect(read(cueOf(5_000), "s.cue").entries).toHaveLength(5_000);
    const over = read(cueOf(5_001), "s.cue");
    expect(over.entries).toEqual([]);
    expect(problems(over.diagnostics)).toEqual([`${2 + 5_000 * 3}:3 tracklist-too-many`]);
    expect(over.diagnostics[0]?.message).toContain("5,001 entries");
  });

  it("counts the tracks of a huge sheet without reading them", () => {
    const over = read(cueOf(60_000), "s.cue");
    expect(over.diagnostics.map((d) => d.rule)).toEqual(["tracklist-too-many"]);
    expect(over.diagnostics[0]?.message).toContain("60,000 entries");
  });

  it("counts every format's entries: plain text past the cap", () => {
    const over = read(
      Array.from(
        { length: 5_001 },
        (_, i) => `${Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}:00 A - B${i}\n`,
      ).join(""),
      "s.txt",
    );
    expect(over.diagnostics[0]?.message).toContain("5,001 entries");
  });

  it("refuses a file of more than 500,000 lines, saying how many, and takes 500,000", () => {
    const fits = read(`${"\n".repeat(499_999)}0:00 A - B\n`, "s.txt");
    expect(fits.entries).toHaveLength(1);
    const over = read(`${"\r\n".repeat(500_000)}0:00 A - B`, "s.txt");
    expect(problems(over.diagnostics)).toEqual(["1:1 tracklist-lines"]);
    expect(over.diagnostics[0]?.message).toContain("500,001 lines");
  });

  it("refuses a line longer than 64 KiB at that line, and takes one of 64 KiB", () => {
    const fits = read(`0:00 A - B\n0:10 ${"x".repeat(64 * 1024 - 5)}\n`, "s.txt");
    expect(fits.diagnostics).toEqual([]);
    const long = read(`0:00 A - B\r\n\r\n0:10 ${"x".repeat(64 * 1024)}\r\n`, "s.txt");
    expect(problems(long.diagnostics)).toEqual(["3:1 tracklist-long-line"]);
    expect(long.diagnostics[0]?.message).toContain("64 KiB");
  });
});

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("quoting text from a file", () => {
  it("never cuts a character outside the Basic Multilingual Plane in two", () => {
    const text = `${"a".repeat(59)}😀${"b".repeat(10)}`;
    const quoted = quote(text);
    expect(quoted).toBe(`"${"a".repeat(59)}…"`);
    expect(quoted).not.toMatch(LONE_SURROGATE);
    expect(quote(`${"a".repeat(58)}😀b`)).not.toMatch(LONE_SURROGATE);
    expect(quote(`${"a".repeat(58)}😀${"b".repeat(5)}`)).toBe(`"${"a".repeat(58)}😀…"`);
  });
});

describe("Serato session files", () => {
  const utf16 = (text: string) => Buffer.from(`${text}\0`, "utf16le").swap16();
  const u32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
  const chunk = (tag: string, payload: Buffer) =>
    Buffer.concat([Buffer.from(tag, "ascii"), u32(payload.length), payload]);
  const field = (id: number, value: Buffer) => Buffer.concat([u32(id), u32(value.length), value]);
  const VRSN = chunk("vrsn", utf16("1.0/Serato Scratch LIVE Review"));

  it("is told by its vrsn header, whatever its name", () => {
    const entry = chunk(
      "oent",
      chunk(
        "adat",
        Buffer.concat([field(6, utf16("B")), field(7, utf16("A")), field(28, u32(1_800_000_000))]),
      ),
    );
    const parsed = parseTracklist(Buffer.concat([VRSN, entry]), "42.session");
    expect(parsed.format).toBe("serato-session");
    expect(parsed.entries).toMatchObject([{ artist: "A", song: "B", start: 0 }]);
  });

  it("refuses a file that starts with vrsn but is no session, and never throws on junk", () => {
    const notSerato = parseTracklist(chunk("vrsn", utf16("Something else")), "x.session");
    expect(notSerato.diagnostics.map((d) => d.rule)).toEqual(["serato-session"]);
    const crate = parseTracklist(chunk("vrsn", utf16("1.0/Serato ScratchLive Crate")), "x.crate");
    expect(crate.diagnostics[0]?.message).toContain("this is a Serato crate, not a session");
    expect(parseTracklist(VRSN, "x.session").diagnostics[0]?.message).toContain("no track");
    const junk = Buffer.concat([VRSN, Buffer.from("oent\xff\xff\xff\xffadat", "latin1")]);
    const parsed = parseTracklist(junk, "x.session");
    expect(parsed.warnings.map((d) => d.rule)).toEqual(["serato-session"]);
    expect(parsed.diagnostics.map((d) => d.rule)).toEqual(["serato-session"]);
    expect(parsed.entries).toEqual([]);
  });

  it("reports an entry without a start time", () => {
    const entry = chunk(
      "oent",
      chunk("adat", Buffer.concat([field(6, utf16("B")), field(7, utf16("A"))])),
    );
    const parsed = parseTracklist(Buffer.concat([VRSN, entry]), "x.session");
    expect(parsed.diagnostics.map((d) => d.rule)).toEqual(["serato-session-start"]);
  });
});
