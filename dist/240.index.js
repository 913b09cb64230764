export const id = 240;
export const ids = [240,83];
export const modules = {

/***/ 1240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseCloudcast: () => (/* binding */ parseCloudcast)
});

// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/cloudcast/media-ref.ts

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1F\x7F]/;
/**
 * Where `audio` or `picture` comes from: a path relative to the repository root that stays
 * inside it, or an http(s):// URL. Whether a URL may be fetched — plain http://, a private
 * address — is not the format's to say: the URL policy of the run decides (the action refuses
 * both unless `allow-private-urls: true`; the CLI allows them), on the URL's text and on every
 * address it connects to.
 */
function parseMediaRef(field, value) {
    const fail = (rule, why) => ({
        rule,
        message: `${field} ${why}`,
    });
    if (CONTROL.test(value))
        return fail("media-path", "contains a control character: write a plain path or URL");
    if (WINDOWS_DRIVE.test(value)) {
        return fail("media-path", `"${value}" is an absolute path: write it relative to the repository root, with /`);
    }
    const scheme = SCHEME.exec(value)?.[1];
    if (scheme !== undefined)
        return parseUrl(value, scheme.toLowerCase(), fail);
    return parsePath(value, fail);
}
function parseUrl(value, scheme, fail) {
    if (scheme !== "https" && scheme !== "http") {
        return fail("media-url", `"${value}": only https:// URLs or paths in the repository are supported, not ${scheme}:`);
    }
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return fail("media-url", `"${value}" is not a valid URL`);
    }
    if (url.hostname === "")
        return fail("media-url", `"${value}" has no host name`);
    if (url.username !== "" || url.password !== "") {
        return fail("media-url", "has a user name or password in the URL, which would show in logs: host it without, or commit the file");
    }
    return { ref: { kind: "url", url: url.href } };
}
function parsePath(value, fail) {
    if (value.includes("\\")) {
        return fail("media-path", `"${value}" contains a backslash: separate folders with / (paths are the same on every system)`);
    }
    if (value.startsWith("/")) {
        return fail("media-path", `"${value}" is an absolute path: write it relative to the repository root, e.g. audio/show.mp3`);
    }
    if (value.startsWith("~")) {
        return fail("media-path", `"${value}": ~ is not expanded; write the path relative to the repository root`);
    }
    const normalised = external_node_path_.posix.normalize(value).replace(/^(?:\.\/)+/, "");
    if (normalised === ".." || normalised.startsWith("../")) {
        return fail("media-path", `"${value}" leads out of the repository: paths are relative to the repository root and may not go above it`);
    }
    if (normalised === "." || normalised.endsWith("/")) {
        return fail("media-path", `"${value}" names a folder, not a file`);
    }
    return { ref: { kind: "path", path: normalised } };
}

;// CONCATENATED MODULE: ./src/cloudcast/publish-date.ts
/** A YAML timestamp (date, `T` or spaces, time, optional fraction, zone) with the time and zone optional so their absence can be named. */
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d*)?)?(?:[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;
const EXAMPLE = "2025-06-01T20:00:00Z";
/**
 * `publish_date` normalised to the `YYYY-MM-DDTHH:MM:SSZ` (UTC) Mixcloud takes. A time zone is
 * required: a date without one would mean a different moment on a runner than on a laptop.
 * Whether the date is in the future is checked at publish time, not here.
 */
function parsePublishDate(text) {
    const m = TIMESTAMP.exec(text.trim());
    if (!m) {
        return {
            rule: "publish-date-format",
            message: `publish_date must be a date, time and time zone such as ${EXAMPLE}, not "${text}"`,
        };
    }
    const [, year = "", month = "", day = "", hour, minute = "0", second = "0", zone] = m;
    if (hour === undefined) {
        return {
            rule: "publish-date-time",
            message: `publish_date ${text} has no time: add a time and a time zone, e.g. ${year}-${month}-${day}T20:00:00Z`,
        };
    }
    if (zone === undefined) {
        return {
            rule: "publish-date-zone",
            message: `publish_date ${text} has no time zone: add Z for UTC or an offset such as +02:00`,
        };
    }
    const fields = [
        Number(year),
        Number(month),
        Number(day),
        Number(hour),
        Number(minute),
        Number(second),
    ];
    const outOfRange = checkRanges(...fields);
    if (outOfRange)
        return { rule: "publish-date-format", message: `publish_date ${text}: ${outOfRange}` };
    const offset = zoneMinutes(zone);
    if (offset === undefined) {
        return {
            rule: "publish-date-format",
            message: `publish_date ${text}: the time zone offset ${zone} does not exist`,
        };
    }
    return { utc: toUtc(fields, offset) };
}
function checkRanges(y, mo, d, h, mi, s) {
    if (mo < 1 || mo > 12)
        return `month ${mo} does not exist`;
    const daysInMonth = new Date(Date.UTC(2000, mo, 0)).getUTCDate() - (mo === 2 && !isLeap(y) ? 1 : 0);
    if (d < 1 || d > daysInMonth)
        return `day ${d} does not exist in that month`;
    if (h > 23)
        return `hour ${h} does not exist (00–23)`;
    if (mi > 59)
        return `minute ${mi} does not exist (00–59)`;
    if (s > 59)
        return `second ${s} does not exist (00–59)`;
    return undefined;
}
function isLeap(y) {
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
/** Minutes east of UTC, or undefined for an offset no clock uses. */
function zoneMinutes(zone) {
    if (zone === "Z" || zone === "z")
        return 0;
    const digits = zone.slice(1).replace(":", "");
    const hours = Number(digits.length <= 2 ? digits : digits.slice(0, -2));
    const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
    if (hours > 14 || minutes > 59)
        return undefined;
    return (zone[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
}
function toUtc(f, offsetMinutes) {
    const date = new Date(0);
    date.setUTCFullYear(f[0], f[1] - 1, f[2]);
    date.setUTCHours(f[3], f[4] - offsetMinutes, f[5], 0);
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(2969);
;// CONCATENATED MODULE: ./src/cloudcast/suggest.ts

/**
 * The known name a mistyped or borrowed key most likely meant, if any: first the names other
 * tools use for the same thing (`description` → `desc`), then the closest spelling.
 */
function suggestName(unknown, known, aliases) {
    const lower = unknown.toLowerCase().replaceAll(/[\s-]+/g, "_");
    const alias = Object.hasOwn(aliases, lower) ? aliases[lower] : undefined;
    if (alias !== undefined)
        return alias;
    const budget = Math.min(2, Math.max(1, Math.floor(lower.length / 3)));
    let best;
    let bestDistance = budget + 1;
    for (const name of known) {
        // Each edit changes the length by at most one: most names are out of reach at a glance.
        if (Math.abs(name.length - lower.length) >= bestDistance)
            continue;
        const distance = (0,suggest/* editDistance */.Y)(lower, name);
        if (distance < bestDistance) {
            best = name;
            bestDistance = distance;
        }
    }
    return best;
}

// EXTERNAL MODULE: ./src/cloudcast/section-rules.ts
var section_rules = __webpack_require__(2083);
// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __webpack_require__(6134);
;// CONCATENATED MODULE: ./src/cloudcast/tree.ts
/** How a value reads to a person, for "must be text, but … is a list" messages. */
function describeNode(node) {
    if (node.kind === "map")
        return "a mapping (key: value pairs)";
    if (node.kind === "seq")
        return "a list";
    const v = node.value;
    if (v === null)
        return "empty (null)";
    if (v instanceof Date)
        return "a timestamp";
    if (typeof v === "number")
        return "a number";
    if (typeof v === "boolean")
        return `the boolean ${String(v)}`;
    return "text";
}

;// CONCATENATED MODULE: ./src/cloudcast/sections.ts




const SECTION_KEYS = ["start", "artist", "track", "album", "chapter"];
/** Names other tools and people use for a section's keys. */
const SECTION_ALIASES = {
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
function checkSections(items, checker, spans = []) {
    const drafts = items.map((item) => {
        const read = readSection(item, checker);
        return { section: read?.section, start: read?.start, at: item };
    });
    const report = (at, rule, message) => checker.report(at, rule, message);
    return (0,section_rules/* orderSections */.LE)(drafts, report).map((placed) => {
        spans.push(placed.at);
        return placed.section;
    });
}
function readSection(item, checker) {
    if (item.kind !== "map") {
        checker.report(item, "expected-mapping", `each entry of tracks must be a mapping (start: 1:25, then artist: … and track: …, or chapter: …), not ${describeNode(item)}`);
        return undefined;
    }
    const pairs = sectionPairs(item, checker);
    const start = readStart(item, pairs.start, checker);
    const kind = readKind(item, pairs, checker);
    if (!kind || !start)
        return { start };
    // Spelled out rather than spread: every section of every file has one shape, which keeps
    // validating a thousand files fast.
    const at = start.seconds;
    const section = kind.kind === "chapter"
        ? { kind: "chapter", start: at, chapter: kind.chapter }
        : kind.album === undefined
            ? { kind: "track", start: at, artist: kind.artist, song: kind.song }
            : { kind: "track", start: at, artist: kind.artist, song: kind.song, album: kind.album };
    return { section, start };
}
function sectionPairs(map, checker) {
    const pairs = {};
    for (const pair of map.items) {
        const name = pair.key.text;
        if (SECTION_KEYS.includes(name)) {
            pairs[name] = pair;
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
function readStart(map, pair, checker) {
    if (!pair) {
        checker.report(firstKey(map), "start-required", "this section has no start: add start: m:ss (or whole seconds)");
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
        checker.report(node, "start-format", `start is ${what}: write m:ss (e.g. 1:25) or whole seconds (e.g. 85)`);
        return undefined;
    }
    const parsed = (0,start_time/* parseStartTime */.L)(value);
    if ("rule" in parsed) {
        checker.report(node, parsed.rule, parsed.message);
        return undefined;
    }
    return { seconds: parsed.seconds, at: node };
}
function readKind(map, pairs, checker) {
    const { artist, track, chapter, album } = pairs;
    if (chapter && album) {
        checker.report(album.key, "section-mixed", "album belongs to a track (artist + track), not to a chapter: move it to the track or remove it");
        return undefined;
    }
    if (chapter && (artist || track)) {
        checker.report(chapter.key, "section-mixed", "a section is a track (artist + track) or a chapter, not both: move the chapter to a section of its own");
        return undefined;
    }
    if (chapter) {
        const text = field(chapter, "chapter", checker);
        return text === undefined ? undefined : { kind: "chapter", chapter: text };
    }
    if (!artist && !track) {
        checker.report(firstKey(map), "section-kind", "this section needs artist and track (a track), or chapter (a chapter)");
        return undefined;
    }
    if (!artist || !track) {
        const [has, lacks] = artist ? ["an artist", "track"] : ["a track", "artist"];
        const present = (artist ?? track);
        checker.report(present.key, "section-incomplete", `this section has ${has} but no ${lacks}: add ${lacks}: …`);
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
function field(pair, name, checker) {
    if (!pair.value) {
        checker.report(pair.key, "empty-value", `${name} has no value: write it or remove the line`);
        return undefined;
    }
    return checker.nonEmptyString(pair.value, name);
}
function firstKey(map) {
    return map.items[0]?.key ?? map;
}

;// CONCATENATED MODULE: ./src/cloudcast/tracklist-ref.ts

const tracklist_ref_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const tracklist_ref_WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
// eslint-disable-next-line no-control-regex
const tracklist_ref_CONTROL = /[\x00-\x1F\x7F]/;
/**
 * `tracklist:`, a path relative to the cloudcast file's folder (`show.cue`, `../exports/x.nml`).
 * Unlike `audio`, it is never a URL: a tracklist is read at every check, so it lives in the
 * repository. Whether it stays inside the repository is decided on the disk, by the tracklist
 * stage (`..` is fine as long as it does).
 */
function parseTracklistRef(value) {
    const fail = (message) => ({
        rule: "tracklist-path",
        message: `tracklist ${message}`,
    });
    if (tracklist_ref_CONTROL.test(value))
        return fail("contains a control character: write a plain path");
    if (tracklist_ref_WINDOWS_DRIVE.test(value) || value.startsWith("/")) {
        return fail(`"${value}" is an absolute path: write it relative to this cloudcast file's folder, e.g. show.cue`);
    }
    if (tracklist_ref_SCHEME.test(value)) {
        return fail(`"${value}" is not a file in the repository: commit the DJ software's export beside this file and name it here`);
    }
    if (value.includes("\\")) {
        return fail(`"${value}" contains a backslash: separate folders with /`);
    }
    if (value.startsWith("~")) {
        return fail(`"${value}": ~ is not expanded; write the path relative to this file's folder`);
    }
    const normalised = external_node_path_.posix.normalize(value).replace(/^(?:\.\/)+/, "");
    if (normalised === "." || normalised === ".." || normalised.endsWith("/")) {
        return fail(`"${value}" names a folder, not a file`);
    }
    return { path: normalised };
}

;// CONCATENATED MODULE: ./src/cloudcast/types.ts
/** The top-level keys of the file format (SPEC §2), in the order the reference lists them. */
const CLOUDCAST_KEYS = [
    "title",
    "desc",
    "tags",
    "tracks",
    "tracklist",
    "tracklist_exclude",
    "audio",
    "picture",
    "unlisted",
    "publish_date",
    "disable_comments",
    "hide_stats",
    "hosts",
    "key",
];

;// CONCATENATED MODULE: ./src/cloudcast/check.ts








/** Names other tools (and the Mixcloud API) use for the format's keys. */
const KEY_ALIASES = {
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
/** Applies the rules of the format (SPEC §2) to a document's tree, reporting every problem to `checker`. */
function checkCloudcast(root, checker) {
    if (root.kind !== "map") {
        checker.report(root, "top-level-mapping", `a cloudcast file must be a mapping of keys such as title: and tracks:, but this document is ${describeNode(root)}`);
        return { spans: {} };
    }
    const pairs = topLevelPairs(root, checker);
    const spans = {};
    for (const [key, pair] of Object.entries(pairs)) {
        spans[key] = pair.value ?? pair.key;
    }
    const before = checker.problems.length;
    const sectionSpans = [];
    const cloudcast = readCloudcast(root, pairs, checker, sectionSpans);
    checkTracklistKeys(pairs, checker);
    const excludeSpans = excludeItems(pairs);
    if (checker.problems.length === before && cloudcast)
        return { cloudcast, spans, sectionSpans, excludeSpans };
    return cloudcast ? { spans, title: cloudcast.title } : { spans };
}
function topLevelPairs(map, checker) {
    const pairs = {};
    for (const pair of map.items) {
        const name = pair.key.text;
        if (CLOUDCAST_KEYS.includes(name)) {
            pairs[name] = pair;
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
function readCloudcast(root, pairs, checker, sectionSpans) {
    const value = (key, read) => {
        const pair = pairs[key];
        if (!pair)
            return undefined;
        if (pair.value)
            return read(pair.value);
        if (key === "title") {
            checker.report(pair.key, "title-required", "title has no value: write the name shown on Mixcloud");
        }
        else {
            checker.report(pair.key, "empty-value", `${key} has no value: write one or remove the line`);
        }
        return undefined;
    };
    const title = value("title", (n) => checker.nonEmptyString(n, "title", "title-required"));
    if (!pairs.title) {
        checker.report(root.items[0]?.key ?? root, "title-required", "a cloudcast needs a title: add title: … (the name shown on Mixcloud)");
    }
    const cloudcast = {
        title: title ?? "",
        description: value("desc", (n) => readDescription(n, checker)),
        tags: value("tags", (n) => readTags(n, checker)) ?? [],
        sections: value("tracks", (n) => readTracks(n, checker, sectionSpans)) ?? [],
        tracklist: value("tracklist", (n) => readTracklist(n, checker)),
        tracklistExclude: value("tracklist_exclude", (n) => readExclude(n, checker, pairs.tracklist_exclude?.key ?? n)),
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
function withoutUndefined(c) {
    return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
}
function readDescription(node, checker) {
    const text = checker.string(node, "desc")?.trim();
    if (text === undefined)
        return undefined;
    const length = [...text].length;
    if (length > constants/* Limits */.xu.descriptionChars) {
        checker.report(node, "desc-too-long", `desc is ${length} characters long; Mixcloud takes at most ${constants/* Limits */.xu.descriptionChars}: shorten it by ${length - constants/* Limits */.xu.descriptionChars}`);
        return undefined;
    }
    return text;
}
function readTags(node, checker) {
    const items = checker.list(node, "tags", "House");
    if (!items)
        return undefined;
    const tags = [];
    const seen = new Map();
    items.forEach((item, index) => {
        if (index === constants/* Limits */.xu.tags)
            reportOverLimit(checker, item, items.length, constants/* Limits */.xu.tags, "tags");
        const tag = checker.string(item, "a tag", "item")?.trim();
        if (tag === undefined)
            return;
        if (tag === "") {
            checker.report(item, "tag-empty", "this tag is empty: write the tag or remove the line");
            return;
        }
        const first = seen.get(tag.toLowerCase());
        if (first !== undefined) {
            checker.report(item, "tag-duplicate", `tag "${tag}" repeats "${first}" (tags ignore case): remove one`);
            return;
        }
        seen.set(tag.toLowerCase(), tag);
        tags.push(tag);
    });
    return tags;
}
function readTracks(node, checker, sectionSpans) {
    const items = checker.list(node, "tracks", "start: 0");
    return items && checkSections(items, checker, sectionSpans);
}
function readTracklist(node, checker) {
    const text = checker.nonEmptyString(node, "tracklist");
    if (text === undefined)
        return undefined;
    const result = parseTracklistRef(text);
    if ("rule" in result) {
        checker.report(node, result.rule, result.message);
        return undefined;
    }
    return result.path;
}
function readExclude(node, checker, key) {
    const items = checker.list(node, "tracklist_exclude", `"*jingle*"`);
    if (!items)
        return undefined;
    if (items.length > constants/* MAX_EXCLUDE_PATTERNS */.C$) {
        // Reported once, at the key, and the patterns left unread: a hostile list may hold 85,000.
        checker.report(key, "too-many-exclude-patterns", `tracklist_exclude has ${items.length.toLocaleString("en")} patterns; a list takes at most ${constants/* MAX_EXCLUDE_PATTERNS */.C$} (each is matched against every entry): merge patterns, e.g. "*jingle*" for every jingle`);
        return undefined;
    }
    const patterns = items.map((item) => checker.nonEmptyString(item, "a tracklist_exclude pattern", "empty-value", "item"));
    return patterns.every((p) => p !== undefined) ? patterns : undefined;
}
/** The list items of `tracklist_exclude`, for warnings about a pattern that matches nothing. */
function excludeItems(pairs) {
    const value = pairs.tracklist_exclude?.value;
    return value?.kind === "seq" ? value.items : [];
}
/**
 * A tracklist comes from one place: `tracks:` in the file, or a DJ program's export. Both at
 * once would leave it to chance which one Mixcloud gets.
 */
function checkTracklistKeys(pairs, checker) {
    if (!pairs.tracks)
        return;
    if (pairs.tracklist) {
        checker.report(pairs.tracklist.key, "tracks-and-tracklist", "tracks and tracklist both give the tracklist: keep tracklist: to read the DJ software's export, or tracks: to list the sections here, not both");
    }
    if (pairs.tracklist_exclude) {
        checker.report(pairs.tracklist_exclude.key, "tracks-and-tracklist", "tracklist_exclude leaves out entries of a tracklist file, but this file lists its sections under tracks: remove the unwanted sections from tracks: instead");
    }
}
function readMedia(field, node, checker) {
    const text = checker.nonEmptyString(node, field);
    if (text === undefined)
        return undefined;
    const result = parseMediaRef(field, text);
    if ("rule" in result) {
        checker.report(node, result.rule, result.message);
        return undefined;
    }
    return result.ref;
}
function readPublishDate(node, checker) {
    // An explicit `!!timestamp` arrives as a Date; its written form still tells whether a zone was given.
    const text = node.kind === "scalar" && node.value instanceof Date
        ? checker.source(node).replace(/^(["'])(.*)\1$/, "$2")
        : checker.string(node, "publish_date");
    if (text === undefined)
        return undefined;
    const result = parsePublishDate(text);
    if ("rule" in result) {
        checker.report(node, result.rule, result.message);
        return undefined;
    }
    return result.utc;
}
/** On the first item past Mixcloud's limit of a list: how many there are, and what to do. */
function reportOverLimit(checker, firstExtra, count, limit, what) {
    const after = count > limit + 1 ? " and those after it" : "";
    checker.report(firstExtra, `too-many-${what}`, `${count} ${what}, but Mixcloud takes at most ${limit}: remove this one${after}`);
}
function readHosts(node, checker) {
    const items = checker.list(node, "hosts", "username");
    if (!items)
        return undefined;
    const hosts = [];
    const seen = new Set();
    items.forEach((item, index) => {
        if (index === constants/* Limits */.xu.hosts)
            reportOverLimit(checker, item, items.length, constants/* Limits */.xu.hosts, "hosts");
        const host = checker.nonEmptyString(item, "a host", "empty-value", "item");
        if (host === undefined)
            return;
        if (!USERNAME.test(host)) {
            checker.report(item, "host-username", `host "${host}" is not a Mixcloud username: ${usernameHint(host)}`);
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
function usernameHint(host) {
    const fromUrl = /mixcloud\.com\/([A-Za-z0-9_-]+)/.exec(host)?.[1];
    if (fromUrl)
        return `write the username alone: ${fromUrl}`;
    if (host.startsWith("@"))
        return `write it without the @: ${host.slice(1)}`;
    return "write the name as it appears in the profile's address, mixcloud.com/<username>/ (letters, digits, - and _)";
}
function readUploadKey(node, checker) {
    const key = checker.nonEmptyString(node, "key");
    if (key === undefined)
        return undefined;
    if (UPLOAD_KEY.test(key))
        return key;
    const path = /^https?:\/\/(?:www\.)?mixcloud\.com(\/.*)$/.exec(key)?.[1];
    const hint = path
        ? `write only the path: ${path.endsWith("/") ? path : `${path}/`}`
        : UPLOAD_KEY.test(`${key.startsWith("/") ? "" : "/"}${key}${key.endsWith("/") ? "" : "/"}`)
            ? `write it with slashes at both ends: ${key.startsWith("/") ? "" : "/"}${key}${key.endsWith("/") ? "" : "/"}`
            : "it is the /user/slug/ path of the upload's address, e.g. /dj-name/my-mix/";
    checker.report(node, "key-format", `key "${key}" is not the /user/slug/ of an upload: ${hint}`);
    return undefined;
}

// EXTERNAL MODULE: ./src/cloudcast/source.ts
var cloudcast_source = __webpack_require__(4105);
;// CONCATENATED MODULE: ./src/cloudcast/values.ts


/** Collects the problems of one file while its values are read; the text is kept for quoting values back. */
class Checker {
    text;
    problems = [];
    constructor(text) {
        this.text = text;
    }
    report(at, rule, message) {
        this.problems.push({ start: at.start, end: at.end, rule, message });
    }
    /** The value as it is written in the file. */
    source(at) {
        return this.text.slice(at.start, at.end);
    }
    /**
     * Text, or undefined after reporting why not. YAML reads `title: 1999` as a number and
     * `title: true` as a boolean; they are reported with the quoted form to write instead
     * (`title: "1999"`, or `- "1999"` for an `item` of a list).
     */
    string(node, field, form = "key") {
        if (node.kind === "scalar" && typeof node.value === "string")
            return node.value;
        if (node.kind === "scalar" && node.value === null) {
            this.report(node, "empty-value", `${field} is empty (null): write a value or remove the line`);
            return undefined;
        }
        if (node.kind === "scalar") {
            const written = this.source(node);
            const quoted = JSON.stringify(written);
            this.report(node, "expected-string", `${field} must be text, but YAML reads ${written} as ${describeNode(node)}: put it in quotes, ${form === "key" ? `${field}:` : "-"} ${quoted}`);
            return undefined;
        }
        this.report(node, "expected-string", `${field} must be text, not ${describeNode(node)}`);
        return undefined;
    }
    /** Text that is not empty once trimmed, trimmed. */
    nonEmptyString(node, field, rule = "empty-value", form = "key") {
        const value = this.string(node, field, form)?.trim();
        if (value === "")
            this.report(node, rule, (0,section_rules/* emptyTextMessage */.Uj)(field));
        return value === "" ? undefined : value;
    }
    list(node, field, example) {
        if (node.kind === "seq")
            return node.items;
        const hint = node.kind === "scalar"
            ? `; write each item on a line of its own under ${field}:, as "- ${example}"`
            : "";
        this.report(node, "expected-list", `${field} must be a list, not ${describeNode(node)}${hint}`);
        return undefined;
    }
    boolean(node, field) {
        if (node.kind === "scalar" && typeof node.value === "boolean")
            return node.value;
        if (node.kind === "scalar" &&
            typeof node.value === "string" &&
            YAML11_BOOLEANS.test(node.value)) {
            this.report(node, "boolean-word", `${field}: ${node.value} is text in YAML 1.2, not a boolean: use true or false`);
            return undefined;
        }
        this.report(node, "expected-boolean", `${field} must be true or false, not ${describeNode(node)}`);
        return undefined;
    }
}
/** The YAML 1.1 spellings of booleans, which YAML 1.2 reads as plain text. */
const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

;// CONCATENATED MODULE: ./src/cloudcast/yaml-fast.ts
/**
 * A fast reader for the plain YAML cloudcast files are nearly always written in: block mappings
 * and lists indented with spaces, one-line lists of words (`[a, b]`), plain, single-line quoted,
 * multi-line plain and simple block scalars, comments. Anything else — other flow collections,
 * anchors, tags, escapes, odd indentation, empty values, duplicate keys, errors of any kind —
 * makes it give up (`undefined`) and the caller reads the file with the full `yaml` package.
 *
 * Why it exists: the full parser reads about 3 MB/s, which alone would spend more than a second
 * on the thousand files `validate` must check in under one. Whatever this reader accepts it must
 * read exactly as the `yaml` package does; a property test compares the two on generated files.
 */
function parseFastYaml(text) {
    if (UNUSUAL.test(text))
        return undefined;
    try {
        return new FastReader(text).document();
    }
    catch (error) {
        if (error === GIVE_UP)
            return undefined;
        throw error;
    }
}
/** Thrown (pre-allocated, so cheap) when the text is outside the subset this reader handles. */
const GIVE_UP = new Error("not simple YAML");
/** Beyond this nesting the full parser (with its depth guard) takes over. */
const MAX_DEPTH = 16;
/** Tabs, a stray BOM and the characters YAML versions disagree on as line breaks (NEL, LS, PS). */
const UNUSUAL = /[\t\uFEFF\x85\u2028\u2029]/;
/** Characters that may not start a plain scalar here (YAML indicators, and `-` to keep it simple). */
const INDICATORS = new Set("-?:,[]{}#&*!|>'\"%@`");
/** Characters that make a flow list item more than a plain word (nesting, pairs, quotes, comments). */
const FLOW_UNSAFE = /[[\]{}:#"'`]/;
const NON_TEXT_START = /^[-+.~0-9nNtTfF]|^$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/**
 * Keys the core schema reads as something other than their text: `True:` is the key `true`,
 * `Null:` the empty key (so `True:` beside `true:` is a duplicate). Only these spellings can
 * start a key here (keys start with a letter or `_`); numbers, `~` and `.inf` never reach them.
 */
const RESOLVED_KEYS = new Set(["true", "false", "null"].flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1), w.toUpperCase()]));
/** The yaml package refuses an implicit key whose `:` stands further than this from its start. */
const MAX_KEY_LENGTH = 1024;
const CORE_DECIMAL = /^[0-9]+$/;
/** Other plain scalars the core schema does not read as text: null, signed/octal/hex ints, floats. */
const CORE_OTHER = /^(?:~|[Nn]ull|NULL|[-+][0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)?$/;
class FastReader {
    text;
    starts = [];
    /** End of each line's content, before `\r\n` or `\n`. */
    ends = [];
    /** Leading spaces of each line; equal to the line's length for a blank line. */
    indents = [];
    /** The first line not yet consumed by the last node read. */
    next = 0;
    constructor(text) {
        this.text = text;
        let start = 0;
        while (start <= text.length) {
            const newline = text.indexOf("\n", start);
            const lineEnd = newline === -1 ? text.length : newline;
            const crlf = newline !== -1 && lineEnd > start && text.charCodeAt(lineEnd - 1) === 13;
            const end = crlf ? lineEnd - 1 : lineEnd;
            let indent = start;
            while (indent < end && text.charCodeAt(indent) === 32)
                indent++;
            this.starts.push(start);
            this.ends.push(end);
            this.indents.push(indent - start);
            if (newline === -1)
                break;
            start = newline + 1;
        }
        if (text.includes("\r") &&
            this.ends.some((end, i) => text.slice(this.starts[i], end).includes("\r"))) {
            throw GIVE_UP;
        }
    }
    document() {
        const first = this.nextContent(0);
        if (first === undefined)
            throw GIVE_UP;
        const root = this.block(first, this.indent(first), 0);
        if (this.nextContent(this.next) !== undefined)
            throw GIVE_UP;
        return root;
    }
    // ── lines ─────────────────────────────────────────────────────────────────────────────────
    indent(line) {
        return this.indents[line] ?? 0;
    }
    lineStart(line) {
        return this.starts[line] ?? 0;
    }
    lineEnd(line) {
        return this.ends[line] ?? 0;
    }
    isBlank(line) {
        return this.lineStart(line) + this.indent(line) === this.lineEnd(line);
    }
    isComment(line) {
        return this.text.charCodeAt(this.lineStart(line) + this.indent(line)) === 35; // '#'
    }
    /** The first line from `from` on that holds content (not blank, not a comment). */
    nextContent(from) {
        for (let line = from; line < this.starts.length; line++) {
            if (!this.isBlank(line) && !this.isComment(line))
                return line;
        }
        return undefined;
    }
    /** Whether a list item's `-` stands at `offset` (followed by a space or the end of the line). */
    isDash(offset, end) {
        if (this.text.charCodeAt(offset) !== 45)
            return false;
        return offset + 1 === end || this.text.charCodeAt(offset + 1) === 32;
    }
    /** The key at `offset` if one stands there (`word:` then a space or the end of the line). */
    keyAt(offset, end) {
        const colon = this.keyColon(offset, end);
        if (colon === -1)
            return undefined;
        const length = colon - offset;
        const text = this.text.slice(offset, colon);
        // Resolved keys are rare enough to leave to the full parser, which also words their errors.
        if (length > MAX_KEY_LENGTH || RESOLVED_KEYS.has(text))
            throw GIVE_UP;
        return { text, start: offset, end: colon };
    }
    /** The offset of the colon ending a key that starts at `offset`, or -1 (hand-rolled: this runs for every line). */
    keyColon(offset, end) {
        const t = this.text;
        const first = t.charCodeAt(offset) | 0x20; // lower-cased letter, or `_` (0x5f) stays 0x7f
        if (!((first >= 0x61 && first <= 0x7a) || first === 0x7f))
            return -1;
        let p = offset + 1;
        while (p < end) {
            const c = t.charCodeAt(p);
            const lower = c | 0x20;
            if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d)
                p++;
            else
                break;
        }
        if (t.charCodeAt(p) !== 58)
            return -1; // ':'
        if (p + 1 < end && t.charCodeAt(p + 1) !== 32)
            return -1;
        return p;
    }
    skipSpaces(offset, end) {
        let p = offset;
        while (p < end && this.text.charCodeAt(p) === 32)
            p++;
        return p;
    }
    // ── collections ───────────────────────────────────────────────────────────────────────────
    /** A mapping or list whose first line is `line`, at column `column`. */
    block(line, column, depth) {
        if (depth > MAX_DEPTH)
            throw GIVE_UP;
        const offset = this.lineStart(line) + column;
        if (this.isDash(offset, this.lineEnd(line)))
            return this.list(line, column, depth);
        if (this.keyColon(offset, this.lineEnd(line)) !== -1)
            return this.mapping(line, column, depth);
        throw GIVE_UP;
    }
    mapping(firstLine, column, depth) {
        const items = [];
        const seen = new Set();
        for (let line = firstLine; line !== undefined;) {
            const end = this.lineEnd(line);
            const key = this.keyAt(this.lineStart(line) + column, end);
            if (!key || seen.has(key.text))
                throw GIVE_UP;
            seen.add(key.text);
            const valueAt = this.skipSpaces(key.end + 1, end);
            const value = valueAt === end || this.text.charCodeAt(valueAt) === 35
                ? this.nestedValue(line, column, depth)
                : this.inline(line, valueAt, column);
            items.push({ key, value });
            line = this.continues(column, (next) => this.keyColon(this.lineStart(next) + column, this.lineEnd(next)) !== -1);
        }
        const first = items[0];
        const last = items.at(-1);
        return { kind: "map", items, start: first.key.start, end: last.value.end };
    }
    /** The value of `key:` with nothing after it: a block on the following lines, never empty here. */
    nestedValue(line, column, depth) {
        const next = this.nextContent(line + 1);
        if (next === undefined)
            throw GIVE_UP;
        const indent = this.indent(next);
        if (indent > column)
            return this.block(next, indent, depth + 1);
        // A list may stand at the same indentation as its key.
        if (indent === column && this.isDash(this.lineStart(next) + indent, this.lineEnd(next))) {
            return this.list(next, column, depth + 1);
        }
        throw GIVE_UP;
    }
    list(firstLine, column, depth) {
        const items = [];
        for (let line = firstLine; line !== undefined;) {
            const end = this.lineEnd(line);
            const dash = this.lineStart(line) + column;
            const at = this.skipSpaces(dash + 1, end);
            items.push(this.listItem(line, at, column, depth));
            line = this.continues(column, (next) => this.isDash(this.lineStart(next) + column, this.lineEnd(next)));
        }
        const last = items.at(-1);
        return { kind: "seq", items, start: this.lineStart(firstLine) + column, end: last.end };
    }
    listItem(line, at, column, depth) {
        const end = this.lineEnd(line);
        if (at === end || this.text.charCodeAt(at) === 35) {
            const next = this.nextContent(line + 1);
            if (next === undefined || this.indent(next) <= column)
                throw GIVE_UP;
            return this.block(next, this.indent(next), depth + 1);
        }
        if (this.isDash(at, end))
            throw GIVE_UP;
        if (this.keyColon(at, end) !== -1)
            return this.mapping(line, at - this.lineStart(line), depth + 1);
        return this.inline(line, at, column);
    }
    /**
     * After an entry of a collection at `column`: the line of the next entry, or undefined when
     * the collection ends (end of text, or a line indented less). Anything else is not simple.
     */
    continues(column, isEntry) {
        const next = this.nextContent(this.next);
        if (next === undefined)
            return undefined;
        const indent = this.indent(next);
        if (indent < column)
            return undefined;
        if (indent > column)
            throw GIVE_UP;
        if (isEntry(next))
            return next;
        // A list at its key's indentation ends at the key that follows it.
        if (this.keyColon(this.lineStart(next) + column, this.lineEnd(next)) !== -1)
            return undefined;
        throw GIVE_UP;
    }
    // ── scalars ───────────────────────────────────────────────────────────────────────────────
    /** A scalar starting at `offset` on `line`; continuation lines must be indented beyond `parent`. */
    inline(line, offset, parent) {
        const c = this.text[offset] ?? "";
        if (c === "[")
            return this.flowList(line, offset);
        if (c === '"')
            return this.doubleQuoted(line, offset);
        if (c === "'")
            return this.singleQuoted(line, offset);
        if (c === "|" || c === ">")
            return this.blockScalar(line, offset, parent);
        if (INDICATORS.has(c))
            throw GIVE_UP;
        return this.plain(line, offset, parent);
    }
    /** `[a, b, c]` on one line, of plain words (the common way to write tags). */
    flowList(line, offset) {
        const close = this.indexInLine("]", offset + 1, this.lineEnd(line));
        if (close === this.lineEnd(line))
            throw GIVE_UP;
        const items = [];
        if (this.skipSpaces(offset + 1, close) < close) {
            for (let from = offset + 1; from <= close;) {
                const comma = this.indexInLine(",", from, close);
                items.push(this.flowWord(from, comma));
                from = comma + 1;
            }
        }
        this.endOfLine(line, close + 1);
        return { kind: "seq", items, start: offset, end: close + 1 };
    }
    /** One item of a flow list: a plain scalar without any character that means something in flow. */
    flowWord(from, to) {
        const start = this.skipSpaces(from, to);
        let end = to;
        while (end > start && this.text.charCodeAt(end - 1) === 32)
            end--;
        const text = this.text.slice(start, end);
        if (text === "" || INDICATORS.has(text[0] ?? "") || FLOW_UNSAFE.test(text))
            throw GIVE_UP;
        return { kind: "scalar", value: resolvePlain(text), start, end };
    }
    /** Where `needle` first occurs in [from, lineEnd), or lineEnd: searches never run past the line. */
    indexInLine(needle, from, lineEnd) {
        const first = needle.charCodeAt(0);
        const second = needle.length > 1 ? needle.charCodeAt(1) : -1;
        for (let p = from; p + needle.length <= lineEnd; p++) {
            if (this.text.charCodeAt(p) !== first)
                continue;
            if (second === -1 || this.text.charCodeAt(p + 1) === second)
                return p;
        }
        return lineEnd;
    }
    doubleQuoted(line, offset) {
        const close = this.indexInLine('"', offset + 1, this.lineEnd(line));
        if (close === this.lineEnd(line))
            throw GIVE_UP;
        const value = this.text.slice(offset + 1, close);
        if (value.includes("\\"))
            throw GIVE_UP;
        this.endOfLine(line, close + 1);
        return { kind: "scalar", value, start: offset, end: close + 1 };
    }
    singleQuoted(line, offset) {
        const end = this.lineEnd(line);
        let p = offset + 1;
        for (;;) {
            const quote = this.indexInLine("'", p, end);
            if (quote === end)
                throw GIVE_UP;
            if (this.text.charCodeAt(quote + 1) !== 39) {
                const value = this.text.slice(offset + 1, quote).replaceAll("''", "'");
                this.endOfLine(line, quote + 1);
                return { kind: "scalar", value, start: offset, end: quote + 1 };
            }
            p = quote + 2;
        }
    }
    /** After a quoted scalar only spaces and a comment may follow on its line. */
    endOfLine(line, offset) {
        const end = this.lineEnd(line);
        const p = this.skipSpaces(offset, end);
        if (p < end && !(p > offset && this.text.charCodeAt(p) === 35))
            throw GIVE_UP;
        this.next = line + 1;
    }
    plain(line, offset, parent) {
        const first = this.plainLine(offset, this.lineEnd(line), false);
        const parts = [first.text];
        let end = first.end;
        let next = line + 1;
        // A comment ends a plain scalar: what follows on more indented lines is not part of it.
        for (; next < this.starts.length && !first.comment; next++) {
            if (this.isBlank(next) || this.isComment(next) || this.indent(next) <= parent)
                break;
            const part = this.plainLine(this.lineStart(next) + this.indent(next), this.lineEnd(next), true);
            parts.push(part.text);
            end = part.end;
        }
        this.checkNoIndentedComment(next, parent);
        this.next = next;
        const value = resolvePlain(parts.join(" "));
        return { kind: "scalar", value, start: offset, end };
    }
    /** One line of a plain scalar, without a trailing comment; what YAML would read otherwise is not simple. */
    plainLine(offset, lineEnd, continuation) {
        if (continuation && INDICATORS.has(this.text[offset] ?? ""))
            throw GIVE_UP;
        const hash = this.indexInLine(" #", offset, lineEnd);
        if (continuation && hash !== lineEnd)
            throw GIVE_UP;
        const cut = hash;
        let end = cut;
        while (end > offset && this.text.charCodeAt(end - 1) === 32)
            end--;
        const text = this.text.slice(offset, end);
        if (text.includes(": ") || text.endsWith(":"))
            throw GIVE_UP;
        return { text, end, comment: cut < lineEnd };
    }
    /** A comment indented into a plain scalar's territory reads differently across parsers: leave it to the full one. */
    checkNoIndentedComment(from, parent) {
        for (let line = from; line < this.starts.length; line++) {
            if (this.isBlank(line))
                continue;
            if (this.isComment(line) && this.indent(line) > parent)
                throw GIVE_UP;
            if (!this.isComment(line))
                return;
        }
    }
    /** `|` or `>` (optionally `-`), with every content line at one indentation and no trailing spaces. */
    blockScalar(line, offset, parent) {
        const folded = this.text[offset] === ">";
        let p = offset + 1;
        const strip = this.text[p] === "-";
        if (strip)
            p++;
        this.endOfLine(line, p);
        const first = line + 1;
        if (first >= this.starts.length || this.isBlank(first))
            throw GIVE_UP;
        const indent = this.indent(first);
        if (indent <= parent)
            throw GIVE_UP;
        const lines = [];
        const gaps = [];
        let blanks = 0;
        let last = first;
        for (let l = first; l < this.starts.length; l++) {
            if (this.isBlank(l)) {
                if (this.lineEnd(l) - this.lineStart(l) > indent)
                    throw GIVE_UP;
                blanks++;
                continue;
            }
            if (this.indent(l) < indent)
                break;
            if (this.indent(l) > indent || this.text.charCodeAt(this.lineEnd(l) - 1) === 32)
                throw GIVE_UP;
            gaps.push(blanks);
            lines.push(this.text.slice(this.lineStart(l) + indent, this.lineEnd(l)));
            blanks = 0;
            last = l;
        }
        this.next = last + 1;
        let value = lines[0] ?? "";
        for (let i = 1; i < lines.length; i++) {
            const gap = gaps[i] ?? 0;
            const join = folded ? (gap === 0 ? " " : "\n".repeat(gap)) : "\n".repeat(gap + 1);
            value += join + (lines[i] ?? "");
        }
        if (!strip)
            value += "\n";
        return { kind: "scalar", value, start: offset, end: this.lineEnd(last) };
    }
}
/** A plain scalar as the YAML 1.2 core schema reads it; gives up on the rarer kinds. */
function resolvePlain(text) {
    // Only these can start a non-text scalar (digits, sign, `.`, `~`, null/true/false in any case).
    if (!NON_TEXT_START.test(text))
        return text;
    if (CORE_BOOL.test(text))
        return text[0] === "t" || text[0] === "T";
    if (CORE_DECIMAL.test(text))
        return parseInt(text, 10);
    if (CORE_OTHER.test(text))
        throw GIVE_UP;
    return text;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/cloudcast/yaml-guards.ts

/**
 * Guards that keep hostile YAML from the stages of the `yaml` package that would take seconds
 * (its parser on a megabyte of `[`, its composer on thousands of documents) or recurse past
 * the stack (its composer on deep nesting).
 */
/** A cloudcast needs three levels (file → tracks → section); this leaves room without risking the stack. */
const yaml_guards_MAX_DEPTH = 64;
/** Past this many levels the lexer alone stops a file, before the parser spends seconds on it. */
const FLOOD_DEPTH = 4 * yaml_guards_MAX_DEPTH;
/**
 * One pass over the lexer's tokens. Brackets (`[[[[…`) and list or key indicators stacked on one
 * line (`- - - …`) each open a level, so their count is a lower bound of the depth; nesting
 * below FLOOD_DEPTH is measured exactly on the parser's tokens (findTooDeep).
 */
function scanTokens(text) {
    return mayNeedScan(text) ? lexerScan(text) : {};
}
const DOCUMENT_MARKER_AFTER_START = /\n(?:---|\.\.\.)(?:[ \t\r\n]|$)/;
/**
 * Whether a flood or a second document is possible at all: the lexer costs as much as the
 * parser, so ordinary files (and dense ones without brackets) skip it.
 */
function mayNeedScan(text) {
    if (DOCUMENT_MARKER_AFTER_START.test(text))
        return true;
    let brackets = 0;
    let indicators = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5b || c === 0x7b)
            brackets++; // [ {
        else if (c === 0x2d || c === 0x3f)
            indicators++; // - ?
    }
    return brackets > FLOOD_DEPTH || indicators > FLOOD_DEPTH;
}
function lexerScan(text) {
    let offset = 0;
    let flow = 0;
    let compact = 0;
    let afterScalarMarker = false;
    const doc = { started: false, hasContent: false };
    for (const token of new dist.Lexer().lex(text)) {
        // The lexer interleaves one-character control tokens that are not part of the text.
        if (token === dist.CST.DOCUMENT || token === dist.CST.FLOW_END || token === dist.CST.SCALAR) {
            if (token === dist.CST.DOCUMENT && doc.hasContent)
                return { secondDocumentAt: offset };
            afterScalarMarker = token === dist.CST.SCALAR;
            continue;
        }
        const type = afterScalarMarker ? "scalar" : dist.CST.tokenType(token);
        afterScalarMarker = false;
        if (type === "doc-start") {
            if (doc.started || doc.hasContent)
                return { secondDocumentAt: offset };
            doc.started = true;
        }
        else if (type !== "space" &&
            type !== "newline" &&
            type !== "comment" &&
            type !== "directive-line") {
            doc.hasContent = true;
        }
        if (type === "flow-seq-start" || type === "flow-map-start")
            flow++;
        else if ((type === "flow-seq-end" || type === "flow-map-end") && flow > 0)
            flow--;
        else if ((type === "seq-item-ind" || type === "explicit-key-ind") && flow === 0)
            compact++;
        else if (type === "newline")
            compact = 0;
        if (flow + compact > FLOOD_DEPTH)
            return { floodAt: offset };
        offset += token.length;
    }
    return {};
}
/** The offset of the first collection nested deeper than MAX_DEPTH, walking the token tree with an explicit stack. */
function findTooDeep(tokens) {
    const stack = tokens.map((t) => [t, 0]);
    for (let next = stack.pop(); next; next = stack.pop()) {
        const [token, depth] = next;
        if (token.type === "document") {
            if (token.value)
                stack.push([token.value, depth]);
        }
        else if (dist.CST.isCollection(token)) {
            if (depth + 1 > yaml_guards_MAX_DEPTH)
                return token.offset;
            for (const item of token.items) {
                if (item.key)
                    stack.push([item.key, depth + 1]);
                if (item.value)
                    stack.push([item.value, depth + 1]);
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cloudcast/yaml-full.ts



/** The default of the yaml package's `maxAliasCount`: far more aliases than any cloudcast needs. */
const MAX_ALIASES = 100;
/** How many nodes aliases may add when expanded, beyond which a file is an alias bomb. */
const MAX_ALIAS_EXPANSION = 10_000;
/**
 * The YAML 1.2 core schema, whatever a `%YAML 1.1` directive says, with one explicit tag more:
 * `!!timestamp` (publish_date may carry it). By default the package also resolves YAML 1.1's
 * `!!omap`, `!!pairs`, `!!set`, `!!binary` and `!!merge` into values that are not plain maps,
 * lists or scalars; a cloudcast has no use for them, so here they stay unresolved and every tag
 * but the core ones is reported where it stands (rule `yaml-tag`).
 */
const ONLY_TAGS_THE_FORMAT_USES = {
    schema: "core",
    resolveKnownTags: false,
    customTags: [explicitTimestamp()],
};
/** The package's own `!!timestamp`, taken only when written out: a plain `2030-06-01` stays text. */
function explicitTimestamp() {
    const tag = new dist.Schema({ schema: "yaml-1.1" }).tags.find((t) => t.tag === "tag:yaml.org,2002:timestamp" && !("collection" in t && t.collection));
    if (tag === undefined)
        throw new Error("the yaml package has no !!timestamp tag");
    return { ...tag, default: false };
}
/**
 * Reads any YAML with the `yaml` package and converts the first document to a tree.
 *
 * It runs the package's two stages by hand (`Parser` then `Composer`, what `parseDocument` does)
 * with guards around them (yaml-guards.ts): a hostile file is stopped before the stage that
 * would take seconds or overflow the stack on it, and only the first document is ever composed.
 */
function parseFullYaml(text) {
    const scan = scanTokens(text);
    if (scan.floodAt !== undefined)
        return { empty: false, problems: [tooDeep(scan.floodAt)] };
    const first = scan.secondDocumentAt === undefined ? text : text.slice(0, scan.secondDocumentAt);
    const tokens = Array.from(new dist.Parser().parse(first));
    const deepAt = findTooDeep(tokens);
    if (deepAt !== undefined)
        return { empty: false, problems: [tooDeep(deepAt)] };
    // Keys are checked for uniqueness while converting: the composer's own check is quadratic.
    const composer = new dist.Composer({ uniqueKeys: false, ...ONLY_TAGS_THE_FORMAT_USES });
    const [doc] = composer.compose(tokens, true, first.length);
    const second = scan.secondDocumentAt === undefined ? [] : [multipleDocuments(scan.secondDocumentAt)];
    if (!doc)
        return { empty: true, problems: second };
    // (concat, not push(...): a hostile file can have more problems than a call has arguments)
    const yamlProblems = second.concat(doc.errors.map((error) => fromYamlError(error, first)), doc.warnings.map((error) => fromYamlError(error, first)));
    if (yamlProblems.length > second.length)
        return { empty: false, problems: yamlProblems };
    if (doc.contents === null || isEmptyScalar(doc.contents))
        return { empty: true, problems: second };
    const converted = new TreeBuilder(text).build(doc.contents);
    const problems = second.concat(converted.problems);
    // A value behind a broken alias is unknown: checking the rest would report it as missing too.
    const readable = converted.problems.every((p) => p.rule === "duplicate-key");
    return { root: readable ? converted.root : undefined, empty: false, problems };
}
function tooDeep(offset) {
    const message = `the YAML nests deeper than ${yaml_guards_MAX_DEPTH} levels here; a cloudcast needs only three (file, tracks, section)`;
    return { start: offset, end: offset + 1, rule: "nesting-depth", message };
}
/** A bare `---` (or nothing) reads as an empty plain scalar, unlike an explicit `~` or `null`. */
function isEmptyScalar(node) {
    return (0,dist.isScalar)(node) && node.value === null && node.source === "" && !node.tag;
}
function multipleDocuments(offset) {
    return {
        start: offset,
        end: offset + 3,
        rule: "multiple-documents",
        message: "a second YAML document starts here, but a cloudcast file holds exactly one: remove this `---` and what follows, or move it to a file of its own",
    };
}
const RULE_BY_CODE = {
    TAG_RESOLVE_FAILED: "yaml-tag",
    RESOURCE_EXHAUSTION: "nesting-depth",
};
function fromYamlError(error, text) {
    const [start, end] = placeError(error, text);
    const rule = RULE_BY_CODE[error.code] ?? "yaml-syntax";
    const detail = error.message.split("\n")[0] ?? error.message;
    const message = rule !== "yaml-tag"
        ? `invalid YAML: ${detail}`
        : detail.startsWith("Unresolved tag")
            ? `the YAML tag ${writtenTag(text, start, end)} is not one a cloudcast uses: remove the tag, a cloudcast needs none`
            : `${detail}: remove the tag, a cloudcast needs none`;
    return { start, end: Math.max(end, start), rule, message };
}
/** A tag as the file spells it (`!!omap`, not `tag:yaml.org,2002:omap`); a hostile one cut short. */
function writtenTag(text, start, end) {
    const tag = text.slice(start, end);
    return tag.length > 60 ? `${tag.slice(0, 60)}…` : tag;
}
/**
 * Where to show a parser error. The package puts an unclosed quote at the end of the input, past
 * the last line, where an editor or a PR annotation cannot show it; the opening quote is where the
 * mistake is. Any other position past the end is moved onto the file's last character.
 */
function placeError(error, text) {
    const [start, end] = error.pos;
    if (start < text.trimEnd().length)
        return [start, end];
    const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
    const opening = quote === "'" || quote === '"' ? openingQuote(text, quote) : undefined;
    if (opening !== undefined)
        return [opening, opening + 1];
    const last = Math.max(0, text.trimEnd().length - 1);
    return [last, last + 1];
}
/** The quote that opens a scalar running to the end of `text`: the last one not escaped. */
function openingQuote(text, quote) {
    for (let i = text.length - 1; i >= 0; i--) {
        if (text[i] !== quote)
            continue;
        if (quote === "'" && text[i - 1] === "'") {
            i--; // `''` is an escaped quote inside a single-quoted scalar
            continue;
        }
        let backslashes = 0;
        while (quote === '"' && text[i - 1 - backslashes] === "\\")
            backslashes++;
        if (backslashes % 2 === 0)
            return i;
    }
    return undefined;
}
/** Thrown to stop converting once an alias bomb is found; caught in `build`. */
class AliasLimit extends Error {
}
/**
 * Converts the yaml package's nodes to a tree. Aliases are resolved with an anchor table kept in
 * document order — the package's own `Alias.resolve` rescans the whole document for every alias,
 * which a hostile file turns into minutes — and their expansion is counted to catch alias bombs.
 */
class TreeBuilder {
    text;
    anchors = new Map();
    converted = new Map();
    /** How many values each converted node stands for once its aliases are expanded. */
    sizes = new Map();
    problems = [];
    aliasCount = 0;
    expansion = 0;
    constructor(text) {
        this.text = text;
    }
    build(contents) {
        try {
            return { root: this.node(contents), problems: this.problems };
        }
        catch (error) {
            if (error instanceof AliasLimit)
                return { problems: this.problems };
            throw error;
        }
    }
    node(node) {
        if ((0,dist.isAlias)(node))
            return this.alias(node);
        // Set before the children are read, as YAML does: an alias inside refers to this node.
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        const [result, size] = (0,dist.isScalar)(node)
            ? [this.scalar(node), 1]
            : (0,dist.isMap)(node)
                ? this.map(node)
                : this.seq(node);
        this.converted.set(node, result);
        this.sizes.set(node, size);
        return result;
    }
    alias(alias) {
        const at = this.range(alias);
        if (++this.aliasCount > MAX_ALIASES) {
            this.fail(at, `more than ${MAX_ALIASES} aliases: this looks like an alias bomb; write the values out instead`);
        }
        const target = this.anchors.get(alias.source);
        if (!target) {
            // `- *jingle*` in tracklist_exclude is a glob pattern to its writer and an alias to YAML.
            const glob = /[*?[\]]/.test(alias.source)
                ? `; a glob pattern that starts with * must be in quotes: "*${alias.source}"`
                : "";
            const message = `alias *${alias.source} has no anchor &${alias.source} before it: define the anchor first or write the value out${glob}`;
            this.problems.push({ ...at, rule: "alias-undefined", message });
            return undefined;
        }
        const converted = this.converted.get(target);
        if (!converted) {
            this.fail(at, `alias *${alias.source} refers to a node that contains it, which never ends when expanded: write the value out`);
        }
        this.expansion += this.sizes.get(target) ?? 1;
        if (this.expansion > MAX_ALIAS_EXPANSION) {
            this.fail(at, `aliases expand to more than ${MAX_ALIAS_EXPANSION} values here: this looks like an alias bomb; write the values out instead`);
        }
        return converted;
    }
    fail(at, message) {
        this.problems.push({ ...at, rule: "alias-limit", message });
        throw new AliasLimit(message);
    }
    scalar(node) {
        const v = node.value;
        const value = v === null ||
            typeof v === "string" ||
            typeof v === "number" ||
            typeof v === "boolean" ||
            v instanceof Date
            ? v
            : String(v);
        return { kind: "scalar", value, ...this.range(node) };
    }
    map(node) {
        const items = [];
        const seen = new Set();
        let size = 1;
        for (const pair of node.items) {
            const key = this.key(pair.key, pair.value);
            if (!key)
                continue;
            if (seen.has(key.text)) {
                // The first occurrence is the one kept (and checked).
                const message = `the key "${key.text}" appears twice in the same mapping: keep one of them`;
                this.problems.push({ start: key.start, end: key.end, rule: "duplicate-key", message });
                continue;
            }
            seen.add(key.text);
            items.push({ key, value: this.pairValue(pair.value) });
            size += 1 + this.sizeOf(pair.value);
        }
        const range = this.range(node);
        const last = items.at(-1);
        const end = node.flow || !last ? range.end : (last.value?.end ?? last.key.end);
        return [{ kind: "map", items, start: range.start, end }, size];
    }
    seq(node) {
        const items = [];
        let size = 1;
        for (const item of node.items) {
            const converted = this.node(item);
            size += this.sizeOf(item);
            if (converted)
                items.push(converted);
        }
        const range = this.range(node);
        const end = node.flow || items.length === 0 ? range.end : (items.at(-1)?.end ?? range.end);
        return [{ kind: "seq", items, start: range.start, end }, size];
    }
    sizeOf(node) {
        if (!node)
            return 0;
        const target = (0,dist.isAlias)(node) ? this.anchors.get(node.source) : node;
        return (target && this.sizes.get(target)) ?? 1;
    }
    /** `desc:` with nothing after it is an empty plain scalar: kept apart from an explicit `null`. */
    pairValue(value) {
        if (value === null)
            return undefined;
        if ((0,dist.isScalar)(value) &&
            value.value === null &&
            value.source === "" &&
            !value.tag &&
            !value.anchor) {
            return undefined;
        }
        return this.node(value);
    }
    key(key, value) {
        if (key === null) {
            // `: value` — an empty key; place it where the value is.
            const at = value ? this.range(value) : { start: 0, end: 0 };
            return { text: "", start: at.start, end: at.start };
        }
        const node = this.node(key);
        if (node?.kind === "scalar") {
            const at = this.range(key);
            return { text: node.value === null ? "" : String(node.value), start: at.start, end: at.end };
        }
        if (node) {
            const message = "a key must be a plain word such as `title`, not a list or a mapping";
            this.problems.push({ start: node.start, end: node.end, rule: "key-type", message });
        }
        return undefined;
    }
    range(node) {
        const [start, end] = node.range;
        return { start, end: (0,cloudcast_source/* trimEnd */.s8)(this.text, start, end) };
    }
}

;// CONCATENATED MODULE: ./src/cloudcast/parse.ts






/**
 * Reads one cloudcast file: its bytes (or text) in, a valid Cloudcast or every problem found out,
 * each located at the node it is about. Never throws on any input and never reads the disk;
 * `file` is only used to label the diagnostics.
 */
function parseCloudcast(source, file) {
    const decoded = (0,cloudcast_source/* decodeSource */.E4)(source);
    const lines = new cloudcast_source/* LineIndex */.rr(decoded.text);
    const located = (problems) => (0,diagnostic/* capped */.uo)(problems.map((p) => (0,diagnostic/* diagnosticAt */.R5)(file, lines.span(p.start, p.end), p.rule, oneLine(p.message))));
    if (decoded.problem)
        return { file, diagnostics: located([decoded.problem]), spans: {} };
    const tree = readTree(decoded.text);
    if (!tree.root)
        return { file, diagnostics: located(tree.problems), spans: {} };
    const checker = new Checker(decoded.text);
    const checked = checkCloudcast(tree.root, checker);
    const diagnostics = located([...tree.problems, ...checker.problems]);
    const spans = Object.fromEntries(Object.entries(checked.spans).map(([key, at]) => [key, lines.span(at.start, at.end)]));
    if (diagnostics.length === 0 && checked.cloudcast) {
        const sectionSpans = (checked.sectionSpans ?? []).map((at) => lines.sourceSpan(file, at.start, at.end));
        const parsed = { file, cloudcast: checked.cloudcast, diagnostics, spans, sectionSpans };
        const excludeSpans = checked.excludeSpans?.map((at) => lines.span(at.start, at.end)) ?? [];
        return excludeSpans.length > 0 ? { ...parsed, excludeSpans } : parsed;
    }
    const title = checked.cloudcast?.title ?? checked.title;
    return title ? { file, diagnostics, spans, title } : { file, diagnostics, spans };
}
/** Messages quote values from the file, which may hold line breaks; a diagnostic is one line. */
function oneLine(message) {
    return message.replace(/\r\n|\r|\n/g, "\\n");
}
/** The fast reader takes the plain YAML nearly every file is written in; the yaml package reads the rest. */
function readTree(text) {
    const fast = parseFastYaml(text);
    if (fast)
        return { root: fast, problems: [] };
    const full = parseFullYaml(text);
    if (full.empty && full.problems.length === 0) {
        const message = "the file is empty: a cloudcast needs at least a title, e.g. title: My mix";
        return { problems: [{ start: 0, end: 0, rule: "empty-file", message }] };
    }
    return full;
}


/***/ }),

/***/ 2083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ orderSections),
/* harmony export */   Uj: () => (/* binding */ emptyTextMessage),
/* harmony export */   bz: () => (/* binding */ draftOf)
/* harmony export */ });
/* harmony import */ var _start_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6134);

/**
 * Starts never go back: a start before the previous one is reported at that start. Returns the
 * valid sections in order, each with where it is written.
 */
function orderSections(drafts, report) {
    const placed = [];
    let previous;
    for (const draft of drafts) {
        const start = draft.start;
        if (start !== undefined && previous !== undefined && start.seconds < previous) {
            report(start.at, "start-order", `start ${(0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStartTime */ .z)(start.seconds)} comes before the previous section's start ${(0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatStartTime */ .z)(previous)}: list sections in the order they play`);
        }
        if (start !== undefined)
            previous = start.seconds;
        if (draft.section)
            placed.push({ section: draft.section, at: draft.at });
    }
    return placed;
}
/** The message for text that is empty once trimmed. */
function emptyTextMessage(field) {
    return `${field} is empty: write a value or remove the line`;
}
/**
 * A section a tracklist reader made from a DJ program's export, held to the rules a `tracks:`
 * item is held to: whole non-negative seconds, text that is not blank (trimmed, as YAML text is).
 */
function draftOf(entry, at, report) {
    const parsed = (0,_start_time_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStartTime */ .L)(entry.start);
    const start = "rule" in parsed ? undefined : { seconds: parsed.seconds, at };
    if ("rule" in parsed)
        report(at, parsed.rule, parsed.message);
    const text = (field, value) => {
        const trimmed = value.trim();
        if (trimmed === "")
            report(at, "empty-value", emptyTextMessage(field));
        return trimmed === "" ? undefined : trimmed;
    };
    if (entry.kind === "chapter") {
        const chapter = text("chapter", entry.chapter);
        if (start === undefined || chapter === undefined)
            return { start, at };
        return { section: { kind: "chapter", start: start.seconds, chapter }, start, at };
    }
    const artist = text("artist", entry.artist);
    const song = text("track", entry.song);
    const album = entry.album?.trim() || undefined;
    if (start === undefined || artist === undefined || song === undefined)
        return { start, at };
    const section = { kind: "track", start: start.seconds, artist, song };
    return { section: album === undefined ? section : { ...section, album }, start, at };
}


/***/ }),

/***/ 4105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E4: () => (/* binding */ decodeSource),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   s8: () => (/* binding */ trimEnd)
/* harmony export */ });
/* unused harmony exports fileTooLargeMessage, firstInvalidUtf8 */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7242);

const BOM = "\uFEFF";
/**
 * Characters YAML does not allow in a stream (outside c-printable): C0 controls other than tab,
 * LF and CR; DEL and C1 controls other than NEL; U+FFFE/U+FFFF; lone surrogates.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|\p{Cs}/gu;
/**
 * Turns the bytes (or text) of a file into text the YAML parser may see: checks the size limit
 * before anything else, requires UTF-8, drops a BOM, and refuses control characters — which is
 * also how binary files that happen to be valid UTF-8 are caught.
 */
function decodeSource(source) {
    const bytes = typeof source === "string" ? Buffer.byteLength(source, "utf8") : source.byteLength;
    if (bytes > _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.fileBytes) {
        return {
            text: "",
            problem: {
                start: 0,
                end: 0,
                rule: "file-too-large",
                message: fileTooLargeMessage(bytes),
            },
        };
    }
    const decoded = typeof source === "string" ? { text: source } : decodeUtf8(source);
    if (decoded.problem)
        return decoded;
    const text = decoded.text.startsWith(BOM) ? decoded.text.slice(1) : decoded.text;
    const problem = findNonPrintable(text);
    return problem ? { text, problem } : { text };
}
/** Shared with `validate`, which reports a big file from its size without reading it. */
function fileTooLargeMessage(bytes) {
    return `the file is ${bytes} bytes; a cloudcast file may be at most 1 MiB (${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .Limits */ .xu.fileBytes} bytes): is this the right file?`;
}
function decodeUtf8(bytes) {
    try {
        // ignoreBOM keeps the BOM in the text, so it is stripped the same way for bytes and strings.
        return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, bad));
        const offset = text.startsWith(BOM) ? text.length - 1 : text.length;
        const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0");
        return {
            text: text.startsWith(BOM) ? text.slice(1) : text,
            problem: {
                start: offset,
                end: offset,
                rule: "invalid-utf8",
                message: `the file is not valid UTF-8 (byte 0x${hex} here): save it with UTF-8 encoding`,
            },
        };
    }
}
/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return bytes.length;
}
/** Length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), or 0 if there is none. */
function sequenceLength(bytes, i) {
    const b0 = bytes[i] ?? 0;
    if (b0 < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => {
        const b = bytes[i + k];
        return b !== undefined && b >= lo && b <= hi;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const lo = b0 === 0xe0 ? 0xa0 : 0x80;
        const hi = b0 === 0xed ? 0x9f : 0xbf;
        return cont(1, lo, hi) && cont(2) ? 3 : 0;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const lo = b0 === 0xf0 ? 0x90 : 0x80;
        const hi = b0 === 0xf4 ? 0x8f : 0xbf;
        return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}
/** The same characters without the `u` flag (surrogate pairs match too): a quick first pass, several times faster. */
const MAYBE_NON_PRINTABLE = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
function findNonPrintable(text) {
    if (!MAYBE_NON_PRINTABLE.test(text))
        return undefined;
    NON_PRINTABLE.lastIndex = 0;
    const first = NON_PRINTABLE.exec(text);
    if (!first)
        return undefined;
    const more = (text.match(NON_PRINTABLE)?.length ?? 1) - 1;
    const code = first[0].codePointAt(0) ?? 0;
    const what = code === 0
        ? "a NUL byte"
        : `the control character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
    const others = more > 0 ? ` (and ${more} more)` : "";
    return {
        start: first.index,
        end: first.index + first[0].length,
        rule: "control-character",
        message: `${what}${others} is not allowed in a YAML file: is this a binary file? A cloudcast file must be UTF-8 text`,
    };
}
/**
 * Maps character offsets of a text to 1-based line and column. Lines split at `\n`, as the yaml
 * package counts them, unless the caller gives other line starts (a tracklist file also splits at
 * a lone CR, as old Mac exports end their lines).
 */
class LineIndex {
    text;
    starts;
    constructor(text, starts = lineFeedStarts(text)) {
        this.text = text;
        this.starts = starts;
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= clamped)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: clamped - (this.starts[lo] ?? 0) + 1 };
    }
    span(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
    /** The same span naming its file, built in one go: one is made for every section of a file. */
    sourceSpan(file, start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
function lineFeedStarts(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        starts.push(i + 1);
    return starts;
}
/** Moves `end` back over trailing whitespace and line breaks, so a span ends at its last visible character. */
function trimEnd(text, start, end) {
    let e = Math.min(end, text.length);
    while (e > start) {
        const c = text.charCodeAt(e - 1);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
            break;
        e--;
    }
    return e;
}


/***/ })

};
