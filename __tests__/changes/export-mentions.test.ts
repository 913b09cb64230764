// The text search that spares a parse: which cloudcast files could name a changed export.
import { describe, expect, it } from "vitest";
import { exportMentions, literalTail } from "../../src/selection/export-mentions.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("exportMentions", () => {
  const mentions = exportMentions(["playout/sunday.cue", "cloudcasts/fri.TXT", "a/dj's set.csv"]);

  it("finds each export's name, wherever it stands", () => {
    expect(mentions(bytes("sunday.cue"))).toBe(true);
    expect(mentions(bytes("title: x\ntracklist: ../playout/sunday.cue\n"))).toBe(true);
    expect(mentions(bytes("tracklist: 'fri.TXT'"))).toBe(true);
    expect(mentions(bytes("tracklist: 'a/dj''s set.csv'"))).toBe(true);
  });

  it("says no for a file that names none of them", () => {
    expect(mentions(bytes("title: x\ntracklist: monday.cue\n"))).toBe(false);
    expect(mentions(bytes("tracklist: fri.txt\n"))).toBe(false); // another file on Linux
    expect(mentions(bytes("sunday.cu sunday .cue .cue.cue"))).toBe(false);
    expect(mentions(bytes(""))).toBe(false);
  });

  it("says yes for any file with a backslash: an escape can spell the name", () => {
    expect(mentions(bytes('tracklist: "sunday\\x2Ecue"'))).toBe(true);
    expect(mentions(bytes('desc: "a\\nb"'))).toBe(true);
  });

  it("looks for the part of the name YAML writes as it is", () => {
    expect(literalTail("playout/sunday.cue")).toBe("sunday.cue");
    expect(literalTail("playout/late night set.cue")).toBe("set.cue");
    expect(literalTail("playout/dj's.cue")).toBe("s.cue");
    expect(literalTail("playout/ .cue")).toBe(".cue");
  });
});
