export const id = 338;
export const ids = [338];
export const modules = {

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/diagnostic.ts
var src_diagnostic = __webpack_require__(1348);
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
 * inside it, or an https:// URL (plain http:// only to a loopback host, for tests).
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
    if (scheme === "http" && !isLoopback(url.hostname)) {
        return fail("media-url", `"${value}": plain http:// is allowed only to a loopback address (for tests); use https://`);
    }
    return { ref: { kind: "url", url: url.href } };
}
/** Loopback as the WHATWG URL parser normalises it: `localhost`, 127.0.0.0/8, `[::1]`. */
function isLoopback(hostname) {
    return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
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

;// CONCATENATED MODULE: ./src/cloudcast/start-time.ts
const CLOCK = /^(\d+):(\d+)(?::(\d+))?$/;
/**
 * A section's `start` in seconds: a non-negative whole number, or `m:ss` / `h:mm:ss` text.
 * YAML 1.2 reads an unquoted `1:25` as the text "1:25" (YAML 1.1 read it as the sexagesimal
 * number 85); either way it is 85 seconds here.
 */
function parseStartTime(value) {
    return typeof value === "number" ? fromNumber(value) : fromClock(value);
}
function fromNumber(value) {
    if (!Number.isInteger(value)) {
        return { rule: "start-format", message: `start must be whole seconds or m:ss, not ${value}` };
    }
    if (value < 0 || Object.is(value, -0)) {
        return { rule: "start-format", message: `start must not be negative (${value})` };
    }
    if (!Number.isSafeInteger(value)) {
        return { rule: "start-format", message: `start ${value} is too large to be a time in a mix` };
    }
    return { seconds: value };
}
function fromClock(text) {
    const match = CLOCK.exec(text);
    if (!match) {
        const hint = /^\d+$/.test(text) ? `: write it without quotes, start: ${text}` : "";
        return {
            rule: "start-format",
            message: `start must be whole seconds (e.g. 85) or m:ss / h:mm:ss (e.g. 1:25 or 1:02:03), not "${text}"${hint}`,
        };
    }
    const [, first = "", second = "", third] = match;
    const fields = third === undefined
        ? { hours: "0", minutes: first, seconds: second, wide: false }
        : { hours: first, minutes: second, seconds: third, wide: true };
    return fromFields(text, fields);
}
function fromFields(text, f) {
    const hours = Number(f.hours);
    const minutes = Number(f.minutes);
    const seconds = Number(f.seconds);
    if (seconds >= 60) {
        return { rule: "start-range", message: `start ${text}: the seconds field must be below 60` };
    }
    if (minutes >= 60) {
        const asHours = `${Math.floor(minutes / 60) + hours}:${pad(minutes % 60)}:${pad(seconds)}`;
        return {
            rule: "start-range",
            message: `start ${text}: the minutes field must be below 60; write it as ${asHours}`,
        };
    }
    const minuteDigits = f.wide ? f.minutes.length === 2 : f.minutes.length <= 2;
    if (f.seconds.length !== 2 || !minuteDigits) {
        const example = f.wide ? "1:02:03" : "1:05";
        return {
            rule: "start-format",
            message: `start "${text}": write minutes and seconds with two digits, as in ${example}`,
        };
    }
    const total = hours * 3600 + minutes * 60 + seconds;
    if (!Number.isSafeInteger(total)) {
        return { rule: "start-format", message: `start ${text} is too large to be a time in a mix` };
    }
    return { seconds: total };
}
function pad(n) {
    return String(n).padStart(2, "0");
}
/** Seconds as the `m:ss` / `h:mm:ss` people write, for messages. */
function formatStartTime(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

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



const SECTION_KEYS = ["start", "artist", "track", "chapter"];
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
};
/** `tracks`: each item a track (artist + track) or a chapter, with starts that never go back. */
function checkSections(items, checker) {
    const sections = [];
    let previous;
    for (const item of items) {
        const read = readSection(item, checker);
        if (!read)
            continue;
        if (read.start !== undefined && previous && read.start.seconds < previous.seconds) {
            checker.report(read.start.at, "start-order", `start ${formatStartTime(read.start.seconds)} comes before the previous section's start ${formatStartTime(previous.seconds)}: list sections in the order they play`);
        }
        if (read.start !== undefined)
            previous = read.start;
        if (read.section)
            sections.push(read.section);
    }
    return sections;
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
    const section = kind.kind === "chapter"
        ? { kind: "chapter", start: start.seconds, chapter: kind.chapter }
        : { kind: "track", start: start.seconds, artist: kind.artist, song: kind.song };
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
    const parsed = parseStartTime(value);
    if ("rule" in parsed) {
        checker.report(node, parsed.rule, parsed.message);
        return undefined;
    }
    return { seconds: parsed.seconds, at: node };
}
function readKind(map, pairs, checker) {
    const { artist, track, chapter } = pairs;
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
    return a === undefined || s === undefined ? undefined : { kind: "track", artist: a, song: s };
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

;// CONCATENATED MODULE: ./src/cloudcast/types.ts
/** The top-level keys of the file format (SPEC §2), in the order the reference lists them. */
const CLOUDCAST_KEYS = [
    "title",
    "desc",
    "tags",
    "tracks",
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
    tracklist: "tracks",
    tracklisting: "tracks",
    track_list: "tracks",
    sections: "tracks",
    setlist: "tracks",
    playlist: "tracks",
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
    const cloudcast = readCloudcast(root, pairs, checker);
    if (checker.problems.length === before && cloudcast)
        return { cloudcast, spans };
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
function readCloudcast(root, pairs, checker) {
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
        sections: value("tracks", (n) => readTracks(n, checker)) ?? [],
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
function readTracks(node, checker) {
    const items = checker.list(node, "tracks", "start: 0");
    return items && checkSections(items, checker);
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

;// CONCATENATED MODULE: ./src/cloudcast/source.ts

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
    if (bytes > constants/* Limits */.xu.fileBytes) {
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
    return `the file is ${bytes} bytes; a cloudcast file may be at most 1 MiB (${constants/* Limits */.xu.fileBytes} bytes): is this the right file?`;
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
/** Maps character offsets of a text to 1-based line and column (lines split at `\n`). */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
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
            this.report(node, rule, `${field} is empty: write a value or remove the line`);
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
        return colon === -1
            ? undefined
            : { text: this.text.slice(offset, colon), start: offset, end: colon };
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
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        // The lexer interleaves one-character control tokens that are not part of the text.
        if (token === dist/* CST */.DB.DOCUMENT || token === dist/* CST */.DB.FLOW_END || token === dist/* CST */.DB.SCALAR) {
            if (token === dist/* CST */.DB.DOCUMENT && doc.hasContent)
                return { secondDocumentAt: offset };
            afterScalarMarker = token === dist/* CST */.DB.SCALAR;
            continue;
        }
        const type = afterScalarMarker ? "scalar" : dist/* CST */.DB.tokenType(token);
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
        else if (dist/* CST */.DB.isCollection(token)) {
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
    const tokens = Array.from(new dist/* Parser */.iX().parse(first));
    const deepAt = findTooDeep(tokens);
    if (deepAt !== undefined)
        return { empty: false, problems: [tooDeep(deepAt)] };
    // Keys are checked for uniqueness while converting: the composer's own check is quadratic.
    const composer = new dist/* Composer */.Dk({ uniqueKeys: false });
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
    return (0,dist/* isScalar */.jn)(node) && node.value === null && node.source === "" && !node.tag;
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
    const message = rule === "yaml-tag"
        ? `${detail}: remove the tag, a cloudcast needs none`
        : `invalid YAML: ${detail}`;
    return { start, end: Math.max(end, start), rule, message };
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
        if ((0,dist/* isAlias */.Vj)(node))
            return this.alias(node);
        // Set before the children are read, as YAML does: an alias inside refers to this node.
        if (node.anchor)
            this.anchors.set(node.anchor, node);
        const [result, size] = (0,dist/* isScalar */.jn)(node)
            ? [this.scalar(node), 1]
            : (0,dist/* isMap */.jh)(node)
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
            const message = `alias *${alias.source} has no anchor &${alias.source} before it: define the anchor first or write the value out`;
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
        const target = (0,dist/* isAlias */.Vj)(node) ? this.anchors.get(node.source) : node;
        return (target && this.sizes.get(target)) ?? 1;
    }
    /** `desc:` with nothing after it is an empty plain scalar: kept apart from an explicit `null`. */
    pairValue(value) {
        if (value === null)
            return undefined;
        if ((0,dist/* isScalar */.jn)(value) &&
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
        return { start, end: trimEnd(this.text, start, end) };
    }
}

;// CONCATENATED MODULE: ./src/cloudcast/parse.ts






/**
 * Reads one cloudcast file: its bytes (or text) in, a valid Cloudcast or every problem found out,
 * each located at the node it is about. Never throws on any input and never reads the disk;
 * `file` is only used to label the diagnostics.
 */
function parseCloudcast(source, file) {
    const decoded = decodeSource(source);
    const lines = new LineIndex(decoded.text);
    const located = (problems) => capped(problems.map((p) => (0,src_diagnostic/* diagnosticAt */.R5)(file, lines.span(p.start, p.end), p.rule, oneLine(p.message))));
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
        return { file, cloudcast: checked.cloudcast, diagnostics, spans };
    }
    const title = checked.cloudcast?.title ?? checked.title;
    return title ? { file, diagnostics, spans, title } : { file, diagnostics, spans };
}
/** Messages quote values from the file, which may hold line breaks; a diagnostic is one line. */
function oneLine(message) {
    return message.replace(/\r\n|\r|\n/g, "\\n");
}
/** More than any person fixes in one go; a generated or hostile file could otherwise print thousands. */
const MAX_DIAGNOSTICS = 100;
function capped(diagnostics) {
    diagnostics.sort(src_diagnostic/* compareDiagnostics */.oV);
    const rest = diagnostics.slice(MAX_DIAGNOSTICS);
    const next = rest[0];
    if (!next)
        return diagnostics;
    const message = `and ${rest.length} more problems from here on, not shown: fix the ones above and check again`;
    return [
        ...diagnostics.slice(0, MAX_DIAGNOSTICS),
        { ...next, rule: "too-many-problems", message },
    ];
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

;// CONCATENATED MODULE: ./src/cloudcast/rules.ts
/**
 * Every rule a cloudcast file is checked against, by its stable id (the `rule` of a Diagnostic),
 * with what it is about. Ids never change meaning: scripts and editors may match on them.
 */
const RULES = {
    "file-too-large": "the file is over 1 MiB",
    "invalid-utf8": "the file is not UTF-8",
    "control-character": "a NUL or other control character (often: a binary file)",
    "yaml-syntax": "the YAML cannot be read",
    "yaml-tag": "a YAML tag the format does not know",
    "duplicate-key": "a key appears twice in one mapping",
    "multiple-documents": "more than one YAML document in the file",
    "nesting-depth": "nesting deeper than 64 levels",
    "alias-limit": "aliases that expand without bound (an alias bomb)",
    "alias-undefined": "an alias without an anchor before it",
    "key-type": "a key that is a list or a mapping",
    "empty-file": "the file holds no document",
    "top-level-mapping": "the document is not a mapping of keys",
    "unknown-key": "a key the format does not have (with a suggestion when one is close)",
    "expected-string": "a value that should be text is a number, boolean, list or mapping",
    "expected-list": "a value that should be a list is not",
    "expected-mapping": "a section that is not a mapping",
    "expected-boolean": "a value that should be true or false is not",
    "boolean-word": "yes/no/on/off/y/n where YAML 1.2 needs true or false",
    "empty-value": "a key with no value, or empty text",
    "title-required": "no title, or an empty one",
    "desc-too-long": "desc over 1000 characters",
    "too-many-tags": "more than 5 tags",
    "tag-empty": "an empty tag",
    "tag-duplicate": "the same tag twice, ignoring case",
    "section-kind": "a section with neither artist + track nor chapter",
    "section-mixed": "a section with both chapter and artist/track",
    "section-incomplete": "a track section with an artist but no track, or a track but no artist",
    "start-required": "a section without start",
    "start-format": "a start that is not whole seconds, m:ss or h:mm:ss",
    "start-range": "a start whose minutes or seconds field is 60 or more",
    "start-order": "a start before the previous section's",
    "publish-date-format": "a publish_date that is not a date and time",
    "publish-date-time": "a publish_date without a time",
    "publish-date-zone": "a publish_date without a time zone",
    "too-many-hosts": "more than 2 hosts",
    "host-username": "a host that is not a Mixcloud username",
    "host-duplicate": "the same host twice",
    "key-format": "a key that is not /user/slug/",
    "media-path": "an audio/picture path that is absolute, escapes the repository or is malformed",
    "media-url": "an audio/picture URL that is not https:// (or http:// to loopback)",
    "too-many-problems": "more than 100 problems in one file: the rest are not listed",
    "read-error": "the file could not be read (reported by the validate command)",
};

;// CONCATENATED MODULE: ./src/cloudcast/index.ts
/** The cloudcast file format: reading and checking a file, and its Mixcloud form fields. */






// EXTERNAL MODULE: ./src/media/index.ts + 15 modules
var src_media = __webpack_require__(4619);
;// CONCATENATED MODULE: ./src/cloudcast/fields.ts
/**
 * The text fields of a Mixcloud upload or edit for a cloudcast, in the order they are sent
 * (MIXCLOUD_API.md). The files (`mp3`, `picture`) are not among them: they are streamed apart.
 * Booleans are sent as "1" when true and left out when false, the form every client agrees on.
 */
function toFormFields(c) {
    const fields = [["name", c.title]];
    if (c.description !== undefined)
        fields.push(["description", c.description]);
    c.tags.forEach((tag, i) => fields.push([`tags-${i}-tag`, tag]));
    c.sections.forEach((section, i) => {
        if (section.kind === "track") {
            fields.push([`sections-${i}-artist`, section.artist], [`sections-${i}-song`, section.song]);
        }
        else {
            fields.push([`sections-${i}-chapter`, section.chapter]);
        }
        fields.push([`sections-${i}-start_time`, String(section.start)]);
    });
    c.hosts.forEach((host, i) => fields.push([`hosts-${i}-username`, host]));
    if (c.publishDate !== undefined)
        fields.push(["publish_date", c.publishDate]);
    const flags = [
        ["unlisted", c.unlisted],
        ["disable_comments", c.disableComments],
        ["hide_stats", c.hideStats],
    ];
    for (const [name, on] of flags)
        if (on)
            fields.push([name, "1"]);
    return fields;
}

// EXTERNAL MODULE: ./src/mixcloud/index.ts + 10 modules
var mixcloud = __webpack_require__(870);
;// CONCATENATED MODULE: ./src/publish/compare.ts

/**
 * Fields the API never shows back (SPEC §2 Pro settings and the picture). Whether they changed can
 * only be judged against the file's previous version in git.
 */
const UNSEEN_FIELD = /^(publish_date|unlisted|disable_comments|hide_stats|hosts-\d+-username)$/;
/** Names of the visible fields that differ between the file and Mixcloud (empty: the same). */
function visibleDifferences(local, remote) {
    const differences = [];
    if (normalise(local.title) !== normalise(remote.name))
        differences.push("title");
    if (local.description !== undefined &&
        normalise(local.description) !== normalise(remote.description ?? "")) {
        differences.push("desc");
    }
    // Mixcloud stores tags case-insensitively; compare them as it does.
    if (local.tags.length > 0 &&
        !sameList(local.tags, remote.tags, (t) => normalise(t).toLowerCase())) {
        differences.push("tags");
    }
    if (local.sections.length > 0 &&
        !sameList(local.sections.map(sectionKey), (remote.sections ?? []).map(sectionKey), (s) => s)) {
        differences.push("tracks");
    }
    return differences;
}
/**
 * Names of the unseen fields whose value differs between two versions of a file. Without a
 * previous version (a new file, or every file on a dispatch) there is nothing to compare with:
 * the upload is taken to have them as the file says, so a re-run does not edit for nothing.
 */
function unseenDifferences(current, previous) {
    if (previous === undefined)
        return [];
    const unseen = (c) => new Map(toFormFields(c).filter(([name]) => UNSEEN_FIELD.test(name)));
    const before = unseen(previous);
    const after = unseen(current);
    const names = new Set([...before.keys(), ...after.keys()]);
    return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
/** The form fields of an edit: everything the file defines, but never the audio. */
function editFields(cloudcast, sendUnseen) {
    return toFormFields(cloudcast).filter(([name]) => sendUnseen || !UNSEEN_FIELD.test(name));
}
function sectionKey(section) {
    return section.kind === "track"
        ? `${section.start}|t|${normalise(section.artist)}|${normalise(section.song)}`
        : `${section.start}|c|${normalise(section.chapter)}`;
}
function sameList(a, b, key) {
    return a.length === b.length && a.every((item, i) => key(item) === key(b[i]));
}
/** Mixcloud trims and collapses white space and line ends in what it stores. */
function normalise(text) {
    return text.replace(/\s+/g, " ").trim();
}

;// CONCATENATED MODULE: ./src/publish/plan.ts
function matchExisting(cloudcast, previous, account) {
    if (cloudcast.key !== undefined)
        return matchByKey(cloudcast.key, account);
    const byTitle = findByName(cloudcast.title, account);
    if (byTitle.kind !== "new")
        return byTitle;
    if (previous !== undefined && sameName(previous.title, cloudcast.title) === false) {
        const byPrevious = findByName(previous.title, account);
        if (byPrevious.kind === "existing")
            return { ...byPrevious, by: "previous title" };
        if (byPrevious.kind === "error")
            return byPrevious;
    }
    return { kind: "new" };
}
function matchByKey(key, account) {
    const owner = key.split("/")[1] ?? "";
    if (owner.toLowerCase() !== account.username.toLowerCase()) {
        return {
            kind: "error",
            error: `key ${key} belongs to '${owner}', but the access token is for '${account.username}': use a token of that account or fix \`key\``,
        };
    }
    return { kind: "existing", key, by: "key" };
}
function findByName(title, account) {
    const found = account.cloudcasts.filter((c) => sameName(c.name, title));
    if (found.length === 0)
        return { kind: "new" };
    if (found.length > 1) {
        return {
            kind: "error",
            error: `${found.length} cloudcasts on the account are titled "${title}" (${found.map((c) => c.key).join(", ")}): add \`key:\` to the file to say which one it describes`,
        };
    }
    return { kind: "existing", key: found[0].key, by: "title" };
}
/** Titles are compared as Mixcloud shows them: white space collapsed, case kept. */
function sameName(a, b) {
    const norm = (s) => s.replace(/\s+/g, " ").trim();
    return norm(a) === norm(b);
}
/** The file's keys that only a Mixcloud Pro account may use. */
function proOnlyKeys(cloudcast) {
    const keys = [];
    if (cloudcast.publishDate !== undefined)
        keys.push("publish_date");
    if (cloudcast.disableComments === true)
        keys.push("disable_comments");
    if (cloudcast.hideStats === true)
        keys.push("hide_stats");
    if (cloudcast.hosts.length > 0)
        keys.push("hosts");
    return keys;
}
/** Problems that would make Mixcloud reject this upload, found before a byte of audio is sent. */
function uploadBlockers(cloudcast, account, now) {
    const blockers = [];
    const pro = proOnlyKeys(cloudcast);
    if (!account.isPro && pro.length > 0) {
        blockers.push(`${pro.map((k) => `\`${k}\``).join(", ")} need${pro.length === 1 ? "s" : ""} a Mixcloud Pro account, and '${account.username}' is not Pro: remove ${pro.length === 1 ? "it" : "them"} from the file or upgrade the account`);
    }
    if (cloudcast.publishDate !== undefined && cloudcast.unlisted !== true) {
        if (Date.parse(cloudcast.publishDate) <= now.getTime()) {
            blockers.push(`publish_date ${cloudcast.publishDate} is not in the future: Mixcloud only schedules uploads ahead; remove it to publish now, or set a later date`);
        }
    }
    return blockers;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/publish/progress.ts

/**
 * Turns byte counts into log lines: one at least every 10 % of the file (or a finer step) and at least every 10 s,
 * so a long upload shows it is alive without flooding the log.
 */
class ProgressReporter {
    write;
    now;
    everyMs;
    stepPercent;
    nextPercent;
    lastLineAt;
    constructor(write, now = Date.now, everyMs = 10_000, stepPercent = 10) {
        this.write = write;
        this.now = now;
        this.everyMs = everyMs;
        this.stepPercent = stepPercent;
        this.lastLineAt = now();
        this.nextPercent = stepPercent;
    }
    update(sent, total) {
        const percent = total > 0 ? Math.floor((sent * 100) / total) : 100;
        const time = this.now();
        if (this.nextPercent > 100)
            return;
        if (sent >= total) {
            this.write(`100 % ${(0,format/* formatBytes */.z3)(total) ?? ""} sent, waiting for Mixcloud to answer`);
            this.nextPercent = 101;
        }
        else if (percent >= this.nextPercent || time - this.lastLineAt >= this.everyMs) {
            this.write(`${String(percent).padStart(3)} % ${(0,format/* formatBytes */.z3)(sent) ?? ""} of ${(0,format/* formatBytes */.z3)(total) ?? ""}`);
            this.nextPercent =
                Math.floor(percent / this.stepPercent) * this.stepPercent + this.stepPercent;
            this.lastLineAt = time;
        }
    }
}

;// CONCATENATED MODULE: ./src/concurrency.ts
/** Runs `fn` over `items`, at most `limit` at a time, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/publish/execute.ts






async function publishAll(items, ctx) {
    return mapLimit(items, ctx.concurrency, async (item) => {
        ctx.log.begin?.(item.file);
        const result = await publishOne(item, ctx);
        ctx.log.end?.(item.file, `${result.status}${result.url ? ` ${result.url}` : ""}${result.error ? `: ${result.error}` : ""}`);
        return result;
    });
}
async function publishOne(item, ctx) {
    const base = {
        file: item.file,
        title: item.cloudcast.title,
        diagnostics: [],
        details: item.details,
    };
    if (ctx.signal.aborted) {
        return { ...base, status: "failed", error: "cancelled before it was published" };
    }
    try {
        const match = matchExisting(item.cloudcast, item.previous, ctx.account);
        if (match.kind === "error")
            return { ...base, status: "failed", error: match.error };
        if (match.kind === "existing")
            return { ...base, ...(await handleExisting(item, match.key, ctx)) };
        return { ...base, ...(await uploadNew(item, ctx)) };
    }
    catch (error) {
        return { ...base, status: "failed", error: describe(error, ctx.signal) };
    }
}
async function handleExisting(item, key, ctx) {
    const remote = await ctx.client.getCloudcast(key, { signal: ctx.signal });
    if (remote === null) {
        return {
            status: "failed",
            key,
            error: `${key} is not on Mixcloud (deleted, or a typo in \`key\`): fix or remove \`key\` to upload it anew`,
        };
    }
    const existing = { key: remote.key, url: remote.url };
    const where = remote.url ?? remote.key;
    if (ctx.ifExists === "skip")
        return { status: "skipped", ...existing };
    if (ctx.ifExists === "fail") {
        return {
            status: "failed",
            ...existing,
            error: `already on Mixcloud at ${where} and if-exists is 'fail': set if-exists to 'update' or 'skip', or change the title`,
        };
    }
    const visible = visibleDifferences(item.cloudcast, remote);
    const unseen = unseenDifferences(item.cloudcast, item.previous);
    if (visible.length === 0 && unseen.length === 0 && !item.pictureChanged) {
        ctx.log.info(item.file, `unchanged: ${where}`);
        return { status: "unchanged", ...existing };
    }
    ctx.log.info(item.file, `editing ${where} (changed: ${[...visible, ...unseen, ...(item.pictureChanged ? ["picture"] : [])].join(", ")})`);
    const picture = item.pictureChanged ? await localPicture(item, ctx) : undefined;
    try {
        const fields = editFields(item.cloudcast, unseen.length > 0 || item.previous === undefined);
        const result = await editIdempotently(remote.key, { fields, picture: picture?.part }, ctx);
        const url = result.key === remote.key ? remote.url : await lookUpPageUrl(item.file, result.key, ctx);
        return { status: "updated", key: result.key, url };
    }
    finally {
        await picture?.local?.cleanup();
    }
}
/** An edit sets fields to given values, so sending it again after a lost answer is harmless. */
async function editIdempotently(key, request, ctx) {
    for (let attempt = 1;; attempt++) {
        try {
            return await ctx.client.edit(key, request, { signal: ctx.signal });
        }
        catch (error) {
            if (!(error instanceof mixcloud/* OutcomeUnknownError */.Do) || attempt >= ctx.attempts)
                throw error;
            ctx.log.warning("", `${error.message}: sending the edit of ${key} again (an edit is safe to repeat)`);
        }
    }
}
async function uploadNew(item, ctx) {
    const blockers = uploadBlockers(item.cloudcast, ctx.account, ctx.now());
    if (blockers.length > 0)
        return { status: "failed", error: blockers.join("; ") };
    const temporary = [];
    try {
        const audio = await filePart(item.audio, "audio", ctx, temporary);
        const picture = item.picture
            ? await filePart(item.picture, "picture", ctx, temporary)
            : undefined;
        const result = await uploadExactlyOnce(item, { fields: toFormFields(item.cloudcast), audio, picture }, ctx);
        ctx.account.cloudcasts.push({ key: result.key, name: item.cloudcast.title });
        const url = result.url ?? (await lookUpPageUrl(item.file, result.key, ctx));
        return { status: "published", key: result.key, url };
    }
    finally {
        await Promise.all(temporary.map((local) => local.cleanup()));
    }
}
/**
 * Mixcloud's answer to an upload or an edit holds the key but no URL, and the URL is never built
 * from the key: the cloudcast is read back for the `url` Mixcloud gives it. The upload is done
 * whatever this look-up says, so a failure here costs the link, with a warning, not the file.
 */
async function lookUpPageUrl(file, key, ctx) {
    let why;
    try {
        const found = await ctx.client.getCloudcast(key, { signal: ctx.signal });
        if (found?.url !== undefined)
            return found.url;
        why = found === null ? "Mixcloud does not show it yet" : "Mixcloud's answer has no url";
    }
    catch (error) {
        why = error instanceof Error ? error.message : String(error);
    }
    ctx.log.warning(file, `${key} is on Mixcloud, but its page URL could not be read: ${why}`);
    return undefined;
}
/**
 * Sends the upload (the client itself retries only what cannot duplicate it). When the answer is
 * lost after the whole body went out, nobody knows whether Mixcloud stored it: the account is
 * looked up at once and, if it is not there, again after giving Mixcloud as long as the client
 * waited for the answer. Found: that is the upload. Not found:
 * - the connection was lost: a server stores an upload before it answers, so it never arrived
 *   whole, and it is sent again (at most `attempts` times in all);
 * - no answer came in time, or a gateway gave up (504): the server may still be storing it, so it
 *   is NOT sent again in this run — the file fails, and a re-run finds it by its title if it
 *   arrived, or uploads it if not. Nothing may make a cloudcast appear twice.
 */
async function uploadExactlyOnce(item, request, ctx) {
    const known = new Set(ctx.account.cloudcasts.map((c) => c.key));
    for (let attempt = 1;; attempt++) {
        const progress = new ProgressReporter((line) => ctx.log.info(item.file, line), Date.now, 10_000, ctx.log.progressStepPercent);
        try {
            const again = attempt > 1 ? ` (attempt ${attempt})` : "";
            ctx.log.info(item.file, `uploading "${item.cloudcast.title}"${again}`);
            return await ctx.client.upload(request, {
                signal: ctx.signal,
                onProgress: (sent, total) => progress.update(sent, total),
            });
        }
        catch (error) {
            if (!(error instanceof mixcloud/* OutcomeUnknownError */.Do))
                throw error;
            ctx.log.warning(item.file, error.message);
            ctx.log.info(item.file, "looking the upload up on Mixcloud");
            const found = await lookUpLostUpload(item, known, ctx);
            if (found !== undefined) {
                ctx.log.info(item.file, `the interrupted upload did arrive: ${found.url ?? found.key}`);
                return found;
            }
            if (error.serverMayStillBeWorking || attempt >= ctx.attempts) {
                throw new LostUploadError(ctx.settleMs, error.serverMayStillBeWorking);
            }
            ctx.log.warning(item.file, "it never arrived (the connection was lost): sending it again");
        }
    }
}
/** An upload whose answer was lost and which Mixcloud does not show: the file fails. */
class LostUploadError extends Error {
    constructor(settleMs, serverMayStillBeWorking) {
        const why = serverMayStillBeWorking
            ? "it was not sent again, as Mixcloud may still be storing it and nothing may make it appear twice"
            : "the connection was lost on every attempt";
        super(`the upload's answer was lost and Mixcloud did not show it ${Math.round(settleMs / 1000)} s later; ${why}: re-run the workflow to finish (the re-run finds it by its title if it arrived, or uploads it if not)`);
        this.name = "LostUploadError";
    }
}
async function lookUpLostUpload(item, known, ctx) {
    const now = await findNewUpload(item.cloudcast.title, known, ctx);
    if (now !== undefined)
        return now;
    ctx.log.info(item.file, `not there yet: looking again in ${Math.round(ctx.settleMs / 1000)} s, in case Mixcloud is still storing it`);
    await (0,mixcloud/* realSleep */.uk)(ctx.settleMs, ctx.signal);
    return findNewUpload(item.cloudcast.title, known, ctx);
}
async function findNewUpload(title, known, ctx) {
    const all = await ctx.client.listCloudcasts(ctx.account.username, { signal: ctx.signal });
    const fresh = all.find((c) => !known.has(c.key) && sameName(c.name, title));
    return fresh === undefined ? undefined : { key: fresh.key, url: fresh.url };
}
async function filePart(media, kind, ctx, temporary) {
    if (media.kind === "file") {
        return { path: media.path, filename: media.filename, contentType: media.contentType };
    }
    ctx.log.info("", `downloading ${kind} ${media.url}`);
    const local = await ctx.download(media, kind);
    temporary.push(local);
    return {
        path: local.path,
        filename: media.filename,
        contentType: media.contentType ?? "application/octet-stream",
    };
}
async function localPicture(item, ctx) {
    if (item.picture === undefined)
        return undefined;
    const temporary = [];
    const part = await filePart(item.picture, "picture", ctx, temporary);
    return { part, local: temporary[0] };
}
function describe(error, signal) {
    if (signal.aborted) {
        return "cancelled while publishing: re-run to finish (a re-run never uploads a cloudcast twice)";
    }
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/media/workspace-path.ts
var workspace_path = __webpack_require__(5733);
;// CONCATENATED MODULE: ./src/selection/workspace.ts
// Reads a cloudcast file from the checkout as safely as its media: a file that is a symbolic link
// out of the workspace, a FIFO, or a huge blob is refused before a byte of it is read.



/**
 * Reads `relPath` (`/`-separated, relative to `workspace`) when it is a regular file inside the
 * workspace. At most `maxBytes` are read: a larger file is returned cut, and the parser reports
 * it as too large by its length.
 */
async function readWorkspaceFile(workspace, relPath, maxBytes) {
    const root = await (0,promises_.realpath)(workspace);
    const found = await (0,workspace_path/* resolveInWorkspace */.z1)(root, relPath, `the cloudcast file \`${relPath}\``);
    if (!found.ok)
        return { ok: false, rule: `file-${found.problem.rule}`, message: found.problem.message };
    if (!found.stats.isFile()) {
        return {
            ok: false,
            rule: "file-not-regular",
            message: `\`${relPath}\` is not a regular file: a cloudcast file must be a YAML file committed to the repository`,
        };
    }
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening it cannot hang.
    const handle = await (0,promises_.open)(found.realPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    try {
        const buffer = Buffer.alloc(Math.min(maxBytes, found.stats.size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { ok: true, bytes: buffer.subarray(0, bytesRead) };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/pipeline.ts







async function runPipeline(options) {
    const checked = await mapLimit(options.files, 8, (file) => checkFile(file, options));
    addBatchDiagnostics(checked);
    const invalid = checked.filter((c) => c.diagnostics.length > 0);
    if (invalid.length > 0) {
        return checked.map((c) => c.diagnostics.length > 0
            ? invalidResult(c)
            : {
                ...validResult(c),
                status: options.dryRun ? "dry-run" : "skipped",
                error: options.dryRun
                    ? undefined
                    : `not published: ${invalid.length} file${invalid.length === 1 ? " is" : "s are"} invalid, and nothing is published from an invalid batch`,
            });
    }
    if (options.dryRun)
        return checked.map((c) => ({ ...validResult(c), status: "dry-run" }));
    if (checked.length === 0)
        return [];
    const items = await Promise.all(checked.map((c) => toPublishItem(c, options)));
    let client;
    try {
        client = await options.connect();
        const account = await loadAccount(client, options.log, options.signal);
        return await publishAll(items, {
            client,
            account,
            ifExists: options.ifExists,
            concurrency: options.concurrency,
            attempts: options.retries,
            settleMs: client.answerTimeoutMs,
            signal: options.signal,
            log: options.log,
            download: options.download,
            now: options.now ?? (() => new Date()),
        });
    }
    catch (error) {
        // publishAll reports each file's own failure; what lands here is the account itself not
        // being readable (no token, a revoked one, Mixcloud down): every file fails for that reason.
        const reason = (0,errors/* errorMessage */.g)(error);
        return items.map((item) => ({
            file: item.file,
            title: item.cloudcast.title,
            status: "failed",
            error: reason,
            diagnostics: [],
            details: item.details,
        }));
    }
    finally {
        await client?.close();
    }
}
async function checkFile(file, options) {
    const read = await readWorkspaceFile(options.workspace, file.path, 1024 * 1024 + 1);
    if (!read.ok) {
        const diagnostic = (0,src_diagnostic/* diagnosticAt */.R5)(file.path, src_diagnostic/* FILE_START */.WS, read.rule, read.message);
        return {
            file,
            parsed: { file: file.path, diagnostics: [diagnostic], spans: {} },
            diagnostics: [diagnostic],
        };
    }
    const parsed = parseCloudcast(read.bytes, file.path);
    if (parsed.cloudcast === undefined)
        return { file, parsed, diagnostics: parsed.diagnostics };
    const media = await (0,src_media/* checkMedia */.Pt)(parsed, {
        workspace: options.workspace,
        signal: options.signal,
        ...options.media,
    });
    return { file, parsed, media, diagnostics: media.diagnostics };
}
/**
 * Problems that only show across files: two files with the same title or key would publish to
 * the same cloudcast, so the batch is refused rather than one silently overwriting the other.
 */
function addBatchDiagnostics(checked) {
    const seen = new Map();
    for (const entry of checked) {
        const cloudcast = entry.parsed.cloudcast;
        if (cloudcast === undefined)
            continue;
        const identity = cloudcast.key ?? `title:${cloudcast.title.replace(/\s+/g, " ").trim()}`;
        const first = seen.get(identity);
        if (first === undefined) {
            seen.set(identity, entry);
            continue;
        }
        const what = cloudcast.key !== undefined ? "key" : "title";
        const span = entry.parsed.spans[what] ?? src_diagnostic/* FILE_START */.WS;
        entry.diagnostics.push((0,src_diagnostic/* diagnosticAt */.R5)(entry.file.path, span, `duplicate-${what}`, `${first.file.path} has the same ${what}: both would publish to one Mixcloud cloudcast; give each file its own ${what}`));
    }
}
async function toPublishItem(c, options) {
    const cloudcast = c.parsed.cloudcast;
    const media = c.media;
    const previous = await readPreviousCloudcast(c.file, options);
    return {
        file: c.file.path,
        cloudcast,
        previous,
        audio: media.audio,
        picture: media.picture,
        pictureChanged: pictureChanged(cloudcast, previous, options.changedPaths),
        details: details(c),
    };
}
async function readPreviousCloudcast(file, options) {
    if (file.status === "added" || options.readPrevious === undefined)
        return undefined;
    const text = await options.readPrevious(file);
    return text === undefined
        ? undefined
        : parseCloudcast(text, file.previousPath ?? file.path).cloudcast;
}
/**
 * The API does not show which picture a cloudcast has, so an edit re-sends the picture only when
 * this event changed it in a file that had a previous version: the file names another picture,
 * or the picture file itself changed. A new file's picture went up with its upload.
 */
function pictureChanged(current, previous, changed) {
    const picture = current.picture;
    if (picture === undefined || previous === undefined)
        return false;
    if (JSON.stringify(previous.picture) !== JSON.stringify(picture))
        return true;
    return picture.kind === "path" && changed !== undefined && changed.has(picture.path);
}
async function loadAccount(client, log, signal) {
    const me = await client.me({ signal });
    const cloudcasts = await client.listCloudcasts(me.username, { signal });
    log.info("", `Mixcloud account '${me.username}'${me.isPro ? " (Pro)" : ""}: ${cloudcasts.length} cloudcast${cloudcasts.length === 1 ? "" : "s"}`);
    return {
        username: me.username,
        isPro: me.isPro,
        cloudcasts: cloudcasts.map((c) => ({ key: c.key, name: c.name })),
    };
}
function invalidResult(c) {
    const count = c.diagnostics.length;
    return {
        file: c.file.path,
        status: "invalid",
        title: c.parsed.cloudcast?.title ?? c.parsed.title,
        error: `${count} problem${count === 1 ? "" : "s"}: ${c.diagnostics[0]?.message ?? ""}`,
        diagnostics: c.diagnostics,
        details: c.parsed.cloudcast ? details(c) : undefined,
    };
}
function validResult(c) {
    return {
        file: c.file.path,
        title: c.parsed.cloudcast?.title,
        diagnostics: [],
        details: details(c),
    };
}
function details(c) {
    const cloudcast = c.parsed.cloudcast;
    if (cloudcast === undefined)
        return undefined;
    return {
        tags: cloudcast.tags,
        tracks: cloudcast.sections.length,
        audio: mediaInfo(c.media?.audio),
        picture: mediaInfo(c.media?.picture),
    };
}
function mediaInfo(media) {
    if (media === undefined)
        return undefined;
    if (media.kind === "file") {
        return {
            source: media.relPath,
            size: media.size,
            type: media.type,
            durationSeconds: media.durationSeconds,
        };
    }
    return { source: (0,src_media/* redactUrl */.BO)(media.originalUrl), size: media.size, type: media.type };
}


/***/ })

};
