import { suggestName } from "./suggest.js";
import type { RuleId } from "./rules.js";
import { orderSections } from "./section-rules.js";
import type { SectionDraft } from "./section-rules.js";
import { parseStartTime } from "./start-time.js";
import { describeNode } from "./tree.js";
import type { YMap, YNode, YPair } from "./tree.js";
import type { Section } from "./types.js";
import type { At, Checker } from "./values.js";

export const SECTION_KEYS = ["start", "artist", "track", "album", "chapter"] as const;

/** Names other tools and people use for a section's keys. */
const SECTION_ALIASES: Record<string, string> = {
  song: "track",
  title: "track",
  name: "track",
  time: "start",
  start_time: "start",
  timestamp: "start",
  offset: "start",
  at: "start",
  artists: "artist",
  by: "artist",
  section: "chapter",
  release: "album",
  record: "album",
};

/**
 * `tracks`: each item a track (artist + track, and an optional album) or a chapter, with starts
 * that never go back. Where each section was written goes into `spans`, index for index with
 * the sections returned, so rules about one track can point at its item.
 */
export function checkSections(
  items: readonly YNode[],
  checker: Checker,
  spans: At[] = [],
): Section[] {
  const drafts = items.map((item): SectionDraft<YNode> => {
    const read = readSection(item, checker);
    return { section: read?.section, start: read?.start, at: item };
  });
  const report = (at: YNode, rule: RuleId, message: string) => checker.report(at, rule, message);
  return orderSections(drafts, report).map((placed) => {
    spans.push(placed.at);
    return placed.section;
  });
}

interface ReadSection {
  section?: Section;
  start?: { seconds: number; at: YNode };
}

function readSection(item: YNode, checker: Checker): ReadSection | undefined {
  if (item.kind !== "map") {
    checker.report(
      item,
      "expected-mapping",
      `each entry of tracks must be a mapping (start: 1:25, then artist: … and track: …, or chapter: …), not ${describeNode(item)}`,
    );
    return undefined;
  }
  const pairs = sectionPairs(item, checker);
  const start = readStart(item, pairs.start, checker);
  const kind = readKind(item, pairs, checker);
  if (!kind || !start) return { start };
  // Spelled out rather than spread: every section of every file has one shape, which keeps
  // validating a thousand files fast.
  const at = start.seconds;
  const section: Section =
    kind.kind === "chapter"
      ? { kind: "chapter", start: at, chapter: kind.chapter }
      : kind.album === undefined
        ? { kind: "track", start: at, artist: kind.artist, song: kind.song }
        : { kind: "track", start: at, artist: kind.artist, song: kind.song, album: kind.album };
  return { section, start };
}

type SectionPairs = Partial<Record<(typeof SECTION_KEYS)[number], YPair>>;

function sectionPairs(map: YMap, checker: Checker): SectionPairs {
  const pairs: SectionPairs = {};
  for (const pair of map.items) {
    const name = pair.key.text;
    if ((SECTION_KEYS as readonly string[]).includes(name)) {
      pairs[name as (typeof SECTION_KEYS)[number]] = pair;
      continue;
    }
    const guess = suggestName(name, SECTION_KEYS, SECTION_ALIASES);
    const hint = guess
      ? `: did you mean "${guess}"?`
      : `; a section has ${SECTION_KEYS.join(", ")}`;
    checker.report(pair.key, "unknown-key", `unknown key "${name}" in a section${hint}`);
  }
  return pairs;
}

function readStart(
  map: YMap,
  pair: YPair | undefined,
  checker: Checker,
): { seconds: number; at: YNode } | undefined {
  if (!pair) {
    checker.report(
      firstKey(map),
      "start-required",
      "this section has no start: add start: m:ss (or whole seconds)",
    );
    return undefined;
  }
  const node = pair.value;
  if (!node) {
    checker.report(pair.key, "empty-value", "start has no value: write m:ss or whole seconds");
    return undefined;
  }
  const value = node.kind === "scalar" ? node.value : undefined;
  if (typeof value !== "number" && typeof value !== "string") {
    const what = node.kind === "scalar" && value === null ? "empty" : "not a time";
    checker.report(
      node,
      "start-format",
      `start is ${what}: write m:ss (e.g. 1:25) or whole seconds (e.g. 85)`,
    );
    return undefined;
  }
  const parsed = parseStartTime(value);
  if ("rule" in parsed) {
    checker.report(node, parsed.rule, parsed.message);
    return undefined;
  }
  return { seconds: parsed.seconds, at: node };
}

type Kind =
  | { kind: "chapter"; chapter: string }
  | { kind: "track"; artist: string; song: string; album?: string };

function readKind(map: YMap, pairs: SectionPairs, checker: Checker): Kind | undefined {
  const { artist, track, chapter, album } = pairs;
  if (chapter && album) {
    checker.report(
      album.key,
      "section-mixed",
      "album belongs to a track (artist + track), not to a chapter: move it to the track or remove it",
    );
    return undefined;
  }
  if (chapter && (artist || track)) {
    checker.report(
      chapter.key,
      "section-mixed",
      "a section is a track (artist + track) or a chapter, not both: move the chapter to a section of its own",
    );
    return undefined;
  }
  if (chapter) {
    const text = field(chapter, "chapter", checker);
    return text === undefined ? undefined : { kind: "chapter", chapter: text };
  }
  if (!artist && !track) {
    checker.report(
      firstKey(map),
      "section-kind",
      "this section needs artist and track (a track), or chapter (a chapter)",
    );
    return undefined;
  }
  if (!artist || !track) {
    const [has, lacks] = artist ? ["an artist", "track"] : ["a track", "artist"];
    const present = (artist ?? track) as YPair;
    checker.report(
      present.key,
      "section-incomplete",
      `this section has ${has} but no ${lacks}: add ${lacks}: …`,
    );
    return undefined;
  }
  const a = field(artist, "artist", checker);
  const s = field(track, "track", checker);
  const al = album === undefined ? undefined : field(album, "album", checker);
  if (a === undefined || s === undefined || (album !== undefined && al === undefined))
    return undefined;
  return al === undefined
    ? { kind: "track", artist: a, song: s }
    : { kind: "track", artist: a, song: s, album: al };
}

function field(pair: YPair, name: string, checker: Checker): string | undefined {
  if (!pair.value) {
    checker.report(pair.key, "empty-value", `${name} has no value: write it or remove the line`);
    return undefined;
  }
  return checker.nonEmptyString(pair.value, name);
}

function firstKey(map: YMap): { start: number; end: number } {
  return map.items[0]?.key ?? map;
}
