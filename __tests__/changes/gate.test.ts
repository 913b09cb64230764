import { describe, expect, it } from "vitest";
import { reasonToSkip } from "../../src/selection/gate.js";
import { context, ZEROS } from "./support.js";

const SHA = "a".repeat(40);

/** A release payload as GitHub sends it, trimmed to what is read. */
function releaseEvent(action: string | undefined, release: Record<string, unknown> = {}) {
  return context("release", {
    ...(action === undefined ? {} : { action }),
    release: {
      tag_name: "v1.2.0",
      draft: false,
      prerelease: false,
      published_at: "2026-11-01T12:00:00Z",
      ...release,
    },
  });
}

const full = { prereleases: false };
const withPrereleases = { prereleases: true };

describe("release", () => {
  it("publishes on `published` only", () => {
    expect(reasonToSkip(releaseEvent("published"), full)).toBeUndefined();
  });

  it.each(["created", "released", "prereleased", "edited", "deleted", "unpublished"])(
    "selects nothing on %s, saying which action and to use `types: [published]`",
    (action) => {
      const reason = reasonToSkip(releaseEvent(action), withPrereleases);
      expect(reason).toContain(`Release "v1.2.0" was "${action}"`);
      expect(reason).toContain("`release: types: [published]`");
    },
  );

  it("never publishes a draft, whatever the inputs", () => {
    const draft = releaseEvent("published", { draft: true, published_at: null });
    expect(reasonToSkip(draft, withPrereleases)).toMatch(/is a draft: drafts never publish/);
  });

  it("publishes a prerelease only with `prereleases: true`, and says how", () => {
    const pre = releaseEvent("published", { prerelease: true, tag_name: "v1.3.0-rc.1" });
    expect(reasonToSkip(pre, full)).toBe(
      'Release "v1.3.0-rc.1" is a prerelease: prereleases do not publish. Set the input `prereleases: true` to publish them too.',
    );
    expect(reasonToSkip(pre, withPrereleases)).toBeUndefined();
  });

  it("reads a payload without `action` (a hand-written one) by its flags", () => {
    expect(reasonToSkip(releaseEvent(undefined), full)).toBeUndefined();
    expect(reasonToSkip(releaseEvent(undefined, { draft: true }), full)).toMatch(/draft/);
  });

  it("leaves a payload without a release to change detection, which names what is missing", () => {
    expect(reasonToSkip(context("release", {}), full)).toBeUndefined();
  });
});

describe("push", () => {
  it("of a tag selects nothing, pointing at the release workflow", () => {
    const event = context("push", { ref: "refs/tags/v1.2.0", before: ZEROS, after: SHA });
    const reason = reasonToSkip(event, full);
    expect(reason).toContain('The push of tag "v1.2.0" publishes nothing');
    expect(reason).toContain("`release: types: [published]`");
  });

  it("of a deleted tag, or one known only from GITHUB_REF, too", () => {
    const deleted = context("push", { ref: "refs/tags/v1", before: SHA, after: ZEROS });
    expect(reasonToSkip(deleted, full)).toMatch(/tag "v1"/);
    const bare = { ...context("push", {}), ref: "refs/tags/v2" };
    expect(reasonToSkip(bare, full)).toMatch(/tag "v2"/);
  });

  it("of a branch goes on to change detection", () => {
    const event = context("push", { ref: "refs/heads/main", before: SHA, after: SHA });
    expect(reasonToSkip(event, full)).toBeUndefined();
    // A branch may be called `tags/…`: only the full ref tells.
    const named = context("push", { ref: "refs/heads/tags/x", before: SHA, after: SHA });
    expect(reasonToSkip(named, full)).toBeUndefined();
  });
});

describe("merge_group", () => {
  it("checks on `checks_requested`, and has nothing to check when a group is destroyed", () => {
    const group = { base_sha: SHA, head_sha: SHA };
    const requested = context("merge_group", { action: "checks_requested", merge_group: group });
    expect(reasonToSkip(requested, full)).toBeUndefined();
    const destroyed = context("merge_group", { action: "destroyed", merge_group: group });
    expect(reasonToSkip(destroyed, full)).toMatch(/"destroyed": there is nothing to check/);
  });
});

describe("other events", () => {
  it.each(["workflow_dispatch", "schedule", "pull_request", ""])("%j may publish", (name) => {
    expect(reasonToSkip(context(name, { action: "created" }), full)).toBeUndefined();
  });
});
