import { describe, expect, it } from "vitest";
import type { Cloudcast } from "../../src/cloudcast/types.js";
import type { RemoteCloudcast } from "../../src/mixcloud/index.js";
import { editFields, unseenDifferences, visibleDifferences } from "../../src/publish/compare.js";

const local: Cloudcast = {
  title: "Night Drive 12",
  description: "Late night\nhouse.",
  tags: ["House", "Deep House"],
  sections: [
    { kind: "track", start: 0, artist: "A", song: "One" },
    { kind: "chapter", start: 300, chapter: "Interview" },
  ],
  hosts: [],
};

const remote: RemoteCloudcast = {
  key: "/dj/night-drive-12/",
  url: "https://www.mixcloud.com/dj/night-drive-12/",
  slug: "night-drive-12",
  name: "Night Drive 12",
  description: "Late night house.",
  tags: ["house", "deep house"],
  sections: [
    { kind: "track", start: 0, artist: "A", song: "One" },
    { kind: "chapter", start: 300, chapter: "Interview" },
  ],
};

describe("visibleDifferences", () => {
  it("finds nothing when only white space and tag case differ", () => {
    expect(visibleDifferences(local, remote)).toEqual([]);
  });

  it("names each field that differs", () => {
    const changed: Cloudcast = {
      ...local,
      title: "Night Drive 12 (rework)",
      description: "Other",
      tags: ["House"],
      sections: [{ kind: "track", start: 1, artist: "A", song: "One" }],
    };
    expect(visibleDifferences(changed, remote)).toEqual(["title", "desc", "tags", "tracks"]);
  });

  it("does not compare what the file leaves out", () => {
    expect(
      visibleDifferences(
        { ...local, description: undefined, tags: [], sections: [] },
        { ...remote, sections: undefined },
      ),
    ).toEqual([]);
  });
});

describe("unseenDifferences and editFields", () => {
  it("compares the fields the API never shows against the file's previous version", () => {
    const now: Cloudcast = { ...local, unlisted: true, hosts: ["guest"] };
    expect(unseenDifferences(now, local)).toEqual(["hosts-0-username", "unlisted"]);
    expect(unseenDifferences(now, now)).toEqual([]);
    expect(unseenDifferences(now, undefined)).toEqual([]);
  });

  it("sends tags and sections as whole sets, and unseen fields only when asked", () => {
    const withUnseen: Cloudcast = { ...local, unlisted: true };
    const names = (fields: Array<[string, string]>) => fields.map(([name]) => name);
    expect(names(editFields(withUnseen, false))).toEqual([
      "name",
      "description",
      "tags-0-tag",
      "tags-1-tag",
      "sections-0-artist",
      "sections-0-song",
      "sections-0-start_time",
      "sections-1-chapter",
      "sections-1-start_time",
    ]);
    expect(names(editFields(withUnseen, true))).toContain("unlisted");
  });
});
