// The preview says where a show's tracks came from and how many entries tracklist_exclude left out.
import { describe, expect, it } from "vitest";
import { renderComment, renderSummary } from "../../src/report/index.js";
import { report, result } from "./fixtures.js";

const fromCue = result({
  details: {
    tags: ["radio"],
    tracks: 42,
    tracklist: { file: "cloudcasts/drive_time.cue", excluded: 17 },
  },
});

describe("a show whose tracks come from a tracklist file", () => {
  it("the comment names the file and the count left out", () => {
    const body = renderComment(report({ results: [fromCue] }));
    expect(body).toContain(
      "42 tracks from `cloudcasts/drive_time.cue`, 17 left out by tracklist_exclude",
    );
  });

  it("the summary's Tracks column shows the count left out", () => {
    expect(renderSummary(report({ results: [fromCue] }))).toMatch(/\| 42 \(17 left out\) \|/);
  });

  it("says nothing of exclusion when nothing was left out", () => {
    const plain = result({
      details: { tags: [], tracks: 3, tracklist: { file: "show.cue", excluded: 0 } },
    });
    const body = renderComment(report({ results: [plain] }));
    expect(body).toContain("3 tracks from `show.cue` ·");
    expect(body).not.toContain("left out");
  });
});
