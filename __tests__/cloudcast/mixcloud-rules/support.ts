import { parseCloudcast } from "../../../src/cloudcast/index.js";
import type { LocatedCloudcast } from "../../../src/cloudcast/mixcloud-rules/index.js";

/** A track of a test show: `[artist, title]` or `[artist, title, album]`. */
export type TrackSpec = [artist: string, title: string, album?: string] | { chapter: string };

/**
 * A cloudcast file as a DJ writes it: title, then one `tracks:` item per track, each item four
 * lines (start, artist, track, album) or three without an album, so a track's line is known.
 */
export function showFile(tracks: readonly TrackSpec[], head = "title: Rule test\n"): string {
  const items = tracks.map((t, i) => {
    const start = `  - start: ${i * 300}\n`;
    if (!Array.isArray(t)) return `${start}    chapter: ${JSON.stringify(t.chapter)}\n`;
    const [artist, title, album] = t;
    const albumLine = album === undefined ? "" : `    album: ${JSON.stringify(album)}\n`;
    return `${start}    artist: ${JSON.stringify(artist)}\n    track: ${JSON.stringify(title)}\n${albumLine}`;
  });
  return `${head}tracks:\n${items.join("")}`;
}

/** The line a track's `- start:` is on in {@link showFile}'s text. */
export function lineOfTrack(text: string, index: number): number {
  const lines = text.split("\n");
  let seen = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.startsWith("  - start:")) seen += 1;
    if (seen === index) return i + 1;
  }
  throw new Error(`no track ${index}`);
}

/** Parses a show's text; it must be valid. */
export function located(text: string, file = "cloudcasts/show.yml"): LocatedCloudcast {
  const parsed = parseCloudcast(text, file);
  if (parsed.cloudcast === undefined) {
    throw new Error(`invalid test show: ${parsed.diagnostics.map((d) => d.message).join("; ")}`);
  }
  return { ...parsed, cloudcast: parsed.cloudcast };
}

/** `n` different tracks by `artist`, each from its own album. */
export function tracksBy(artist: string, n: number, title = "Song"): TrackSpec[] {
  return Array.from({ length: n }, (_, i) => [artist, `${title} ${i + 1}`] as TrackSpec);
}

/** Tracks by different artists, to put between the ones a test is about. */
export function others(n: number, from = 0): TrackSpec[] {
  return Array.from({ length: n }, (_, i) => [`Other Artist ${from + i}`, "Filler"] as TrackSpec);
}
