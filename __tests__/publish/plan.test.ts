import { describe, expect, it } from "vitest";
import type { Cloudcast } from "../../src/cloudcast/types.js";
import { matchExisting, proOnlyKeys, uploadBlockers } from "../../src/publish/plan.js";
import type { AccountListing } from "../../src/publish/plan.js";

const cloudcast = (over: Partial<Cloudcast> = {}): Cloudcast => ({
  title: "Night Drive 12",
  tags: [],
  sections: [],
  hosts: [],
  ...over,
});

const account: AccountListing = {
  username: "dj-kay",
  isPro: false,
  cloudcasts: [
    { key: "/dj-kay/night-drive-12/", name: "Night Drive 12" },
    { key: "/dj-kay/old-title/", name: "Old Title" },
    { key: "/dj-kay/twin/", name: "Twin" },
    { key: "/dj-kay/twin-2/", name: "Twin" },
  ],
};

describe("matchExisting", () => {
  it("matches by key first, even when the title differs", () => {
    expect(matchExisting(cloudcast({ key: "/dj-kay/old-title/" }), undefined, account)).toEqual({
      kind: "existing",
      key: "/dj-kay/old-title/",
      by: "key",
    });
  });

  it("refuses a key of another account, naming both", () => {
    const match = matchExisting(cloudcast({ key: "/someone/else/" }), undefined, account);
    expect(match.kind).toBe("error");
    expect(match.kind === "error" && match.error).toMatch(/belongs to 'someone'.*'dj-kay'/);
  });

  it("matches by title with white space collapsed", () => {
    expect(
      matchExisting(cloudcast({ title: " Night  Drive 12 " }), undefined, account),
    ).toMatchObject({
      kind: "existing",
      key: "/dj-kay/night-drive-12/",
      by: "title",
    });
  });

  it("matches a retitled file by its previous title, so the upload is edited", () => {
    const match = matchExisting(cloudcast({ title: "New Title" }), "Old Title", account);
    expect(match).toEqual({ kind: "existing", key: "/dj-kay/old-title/", by: "previous title" });
  });

  it("is new when neither title is on the account", () => {
    expect(matchExisting(cloudcast({ title: "Fresh" }), "Also fresh", account)).toEqual({
      kind: "new",
    });
  });

  it("asks for a key when two cloudcasts share the title", () => {
    const match = matchExisting(cloudcast({ title: "Twin" }), undefined, account);
    expect(match.kind === "error" && match.error).toMatch(/2 cloudcasts .* add `key:`/);
  });
});

describe("uploadBlockers", () => {
  const now = new Date("2026-11-27T12:00:00Z");

  it("names every Pro-only key on a non-Pro account", () => {
    const blockers = uploadBlockers(
      cloudcast({ hosts: ["a"], hideStats: true, publishDate: "2027-01-01T00:00:00Z" }),
      account,
      now,
    );
    expect(blockers[0]).toMatch(
      /`publish_date`, `hide_stats`, `hosts` need a Mixcloud Pro account/,
    );
  });

  it("lets a Pro account use them", () => {
    expect(uploadBlockers(cloudcast({ hosts: ["a"] }), { ...account, isPro: true }, now)).toEqual(
      [],
    );
  });

  it("refuses a publish_date that is not in the future", () => {
    const blockers = uploadBlockers(
      cloudcast({ publishDate: "2026-11-27T11:59:59Z" }),
      { ...account, isPro: true },
      now,
    );
    expect(blockers).toEqual([expect.stringMatching(/not in the future/)]);
  });

  it("ignores publish_date on an unlisted upload, as Mixcloud does", () => {
    const unlisted = cloudcast({ publishDate: "2020-01-01T00:00:00Z", unlisted: true });
    expect(uploadBlockers(unlisted, { ...account, isPro: true }, now)).toEqual([]);
  });

  it("lists nothing for a plain cloudcast", () => {
    expect(proOnlyKeys(cloudcast({ unlisted: true, disableComments: false }))).toEqual([]);
  });
});
