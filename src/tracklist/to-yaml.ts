// Sections as the `tracks:` YAML a person would write, printed on their own or put into a
// cloudcast file in place of `tracks:`/`tracklist:`, keeping the rest of the file as it is.
import { Document, isMap, isScalar, parseDocument } from "yaml";
import type { Pair, YAMLMap } from "yaml";
import { formatStartTime } from "../cloudcast/start-time.js";
import type { Section } from "../cloudcast/types.js";

function plain(section: Section): Record<string, string> {
  const start = formatStartTime(section.start);
  if (section.kind === "chapter") return { start, chapter: section.chapter };
  const track: Record<string, string> = { start, artist: section.artist, track: section.song };
  // The album is kept: the licensing rules count tracks from one album (it is never sent).
  if (section.album !== undefined) track["album"] = section.album;
  return track;
}

const OUTPUT = { lineWidth: 0 } as const;

/** `tracks:` and its list, as a YAML document of its own. */
export function tracksYaml(sections: readonly Section[]): string {
  return new Document({ tracks: sections.map(plain) }).toString(OUTPUT);
}

export type IntoResult =
  { text: string; replaced: "tracks" | "tracklist" | "none" } | { error: string };

/**
 * `text` (a cloudcast file) with `tracks:` set to the sections: the value of an existing
 * `tracks:` replaced, or `tracklist:` turned into `tracks:` where it stands, or `tracks:` added
 * at the end. `tracklist_exclude:` goes too, its work done. Comments, key order and the other
 * values stay as written; CRLF line ends and a BOM are kept.
 */
export function putTracksInto(text: string, sections: readonly Section[]): IntoResult {
  const bom = text.startsWith("\uFEFF");
  const crlf = /\r\n/.test(text);
  const doc = parseDocument(bom ? text.slice(1) : text, { keepSourceTokens: false });
  const problem = doc.errors[0];
  if (problem !== undefined)
    return { error: `its YAML cannot be read (${problem.message.split("\n")[0]}): fix it first` };
  if (!isMap(doc.contents)) return { error: "it is not a mapping of keys such as title:" };
  const map = doc.contents as YAMLMap;
  const value = doc.createNode(sections.map(plain));
  const replaced = replacePair(map, "tracks", value)
    ? "tracks"
    : replacePair(map, "tracklist", value)
      ? "tracklist"
      : "none";
  if (replaced === "none") map.add(doc.createPair("tracks", value));
  const index = map.items.findIndex((pair) => keyOf(pair) === "tracklist_exclude");
  if (index >= 0) map.items.splice(index, 1);
  const written = doc.toString(OUTPUT);
  return {
    text: (bom ? "\uFEFF" : "") + (crlf ? written.replace(/\n/g, "\r\n") : written),
    replaced,
  };
}

/** Gives the pair named `name` the new value (and the name `tracks`); false when there is none. */
function replacePair(map: YAMLMap, name: string, value: unknown): boolean {
  const pair = map.items.find((item) => keyOf(item) === name);
  if (pair === undefined) return false;
  if (isScalar(pair.key)) pair.key.value = "tracks";
  else pair.key = "tracks";
  pair.value = value;
  return true;
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}
