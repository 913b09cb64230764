// Complexity cases of the pull request preview: the diff of two versions of a tracklist (which a
// fork's pull request controls) and the comment and summary drawn from many long shows.
import { join } from "node:path";
import { importBundled } from "./common.mjs";

async function loadPreview(dir) {
  return importBundled("scripts/bench/preview-entry.ts", dir);
}

const track = (i, artist = `Artist ${i}`) => ({
  kind: "track",
  start: i * 180,
  artist,
  song: `Song ${i} (Extended Mix)`,
});
const cloudcast = (sections, title = "Show") => ({ title, tags: ["House"], hosts: [], sections });

/** Builds each size's input once, outside the timing. */
function cachedBy(build) {
  const cache = new Map();
  return (size) => {
    if (!cache.has(size)) cache.set(size, build(size));
    return cache.get(size);
  };
}

/** n shows of 120 tracks, each an edit with a changed artist and a warning. */
function shows(count) {
  return Array.from({ length: count }, (_, n) => {
    const sections = Array.from({ length: 120 }, (_, i) => track(i, `DJ ${n}.${i}`));
    return { n, sections };
  });
}

export async function complexityCases(tempDir) {
  const { diffCloudcasts, renderComment, renderSummary } = await loadPreview(
    join(tempDir, "preview"),
  );
  const scattered = cachedBy((size) => {
    const before = Array.from({ length: size }, (_, i) => track(i));
    // Every 7th track differs: far more edits than the diff lists, so it stops at its bound.
    const after = before.map((t, i) => (i % 7 === 0 ? track(i, `Other ${i}`) : t));
    return [cloudcast(before), cloudcast(after)];
  });
  const inserted = cachedBy((size) => {
    const before = Array.from({ length: size }, (_, i) => track(i));
    const after = [...before.slice(0, size / 2), track(size, "Guest"), ...before.slice(size / 2)];
    return [cloudcast(before), cloudcast(after)];
  });
  const report = cachedBy((count) => {
    const results = shows(count).map(({ n, sections }) => {
      const after = sections.map((t, i) => (i === 7 ? { ...t, artist: "Guest" } : t));
      return {
        file: `cloudcasts/show-${n}.yml`,
        status: "dry-run",
        title: `Show ${n}`,
        diagnostics: [],
        warnings: [],
        details: {
          tags: ["House"],
          tracks: 120,
          sections: after.map((section) => ({ section })),
          change: { diff: diffCloudcasts(cloudcast(sections), cloudcast(after, `Show ${n}`)) },
        },
      };
    });
    return {
      results,
      dryRun: true,
      eventName: "pull_request",
      notices: [],
      nothingSelected: false,
    };
  });
  return [
    {
      reader: "preview diff",
      shape: "two tracklists that differ every 7th track (stops at its edit bound)",
      size: 10_000,
      unit: "tracks",
      run: (size) => diffCloudcasts(...scattered(size)),
    },
    {
      reader: "preview diff",
      shape: "one track inserted in the middle",
      size: 10_000,
      unit: "tracks",
      run: (size) => diffCloudcasts(...inserted(size)),
    },
    {
      reader: "preview comment",
      shape: "shows of 120 tracks, each an edit (tracklists left out for room)",
      size: 100,
      unit: "shows",
      run: (size) => renderComment(report(size)),
    },
    {
      reader: "preview summary",
      shape: "shows of 120 tracks, each an edit",
      size: 100,
      unit: "shows",
      run: (size) => renderSummary(report(size)),
    },
  ];
}
