// Runs that overlap (README, "Exactly once"): right before an upload the account is looked at
// again, so a show another run published meanwhile is matched rather than uploaded twice; right
// after, a show of the same title that appeared since the run began is reported, naming both.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import type { Cloudcast } from "../../src/cloudcast/types.js";
import type { MixcloudClient } from "../../src/mixcloud/index.js";
import {
  keysOf,
  matchAgainBeforeUpload,
  newestCreated,
  sameShowAfterListingLag,
  sameShowFromAnotherRun,
} from "../../src/publish/overlap.js";
import type { OverlapContext } from "../../src/publish/overlap.js";
import type { AccountListing } from "../../src/publish/plan.js";
import { harness, type Harness } from "../mixcloud/helpers.js";

let h: Harness;
let client: MixcloudClient;
let audio: string;
beforeEach(async () => {
  h = await harness({ username: "dj-kay", existingCloudcasts: 2 });
  client = h.client();
  audio = join(h.dir, "show.mp3");
  await writeFile(audio, "ID3 some audio");
});
afterEach(async () => {
  await h.close();
});

const show = (title: string): Cloudcast => {
  const parsed = parseCloudcast(`title: ${title}\naudio: show.mp3\n`, "cloudcasts/show.yml");
  if (parsed.cloudcast === undefined) throw new Error("the fixture should parse");
  return parsed.cloudcast;
};

/** The run's first listing of the account, as the pipeline takes it. */
async function firstListing(): Promise<AccountListing> {
  const listed = await client.listCloudcasts("dj-kay");
  return {
    username: "dj-kay",
    isPro: true,
    cloudcasts: listed.map((c) => ({ key: c.key, name: c.name })),
    newestCreatedTime: listed[0]?.createdTime,
  };
}

/** Another run uploads a show of this title. */
async function anotherRunUploads(title: string): Promise<string> {
  const part = { path: audio, filename: "show.mp3", contentType: "audio/mpeg" };
  return (await client.upload({ fields: [["name", title]], audio: part })).key;
}

function context(account: AccountListing): OverlapContext & { lines: string[] } {
  const lines: string[] = [];
  return {
    client,
    account,
    signal: new AbortController().signal,
    log: {
      info: (file, message) => lines.push(`${file}: ${message}`),
      warning: (file, message) => lines.push(`${file}: warning: ${message}`),
    },
    lines,
  };
}

const listingsAfterFirst = () =>
  h.mock.state.requests.filter((r) => r.path.startsWith("/dj-kay/cloudcasts/")).slice(1);

describe("right before an upload", () => {
  it("matches a show another run published meanwhile, asking only for what is newer", async () => {
    const ctx = context(await firstListing());
    const theirs = await anotherRunUploads("Night Drive 12");
    const match = await matchAgainBeforeUpload(
      { file: "cloudcasts/show.yml", cloudcast: show("Night Drive 12") },
      ctx,
    );
    expect(match).toEqual({ kind: "existing", key: theirs, by: "title" });
    expect(ctx.lines.join("\n")).toContain(
      `${theirs} appeared on the account while this run worked`,
    );
    // `since` asks for the newest; one more page (following `next`) shows nothing newer is left.
    const again = listingsAfterFirst();
    expect(again[0]?.path).toContain("since=");
    expect(again.length).toBeLessThanOrEqual(2);
  });

  it("lets a show nobody else published go ahead", async () => {
    const ctx = context(await firstListing());
    await anotherRunUploads("Something Else");
    const match = await matchAgainBeforeUpload(
      { file: "cloudcasts/show.yml", cloudcast: show("Night Drive 12") },
      ctx,
    );
    expect(match).toEqual({ kind: "new" });
    expect(ctx.account.cloudcasts.map((c) => c.name)).toContain("Something Else");
  });

  it("uploads with a warning when the account cannot be listed again", async () => {
    const ctx = context(await firstListing());
    h.mock.faults.add({ kind: "server-error", path: "/dj-kay/cloudcasts/", times: 3 });
    const match = await matchAgainBeforeUpload(
      { file: "cloudcasts/show.yml", cloudcast: show("Night Drive 12") },
      ctx,
    );
    expect(match).toEqual({ kind: "new" });
    expect(ctx.lines.join("\n")).toMatch(/warning: could not look at the account again/);
  });
});

describe("right after an upload", () => {
  it("fails the file when another run published the same show at the same time, naming both", async () => {
    const ctx = context(await firstListing());
    const knownBefore = keysOf(ctx.account);
    const ours = await anotherRunUploads("Night Drive 12");
    const theirs = await anotherRunUploads("Night Drive 12");
    const error = await sameShowFromAnotherRun(
      { file: "cloudcasts/show.yml", cloudcast: show("Night Drive 12") },
      { key: ours, url: `https://www.mixcloud.com${ours}` },
      knownBefore,
      ctx,
    );
    expect(error).toContain("another run published the same show at the same time");
    expect(error).toContain(`${ours} (https://www.mixcloud.com${ours})`);
    expect(error).toContain(`${theirs} (https://www.mixcloud.com${theirs})`);
    expect(error).toContain("Delete one of them on mixcloud.com");
    expect(error).toContain("group: mixcloud-publish");
  });

  it("says nothing of its own upload, of shows known before it, or of other titles", async () => {
    const ctx = context(await firstListing());
    const earlier = await anotherRunUploads("Night Drive 12");
    ctx.account.cloudcasts.push({ key: earlier, name: "Night Drive 12" });
    const knownBefore = keysOf(ctx.account);
    const ours = await anotherRunUploads("Night Drive 12");
    await anotherRunUploads("Night Drive 13");
    const error = await sameShowFromAnotherRun(
      { file: "cloudcasts/show.yml", cloudcast: show("Night Drive 12") },
      { key: ours },
      knownBefore,
      ctx,
    );
    expect(error).toBeUndefined();
  });
});

describe("once the account's listing has caught up", () => {
  const LAG_MS = 300;
  const file = "cloudcasts/show.yml";

  it("finds another run's show that the look right after the upload missed, naming both", async () => {
    const ctx = context(await firstListing());
    const knownBefore = keysOf(ctx.account);
    // The other run's upload is stored first, but the listing shows it only LAG_MS later.
    h.mock.faults.add({ kind: "listing-lag", ms: LAG_MS, path: "/upload/" });
    const theirs = await anotherRunUploads("Night Drive 12");
    const ours = await anotherRunUploads("Night Drive 12");
    const item = { file, cloudcast: show("Night Drive 12") };
    const uploaded = { key: ours };
    expect(await sameShowFromAnotherRun(item, uploaded, knownBefore, ctx)).toBeUndefined();

    const upload = { item, uploaded, knownBefore, doneAt: performance.now() };
    const twins = await sameShowAfterListingLag([upload], LAG_MS, ctx, () => performance.now());
    expect(twins.get(file)).toContain("another run published the same show at the same time");
    expect(twins.get(file)).toContain(theirs);
    expect(twins.get(file)).toContain(ours);
  });

  it("lists once for all the run's uploads, and finds no twin where there is none", async () => {
    const ctx = context(await firstListing());
    const knownBefore = keysOf(ctx.account);
    const one = await anotherRunUploads("Night Drive 12");
    const two = await anotherRunUploads("Night Drive 13");
    const requests = h.mock.state.requests.length;
    const uploads = [
      { item: { file: "a.yml", cloudcast: show("Night Drive 12") }, uploaded: { key: one } },
      { item: { file: "b.yml", cloudcast: show("Night Drive 13") }, uploaded: { key: two } },
    ].map((u) => ({ ...u, knownBefore, doneAt: performance.now() }));
    const twins = await sameShowAfterListingLag(uploads, 0, ctx, () => performance.now());
    expect(twins.size).toBe(0);
    const listings = h.mock.state.requests.slice(requests);
    expect(listings.length).toBeGreaterThanOrEqual(1);
    expect(listings.every((r) => r.path.startsWith("/dj-kay/cloudcasts/"))).toBe(true);
    // One listing: its first page, and at most one more (following `next`).
    expect(listings.filter((r) => r.path.includes("since=")).length).toBeLessThanOrEqual(2);
  });

  it("waits for nothing and asks for nothing when the run uploaded nothing", async () => {
    const ctx = context(await firstListing());
    const requests = h.mock.state.requests.length;
    // A lag of a day: a wait would outlast the test.
    const twins = await sameShowAfterListingLag([], 86_400_000, ctx, () => performance.now());
    expect(twins.size).toBe(0);
    expect(h.mock.state.requests).toHaveLength(requests);
    expect(ctx.lines).toEqual([]);
  });

  it("leaves the uploads as they are, with a warning, when the account cannot be listed", async () => {
    const ctx = context(await firstListing());
    const knownBefore = keysOf(ctx.account);
    const ours = await anotherRunUploads("Night Drive 12");
    h.mock.faults.add({ kind: "server-error", path: "/dj-kay/cloudcasts/", times: 3 });
    const upload = {
      item: { file, cloudcast: show("Night Drive 12") },
      uploaded: { key: ours },
      knownBefore,
      doneAt: performance.now(),
    };
    const twins = await sameShowAfterListingLag([upload], 0, ctx, () => performance.now());
    expect(twins.size).toBe(0);
    expect(ctx.lines.join("\n")).toMatch(/warning: could not look once more for the same shows/);
  });
});

describe("newestCreated()", () => {
  it("takes the newest creation time of the first listing, passing over missing and bad ones", () => {
    const at = (createdTime?: string) => ({
      key: "/u/x/",
      slug: "x",
      name: "X",
      tags: [],
      createdTime,
    });
    expect(
      newestCreated([
        at("2024-01-02T00:00:00Z"),
        at(),
        at("not a time"),
        at("2024-03-01T00:00:00Z"),
      ]),
    ).toEqual({ newestCreatedTime: "2024-03-01T00:00:00Z" });
    expect(newestCreated([at()])).toEqual({});
    expect(newestCreated([])).toEqual({});
  });
});
