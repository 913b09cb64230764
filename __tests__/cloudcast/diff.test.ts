// What an edit changes on Mixcloud: two versions of a cloudcast in, the difference out.
import { describe, expect, it } from "vitest";
import { diffCloudcasts, isUnchanged, MAX_SECTION_EDITS } from "../../src/cloudcast/diff.js";
import type { Cloudcast, Section } from "../../src/cloudcast/types.js";

function cloudcast(overrides: Partial<Cloudcast> = {}): Cloudcast {
  return { title: "Night Drive 12", tags: ["House"], sections: tracks(4), hosts: [], ...overrides };
}

function track(start: number, artist: string, song: string): Section {
  return { kind: "track", start, artist, song };
}

function tracks(count: number): Section[] {
  return Array.from({ length: count }, (_, i) => track(i * 300, `Artist ${i}`, `Song ${i}`));
}

describe("diffCloudcasts", () => {
  it("finds nothing between equal versions", () => {
    const diff = diffCloudcasts(cloudcast(), cloudcast());
    expect(diff).toEqual({ fields: [], sections: [] });
    expect(isUnchanged(diff)).toBe(true);
  });

  it("takes white space as Mixcloud does: collapsed and trimmed", () => {
    const before = cloudcast({ description: "A night\nof house." });
    const after = cloudcast({ description: "A night of house. " });
    expect(isUnchanged(diffCloudcasts(before, after))).toBe(true);
  });

  it("names each changed field with its old and new value", () => {
    const before = cloudcast({ picture: { kind: "path", path: "a.jpg" } });
    const after = cloudcast({
      title: "Night Drive 13",
      tags: ["House", "Techno"],
      picture: { kind: "url", url: "https://example.com/b.jpg?token=secret" },
      unlisted: true,
    });
    expect(diffCloudcasts(before, after).fields).toEqual([
      { field: "title", before: "Night Drive 12", after: "Night Drive 13" },
      { field: "tags", before: "House", after: "House, Techno" },
      { field: "picture", before: "a.jpg", after: "https://example.com/b.jpg" },
      { field: "unlisted", after: "yes" },
    ]);
  });

  it("pairs a changed artist with its track, and lists an added one with its start", () => {
    const before = tracks(4);
    const after = [...tracks(4), track(1500, "New Artist", "New Song")];
    after[1] = track(300, "Artist One", "Song 1");
    expect(
      diffCloudcasts(cloudcast({ sections: before }), cloudcast({ sections: after })).sections,
    ).toEqual([
      { kind: "changed", before: before[1], after: after[1] },
      { kind: "added", after: after[4] },
    ]);
  });

  it("finds a track inserted in the middle without calling the rest changed", () => {
    const before = tracks(6);
    const after = [...before.slice(0, 3), track(850, "Guest", "Dub"), ...before.slice(3)];
    expect(
      diffCloudcasts(cloudcast({ sections: before }), cloudcast({ sections: after })).sections,
    ).toEqual([{ kind: "added", after: track(850, "Guest", "Dub") }]);
  });

  it("calls a moved start a change, and a removed track removed", () => {
    const before = tracks(4);
    const after = [before[0], { ...before[1], start: 310 }, before[3]] as Section[];
    expect(
      diffCloudcasts(cloudcast({ sections: before }), cloudcast({ sections: after })).sections,
    ).toEqual([
      { kind: "changed", before: before[1], after: after[1] },
      { kind: "removed", before: before[2] },
    ]);
  });

  it("gives up listing past its edit bound and says the tracklist was rewritten", () => {
    const before = tracks(MAX_SECTION_EDITS + 10);
    const after = before.map((s, i) => track(s.start, `Other ${i}`, "x"));
    const diff = diffCloudcasts(cloudcast({ sections: before }), cloudcast({ sections: after }));
    expect(diff.sections).toEqual([]);
    expect(diff.rewritten).toEqual({ before: before.length, after: after.length });
    expect(isUnchanged(diff)).toBe(false);
  });
});
