import { Limits, MAX_EXCLUDE_PATTERNS } from "../constants.js";
import { parseMediaRef } from "./media-ref.js";
import { parsePublishDate } from "./publish-date.js";
import { checkSections } from "./sections.js";
import { parseTracklistRef } from "./tracklist-ref.js";
import { suggestName } from "./suggest.js";
import type { YMap, YNode, YPair } from "./tree.js";
import { describeNode } from "./tree.js";
import { CLOUDCAST_KEYS } from "./types.js";
import type { Cloudcast, CloudcastKey } from "./types.js";
import type { At, Checker } from "./values.js";

/** Names other tools (and the Mixcloud API) use for the format's keys. */
const KEY_ALIASES: Record<string, CloudcastKey> = {
  name: "title",
  description: "desc",
  summary: "desc",
  about: "desc",
  tag: "tags",
  genre: "tags",
  genres: "tags",
  tracklisting: "tracks",
  track_list: "tracks",
  sections: "tracks",
  setlist: "tracks",
  playlist: "tracks",
  cue: "tracklist",
  cue_file: "tracklist",
  cuesheet: "tracklist",
  tracklist_file: "tracklist",
  history: "tracklist",
  exclude: "tracklist_exclude",
  tracklist_excludes: "tracklist_exclude",
  tracklist_ignore: "tracklist_exclude",
  ignore: "tracklist_exclude",
  mp3: "audio",
  file: "audio",
  audio_file: "audio",
  media: "audio",
  image: "picture",
  cover: "picture",
  artwork: "picture",
  cover_art: "picture",
  thumbnail: "picture",
  private: "unlisted",
  hidden: "unlisted",
  date: "publish_date",
  publish: "publish_date",
  publish_at: "publish_date",
  published: "publish_date",
  release_date: "publish_date",
  host: "hosts",
  hosted_by: "hosts",
  comments: "disable_comments",
  hide_plays: "hide_stats",
  url: "key",
  slug: "key",
};

const USERNAME = /^[A-Za-z0-9_-]{1,64}$/;
const UPLOAD_KEY = /^\/[A-Za-z0-9_-]{1,64}\/[^/\s?#]+\/$/;

export interface Checked {
  cloudcast?: Cloudcast;
  /** The title when it is valid though something else is not (for reports). */
  title?: string;
  /** Where each top-level key's value is (or the key, when it has none). */
  spans: Partial<Record<CloudcastKey, At>>;
  /** Where each of `cloudcast.sections` was written (its `tracks:` item), index for index. */
  sectionSpans?: At[];
  /** Where each `tracklist_exclude` pattern is written, index for index. */
  excludeSpans?: At[];
}

/** Applies the rules of the format (SPEC §2) to a document's tree, reporting every problem to `checker`. */
export function checkCloudcast(root: YNode, checker: Checker): Checked {
  if (root.kind !== "map") {
    checker.report(
      root,
      "top-level-mapping",
      `a cloudcast file must be a mapping of keys such as title: and tracks:, but this document is ${describeNode(root)}`,
    );
    return { spans: {} };
  }
  const pairs = topLevelPairs(root, checker);
  const spans: Checked["spans"] = {};
  for (const [key, pair] of Object.entries(pairs) as Array<[CloudcastKey, YPair]>) {
    spans[key] = pair.value ?? pair.key;
  }
  const before = checker.problems.length;
  const sectionSpans: At[] = [];
  const cloudcast = readCloudcast(root, pairs, checker, sectionSpans);
  checkTracklistKeys(pairs, checker);
  const excludeSpans = excludeItems(pairs);
  if (checker.problems.length === before && cloudcast)
    return { cloudcast, spans, sectionSpans, excludeSpans };
  return cloudcast ? { spans, title: cloudcast.title } : { spans };
}

type Pairs = Partial<Record<CloudcastKey, YPair>>;

function topLevelPairs(map: YMap, checker: Checker): Pairs {
  const pairs: Pairs = {};
  for (const pair of map.items) {
    const name = pair.key.text;
    if ((CLOUDCAST_KEYS as readonly string[]).includes(name)) {
      pairs[name as CloudcastKey] = pair;
      continue;
    }
    const guess = suggestName(name, CLOUDCAST_KEYS, KEY_ALIASES);
    const hint = guess
      ? `: did you mean "${guess}"?`
      : `; the keys are ${CLOUDCAST_KEYS.join(", ")}`;
    const merge = name === "<<" ? "; YAML merge keys are not supported" : "";
    checker.report(pair.key, "unknown-key", `unknown key "${name}"${merge}${hint}`);
  }
  return pairs;
}

/** Reads every key (so every problem is reported), then assembles the cloudcast if all were good. */
function readCloudcast(
  root: YMap,
  pairs: Pairs,
  checker: Checker,
  sectionSpans: At[],
): Cloudcast | undefined {
  const value = <T>(key: CloudcastKey, read: (node: YNode) => T | undefined): T | undefined => {
    const pair = pairs[key];
    if (!pair) return undefined;
    if (pair.value) return read(pair.value);
    if (key === "title") {
      checker.report(
        pair.key,
        "title-required",
        "title has no value: write the name shown on Mixcloud",
      );
    } else {
      checker.report(pair.key, "empty-value", `${key} has no value: write one or remove the line`);
    }
    return undefined;
  };
  const title = value("title", (n) => checker.nonEmptyString(n, "title", "title-required"));
  if (!pairs.title) {
    checker.report(
      root.items[0]?.key ?? root,
      "title-required",
      "a cloudcast needs a title: add title: … (the name shown on Mixcloud)",
    );
  }
  const cloudcast: Cloudcast = {
    title: title ?? "",
    description: value("desc", (n) => readDescription(n, checker)),
    tags: value("tags", (n) => readTags(n, checker)) ?? [],
    sections: value("tracks", (n) => readTracks(n, checker, sectionSpans)) ?? [],
    tracklist: value("tracklist", (n) => readTracklist(n, checker)),
    tracklistExclude: value("tracklist_exclude", (n) =>
      readExclude(n, checker, pairs.tracklist_exclude?.key ?? n),
    ),
    audio: value("audio", (n) => readMedia("audio", n, checker)),
    picture: value("picture", (n) => readMedia("picture", n, checker)),
    unlisted: value("unlisted", (n) => checker.boolean(n, "unlisted")),
    publishDate: value("publish_date", (n) => readPublishDate(n, checker)),
    disableComments: value("disable_comments", (n) => checker.boolean(n, "disable_comments")),
    hideStats: value("hide_stats", (n) => checker.boolean(n, "hide_stats")),
    hosts: value("hosts", (n) => readHosts(n, checker)) ?? [],
    key: value("key", (n) => readUploadKey(n, checker)),
  };
  return title === undefined ? undefined : withoutUndefined(cloudcast);
}

/** Optional keys absent from the file are left out of the object rather than set to undefined. */
function withoutUndefined(c: Cloudcast): Cloudcast {
  return Object.fromEntries(
    Object.entries(c).filter(([, v]) => v !== undefined),
  ) as unknown as Cloudcast;
}

function readDescription(node: YNode, checker: Checker): string | undefined {
  const text = checker.string(node, "desc")?.trim();
  if (text === undefined) return undefined;
  const length = [...text].length;
  if (length > Limits.descriptionChars) {
    checker.report(
      node,
      "desc-too-long",
      `desc is ${length} characters long; Mixcloud takes at most ${Limits.descriptionChars}: shorten it by ${length - Limits.descriptionChars}`,
    );
    return undefined;
  }
  return text;
}

function readTags(node: YNode, checker: Checker): string[] | undefined {
  const items = checker.list(node, "tags", "House");
  if (!items) return undefined;
  const tags: string[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, index) => {
    if (index === Limits.tags) reportOverLimit(checker, item, items.length, Limits.tags, "tags");
    const tag = checker.string(item, "a tag", "item")?.trim();
    if (tag === undefined) return;
    if (tag === "") {
      checker.report(item, "tag-empty", "this tag is empty: write the tag or remove the line");
      return;
    }
    const first = seen.get(tag.toLowerCase());
    if (first !== undefined) {
      checker.report(
        item,
        "tag-duplicate",
        `tag "${tag}" repeats "${first}" (tags ignore case): remove one`,
      );
      return;
    }
    seen.set(tag.toLowerCase(), tag);
    tags.push(tag);
  });
  return tags;
}

function readTracks(node: YNode, checker: Checker, sectionSpans: At[]) {
  const items = checker.list(node, "tracks", "start: 0");
  return items && checkSections(items, checker, sectionSpans);
}

function readTracklist(node: YNode, checker: Checker): string | undefined {
  const text = checker.nonEmptyString(node, "tracklist");
  if (text === undefined) return undefined;
  const result = parseTracklistRef(text);
  if ("rule" in result) {
    checker.report(node, result.rule, result.message);
    return undefined;
  }
  return result.path;
}

function readExclude(node: YNode, checker: Checker, key: At): string[] | undefined {
  const items = checker.list(node, "tracklist_exclude", `"*jingle*"`);
  if (!items) return undefined;
  if (items.length > MAX_EXCLUDE_PATTERNS) {
    // Reported once, at the key, and the patterns left unread: a hostile list may hold 85,000.
    checker.report(
      key,
      "too-many-exclude-patterns",
      `tracklist_exclude has ${items.length.toLocaleString("en")} patterns; a list takes at most ${MAX_EXCLUDE_PATTERNS} (each is matched against every entry): merge patterns, e.g. "*jingle*" for every jingle`,
    );
    return undefined;
  }
  const patterns = items.map((item) =>
    checker.nonEmptyString(item, "a tracklist_exclude pattern", "empty-value", "item"),
  );
  return patterns.every((p) => p !== undefined) ? patterns : undefined;
}

/** The list items of `tracklist_exclude`, for warnings about a pattern that matches nothing. */
function excludeItems(pairs: Pairs): At[] {
  const value = pairs.tracklist_exclude?.value;
  return value?.kind === "seq" ? value.items : [];
}

/**
 * A tracklist comes from one place: `tracks:` in the file, or a DJ program's export. Both at
 * once would leave it to chance which one Mixcloud gets.
 */
function checkTracklistKeys(pairs: Pairs, checker: Checker): void {
  if (!pairs.tracks) return;
  if (pairs.tracklist) {
    checker.report(
      pairs.tracklist.key,
      "tracks-and-tracklist",
      "tracks and tracklist both give the tracklist: keep tracklist: to read the DJ software's export, or tracks: to list the sections here, not both",
    );
  }
  if (pairs.tracklist_exclude) {
    checker.report(
      pairs.tracklist_exclude.key,
      "tracks-and-tracklist",
      "tracklist_exclude leaves out entries of a tracklist file, but this file lists its sections under tracks: remove the unwanted sections from tracks: instead",
    );
  }
}

function readMedia(field: "audio" | "picture", node: YNode, checker: Checker) {
  const text = checker.nonEmptyString(node, field);
  if (text === undefined) return undefined;
  const result = parseMediaRef(field, text);
  if ("rule" in result) {
    checker.report(node, result.rule, result.message);
    return undefined;
  }
  return result.ref;
}

function readPublishDate(node: YNode, checker: Checker): string | undefined {
  // An explicit `!!timestamp` arrives as a Date; its written form still tells whether a zone was given.
  const text =
    node.kind === "scalar" && node.value instanceof Date
      ? checker.source(node).replace(/^(["'])(.*)\1$/, "$2")
      : checker.string(node, "publish_date");
  if (text === undefined) return undefined;
  const result = parsePublishDate(text);
  if ("rule" in result) {
    checker.report(node, result.rule, result.message);
    return undefined;
  }
  return result.utc;
}

/** On the first item past Mixcloud's limit of a list: how many there are, and what to do. */
function reportOverLimit(
  checker: Checker,
  firstExtra: YNode,
  count: number,
  limit: number,
  what: "tags" | "hosts",
): void {
  const after = count > limit + 1 ? " and those after it" : "";
  checker.report(
    firstExtra,
    `too-many-${what}`,
    `${count} ${what}, but Mixcloud takes at most ${limit}: remove this one${after}`,
  );
}

function readHosts(node: YNode, checker: Checker): string[] | undefined {
  const items = checker.list(node, "hosts", "username");
  if (!items) return undefined;
  const hosts: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (index === Limits.hosts) reportOverLimit(checker, item, items.length, Limits.hosts, "hosts");
    const host = checker.nonEmptyString(item, "a host", "empty-value", "item");
    if (host === undefined) return;
    if (!USERNAME.test(host)) {
      checker.report(
        item,
        "host-username",
        `host "${host}" is not a Mixcloud username: ${usernameHint(host)}`,
      );
      return;
    }
    if (seen.has(host.toLowerCase())) {
      checker.report(item, "host-duplicate", `host "${host}" is listed twice: remove one`);
      return;
    }
    seen.add(host.toLowerCase());
    hosts.push(host);
  });
  return hosts;
}

function usernameHint(host: string): string {
  const fromUrl = /mixcloud\.com\/([A-Za-z0-9_-]+)/.exec(host)?.[1];
  if (fromUrl) return `write the username alone: ${fromUrl}`;
  if (host.startsWith("@")) return `write it without the @: ${host.slice(1)}`;
  return "write the name as it appears in the profile's address, mixcloud.com/<username>/ (letters, digits, - and _)";
}

function readUploadKey(node: YNode, checker: Checker): string | undefined {
  const key = checker.nonEmptyString(node, "key");
  if (key === undefined) return undefined;
  if (UPLOAD_KEY.test(key)) return key;
  const path = /^https?:\/\/(?:www\.)?mixcloud\.com(\/.*)$/.exec(key)?.[1];
  const hint = path
    ? `write only the path: ${path.endsWith("/") ? path : `${path}/`}`
    : UPLOAD_KEY.test(`${key.startsWith("/") ? "" : "/"}${key}${key.endsWith("/") ? "" : "/"}`)
      ? `write it with slashes at both ends: ${key.startsWith("/") ? "" : "/"}${key}${key.endsWith("/") ? "" : "/"}`
      : "it is the /user/slug/ path of the upload's address, e.g. /dj-name/my-mix/";
  checker.report(node, "key-format", `key "${key}" is not the /user/slug/ of an upload: ${hint}`);
  return undefined;
}
