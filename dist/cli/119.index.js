export const id = 119;
export const ids = [119];
export const modules = {

/***/ 6440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ox: () => (/* reexport */ LICENSING_MODES),
  tR: () => (/* reexport */ draftsWarning),
  eY: () => (/* reexport */ isLicensingMode),
  R9: () => (/* reexport */ showRules)
});

// UNUSED EXPORTS: FREE_ACCOUNT_PUBLIC_SHOWS, LICENSING_LIMITS, MIN_SHOW_SECONDS, MIXCLOUD_RULES, applyLicensingMode, artistKey, comparableName, lengthDiagnostics, licensingWarnings, primaryArtist

// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/artist.ts
// When two tracks are "by the same artist" or "from the same album" for Mixcloud's licensing
// rules. Names are compared as a person reading a tracklist would: ignoring case, accents and
// spaces, and counting `A feat. B` as A's track. Everything else stays as written: a name with
// `&`, `and`, `x`, `vs` or a comma is one act (Simon & Garfunkel, Chase & Status, Crosby, Stills
// & Nash), and splitting it would count tracks against artists that did not make them.
/**
 * Where a featured artist starts: `feat.`, `feat`, `ft.`, `ft` or `featuring` as a word of its
 * own, after a space or opening a bracket (`A feat. B`, `A (ft. B)`, `A [featuring B]`). Matched
 * on text whose white space is collapsed, so no pattern here can backtrack over a long run of it.
 */
const FEATURING = /[ ([] ?(?:featuring|feat|ft)(?=[. ]|$)/iu;
/** Every spelling FEATURING looks for contains one of these. */
const MAY_FEATURE = /f(?:ea)?t/i;
/** Left at the end of the main artist once the featured part is cut: `A, feat. B`, `A (ft. B)`. */
const TRAILING = new Set([" ", ",", ";", "(", "["]);
/** The main artist as written: `Moodymann feat. Andrés` → `Moodymann`. */
function primaryArtist(artist) {
    const text = collapseSpaces(artist);
    // Most names hold no `ft` or `feat` at all: they skip the word-boundary search.
    if (!MAY_FEATURE.test(text))
        return text;
    // From the second character: a name that starts with "Feat" is someone's name.
    const at = text.slice(1).search(FEATURING);
    if (at < 0)
        return text;
    let end = at + 1;
    while (end > 0 && TRAILING.has(text[end - 1] ?? ""))
        end -= 1;
    return end === 0 ? text : text.slice(0, end);
}
/**
 * The form two names are compared in: Unicode compatibility decomposition (NFKD, so `ﬁ` is `fi`
 * and full-width letters are plain), combining marks removed (`é` is `e`), lower case, and no
 * white space at all (`Daft Punk`, `daft  punk` and `DaftPunk` are one name).
 */
function comparableName(name) {
    // Plain ASCII has nothing to decompose: most names skip the Unicode work.
    const decomposed = PLAIN_ASCII.test(name) ? name : name.normalize("NFKD").replace(/\p{M}/gu, "");
    return withoutSpaces(decomposed.toLowerCase());
}
/** White space other than a plain space, or two spaces in a row: what the regex work is for. */
const UNUSUAL_SPACE = /[^\S ]| {2}/u;
// Nearly every name is words and single spaces: those take the string methods, not a regex.
function collapseSpaces(text) {
    return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text).trim();
}
function withoutSpaces(text) {
    return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text).replaceAll(" ", "");
}
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/**
 * The key under which a track counts against its artist. Remembered: a repository's shows play
 * the same artists again and again, and validating hundreds of files asks for each many times.
 */
function artistKey(artist) {
    let key = knownKeys.get(artist);
    if (key === undefined) {
        key = comparableName(primaryArtist(artist));
        if (knownKeys.size >= MAX_KNOWN_KEYS)
            knownKeys.clear();
        knownKeys.set(artist, key);
    }
    return key;
}
/** Enough for every artist of a large catalogue; a hostile file cannot make it grow past this. */
const MAX_KNOWN_KEYS = 50_000;
const knownKeys = new Map();

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/located.ts

/**
 * Where section `index` was written: its `tracks:` item, or the line of the tracklist file it
 * came from. Without a recorded place, the `tracks:` key (or the file's start) still names the
 * right file.
 */
function sectionPlace(located, index) {
    const span = located.sectionSpans?.[index];
    if (span !== undefined)
        return span;
    return { file: located.file, ...(located.spans.tracks ?? diagnostic/* FILE_START */.WS) };
}

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/licensing.ts



const LICENSING_LIMITS = {
    artistPerShow: 4,
    artistInARow: 3,
    albumPerShow: 3,
    albumInARow: 2,
};
const BY_ARTIST = {
    key: (t) => artistKey(t.artist),
    phrase: (t) => `by ${quoted(primaryArtist(t.artist))}`,
    one: "by one artist",
    what: "artist",
};
const BY_ALBUM = {
    key: (t) => (t.album === undefined ? undefined : comparableName(t.album)),
    phrase: (t) => `from the album ${quoted(t.album ?? "")}`,
    one: "from one album",
    what: "album",
};
/** Every breach of the licensing rules in one show, as warnings in the order of its tracks. */
function licensingWarnings(located) {
    const tracks = [];
    located.cloudcast.sections.forEach((section, index) => {
        if (section.kind === "track")
            tracks.push({ track: section, index });
    });
    const byArtist = keyed(tracks, BY_ARTIST);
    const byAlbum = keyed(tracks, BY_ALBUM);
    const found = [
        ...perShow(byArtist, BY_ARTIST, LICENSING_LIMITS.artistPerShow),
        ...inARow(byArtist, BY_ARTIST, LICENSING_LIMITS.artistInARow),
        ...perShow(byAlbum, BY_ALBUM, LICENSING_LIMITS.albumPerShow),
        ...inARow(byAlbum, BY_ALBUM, LICENSING_LIMITS.albumInARow),
    ];
    found.sort((a, b) => a.at.index - b.at.index);
    return found.map(({ at, rule, message }) => {
        const place = sectionPlace(located, at.index);
        return (0,diagnostic/* warningAt */.MK)(place.file, place, rule, message);
    });
}
/** Each track's key, worked out once for both rules of a grouping. */
function keyed(tracks, by) {
    return tracks.map(({ track, index }) => ({ track, index, key: by.key(track) ?? "" }));
}
/** The track past the limit for each group that has more tracks in the show than it allows. */
function perShow(tracks, by, limit) {
    const seen = new Map();
    for (const entry of tracks) {
        if (entry.key === "")
            continue;
        const list = seen.get(entry.key) ?? [];
        list.push(entry);
        seen.set(entry.key, list);
    }
    const breaches = [];
    for (const list of seen.values()) {
        const first = list[limit];
        if (first === undefined)
            continue;
        breaches.push({
            at: first,
            rule: `licensing-${by.what}`,
            message: `the ${ordinal(limit + 1)} track ${by.phrase(first.track)} in this show (${list.length} in all): Mixcloud's licensing rules allow at most ${limit} tracks ${by.one} per show, and a show that breaks them can be muted or taken down; leave ${list.length - limit === 1 ? "one" : list.length - limit} out`,
        });
    }
    return breaches;
}
/** The track past the limit in each run of consecutive tracks of one group longer than it allows. */
function inARow(tracks, by, limit) {
    const breaches = [];
    let runKey = "";
    let runLength = 0;
    for (const entry of tracks) {
        const key = entry.key;
        runLength = key !== "" && key === runKey ? runLength + 1 : 1;
        runKey = key;
        if (key === "" || runLength !== limit + 1)
            continue;
        breaches.push({
            at: entry,
            rule: `licensing-${by.what}-in-a-row`,
            message: `the ${ordinal(limit + 1)} track in a row ${by.phrase(entry.track)}: Mixcloud's licensing rules allow at most ${limit} tracks ${by.one} in a row, and a show that breaks them can be muted or taken down; play something else in between`,
        });
    }
    return breaches;
}
/** `3rd`, `4th`, `5th`: the limits here are small numbers. */
function ordinal(n) {
    const teen = n % 100 >= 11 && n % 100 <= 13;
    const suffix = teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
    return `${n}${suffix}`;
}
/** A name from the file, on one line and short enough for a message: `"Moodymann"`. */
function quoted(name) {
    const line = name.replace(/\s+/gu, " ").trim();
    const chars = [...line];
    return JSON.stringify(chars.length > 100 ? `${chars.slice(0, 99).join("")}…` : line);
}

// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __webpack_require__(6134);
;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/length.ts



/** Mixcloud's shortest show, in seconds. */
const MIN_SHOW_SECONDS = 15 * 60;
/**
 * An error at the first section that starts at or after the end of the audio (the ones after it
 * are counted in its message), and a warning when the show is shorter than Mixcloud takes.
 */
function lengthDiagnostics(located, durationSeconds) {
    if (durationSeconds === undefined || !Number.isFinite(durationSeconds) || durationSeconds <= 0)
        return { errors: [], warnings: [] };
    return {
        errors: pastTheEnd(located, durationSeconds),
        warnings: tooShort(located, durationSeconds),
    };
}
function pastTheEnd(located, duration) {
    const sections = located.cloudcast.sections;
    const first = sections.findIndex((s) => s.start >= duration);
    const section = sections[first];
    if (section === undefined)
        return [];
    const after = sections.length - first - 1;
    const what = section.kind === "track" ? "this track" : "this chapter";
    const rest = after === 0 ? "" : ` (and the ${after === 1 ? "section" : `${after} sections`} after it)`;
    const place = sectionPlace(located, first);
    return [
        (0,diagnostic/* diagnosticAt */.R5)(place.file, place, "start-after-audio", `${what} starts at ${(0,start_time/* formatStartTime */.z)(section.start)}${rest}, but the audio ends at ${clock(duration)}: is this the tracklist of another recording, or was the recording cut short? Fix the start or the audio`),
    ];
}
function tooShort(located, duration) {
    if (duration >= MIN_SHOW_SECONDS)
        return [];
    const span = located.spans.audio ?? diagnostic/* FILE_START */.WS;
    return [
        (0,diagnostic/* warningAt */.MK)(located.file, span, "show-too-short", `the audio is ${clock(duration)} long: Mixcloud has refused shows shorter than 15 minutes (shorter music goes up as a "Track" on mixcloud.com); the upload may be turned down`),
    ];
}
/** `m:ss` / `h:mm:ss` of a duration, to the tenth of a second when it is not whole. */
function clock(seconds) {
    const whole = Math.floor(seconds);
    const tenths = Math.floor((seconds - whole) * 10);
    return tenths === 0 ? (0,start_time/* formatStartTime */.z)(whole) : `${(0,start_time/* formatStartTime */.z)(whole)}.${tenths}`;
}

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/account.ts

/** How many public shows a free account keeps. */
const FREE_ACCOUNT_PUBLIC_SHOWS = 10;
/**
 * The warning for a new upload to a free account that is already at its limit of public shows,
 * counting the new uploads of this run before it (`earlierNewUploads`); undefined when none applies.
 */
function draftsWarning(file, account, earlierNewUploads) {
    if (account.isPro)
        return undefined;
    const shows = account.cloudcastCount + earlierNewUploads;
    if (shows < FREE_ACCOUNT_PUBLIC_SHOWS)
        return undefined;
    return (0,diagnostic/* warningAt */.MK)(file, diagnostic/* FILE_START */.WS, "account-drafts", `'${account.username}' is not a Pro account and already holds ${shows} shows${earlierNewUploads > 0 ? ` (with the earlier uploads of this run)` : ""}: Mixcloud keeps at most ${FREE_ACCOUNT_PUBLIC_SHOWS} public shows on a free account, so this upload may land in the drafts until the account is Pro or another show is removed`);
}

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/mode.ts
const LICENSING_MODES = ["warn", "error", "off"];
function isLicensingMode(value) {
    return LICENSING_MODES.includes(value);
}
/**
 * The licensing warnings as the mode wants them: as they are, as errors (which make the file
 * invalid, so nothing of the batch is published), or none.
 */
function applyLicensingMode(warnings, mode) {
    if (mode === "off")
        return { errors: [], warnings: [] };
    if (mode === "warn")
        return { errors: [], warnings: [...warnings] };
    return {
        errors: warnings.map(({ severity: _warning, ...error }) => ({
            ...error,
            message: `${error.message} (licensing is set to error, so this blocks publishing)`,
        })),
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/ids.ts
/**
 * The rules of Mixcloud's own that a show is checked against beside the file format's (RULES in
 * ../rules.ts), by the stable id a Diagnostic carries. All are warnings but `start-after-audio`.
 */
const MIXCLOUD_RULES = {
    "licensing-artist": "more than 4 tracks by one artist in a show",
    "licensing-artist-in-a-row": "more than 3 tracks by one artist in a row",
    "licensing-album": "more than 3 tracks from one album in a show",
    "licensing-album-in-a-row": "more than 2 tracks from one album in a row",
    "start-after-audio": "a section that starts at or after the end of the audio (an error)",
    "show-too-short": "audio shorter than 15 minutes, which Mixcloud has refused",
    "account-drafts": "a new upload to a free account that already holds 10 shows",
};

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/show.ts



/**
 * Every rule of Mixcloud's about one show: the licensing rules (as `mode` wants them) and, when
 * the audio's duration is known, the length rules. Errors make the file invalid; warnings never.
 */
function showRules(located, audio, mode) {
    const licensing = applyLicensingMode(mode === "off" ? [] : licensingWarnings(located), mode);
    const length = lengthDiagnostics(located, audio.durationSeconds);
    return {
        errors: [...licensing.errors, ...length.errors],
        warnings: [...licensing.warnings, ...length.warnings],
    };
}

;// CONCATENATED MODULE: ./src/cloudcast/mixcloud-rules/index.ts
/**
 * Mixcloud's own rules, checked before Mixcloud applies them: each a pure function of a valid
 * cloudcast (and what is known of its audio, or of the account) to diagnostics. Warnings where
 * Mixcloud may hold something against a show without refusing it; an error where the file
 * cannot be right (a track that starts after the audio ends).
 */









/***/ }),

/***/ 6134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseStartTime),
/* harmony export */   z: () => (/* binding */ formatStartTime)
/* harmony export */ });
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


/***/ }),

/***/ 114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RH: () => (/* binding */ LICENSING_HELP),
/* harmony export */   Rm: () => (/* binding */ LICENSING_OPTION),
/* harmony export */   cU: () => (/* binding */ readLicensingOption)
/* harmony export */ });
/* harmony import */ var _cloudcast_mixcloud_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6440);
// `--licensing MODE`, which `validate` and `publish` both take: one spelling of the option, of its
// help and of its error, read one way.

const LICENSING_OPTION = { licensing: { type: "string" } };
const LICENSING_HELP = `  --licensing MODE       Mixcloud's licensing rules: warn (default), error (a breach is a
                         problem, which blocks publishing), off
`;
/** The mode `--licensing` names (`warn` when it is not given), or what is wrong with it. */
function readLicensingOption(raw) {
    const value = raw ?? "warn";
    if ((0,_cloudcast_mixcloud_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isLicensingMode */ .eY)(value))
        return value;
    return new Error(`--licensing takes ${_cloudcast_mixcloud_rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .LICENSING_MODES */ .ox.join(", ").replace(/, (?=\w+$)/, " or ")}, not '${value}'`);
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError),
/* harmony export */   y: () => (/* binding */ readCommandLine)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2969);
// One way for every command to read its command line: --help prints the usage (exit 0); a bad
// command line says what was wrong, the nearest known option when there is one, and where the
// help is (exit 2).




/**
 * Parses `args` against `options` (which must include `help`). Returns the parsed values and
 * positionals, or the exit code when the command should stop here (help shown, usage error).
 */
function readCommandLine(command, args, io, spec) {
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: spec.options,
            allowPositionals: spec.positionals,
            strict: true,
        });
        if (parsed.values.help === true) {
            io.stdout(spec.usage);
            return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Ok;
        }
        return parsed;
    }
    catch (error) {
        return usageError(io, command, error, spec.usage, Object.keys(spec.options));
    }
}
function usageError(io, command, error, usage, knownOptions) {
    const message = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closestName */ .N)(unknown.replace(/^-+/, ""), knownOptions);
    io.stderr(`mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
        `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`);
    return _types_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .y.Usage;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ MAX_EXCLUDE_PATTERNS),
/* harmony export */   Mb: () => (/* binding */ URL_CHECK_BUDGET_MS),
/* harmony export */   _c: () => (/* binding */ DEFAULT_OAUTH_URL),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   xu: () => (/* binding */ Limits)
/* harmony export */ });
/* unused harmony exports Inputs, Outputs, DEFAULT_FILES, COMMENT_MARKER */
/** Names of the action's inputs and outputs (action.yml), kept in one place. */
const Inputs = {
    AccessToken: "access-token",
    Files: "files",
    ChangedOnly: "changed-only",
    DryRun: "dry-run",
    IfExists: "if-exists",
    Comment: "comment",
    GithubToken: "github-token",
    ApiUrl: "api-url",
    Concurrency: "concurrency",
    Retries: "retries",
    Licensing: "licensing",
    Prereleases: "prereleases",
    AllowPrivateUrls: "allow-private-urls",
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
    Warnings: "warnings",
    Matrix: "matrix",
};
const DEFAULT_FILES = (/* unused pure expression or super */ null && (["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"]));
const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";
/** Limits from SPEC §2 and the Mixcloud API. */
const Limits = {
    fileBytes: 1024 * 1024,
    descriptionChars: 1000,
    tags: 5,
    hosts: 2,
    audioBytes: 4 * 1024 * 1024 * 1024,
    pictureBytes: 10 * 1024 * 1024,
};
/**
 * All the URL checks of one run together get three minutes. A healthy check takes well under a
 * second (one HEAD), so a hundred URL shows need seconds; three minutes is six times the
 * per-URL timeout, so a few slow hosts do not use it up, while a pull request naming a thousand
 * URLs that never answer costs three minutes of the job, not an hour (8 checks at a time × 30 s).
 */
const URL_CHECK_BUDGET_MS = 3 * 60_000;
/**
 * The most `tracklist_exclude` patterns one cloudcast may have (checked with the format, used by
 * the tracklist stage). A playout log's non-music entries fall under a handful of patterns
 * (station idents, jingles, adverts, news, weather, a few named sponsors): even a station with
 * many writes a few dozen. Each pattern reads every name once, so the work grows with their
 * number; 100 bounds it while leaving room for any real list.
 */
const MAX_EXCLUDE_PATTERNS = 100;
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ warningAt),
/* harmony export */   OI: () => (/* binding */ moreProblems),
/* harmony export */   QF: () => (/* binding */ inLineOrder),
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   j: () => (/* binding */ internalErrorAt),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   uV: () => (/* binding */ MAX_DIAGNOSTICS),
/* harmony export */   uo: () => (/* binding */ capped),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** The span of the first character of a file: for problems that belong to the file as a whole. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function diagnosticAt(file, span, rule, message) {
    return { file, ...span, message, rule };
}
/** Where to report a bug: said in every `internal-error` diagnostic. */
const ISSUES_URL = "https://github.com/mixcloud-publish/mixcloud-publish/issues";
/** Enough of an exception's message to recognise it; a hostile input could make it any length. */
const MAX_INTERNAL_MESSAGE = 300;
/**
 * An exception no check expected (a bug, or an input nobody foresaw), as the diagnostic of the one
 * file it happened on, so that every other file is still checked and reported. Only the message
 * is kept, on one line: a stack trace means nothing in an annotation.
 */
function internalErrorAt(file, error) {
    const flat = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(error).replace(/\s+/g, " ").trim();
    const cut = flat.length > MAX_INTERNAL_MESSAGE ? `${flat.slice(0, MAX_INTERNAL_MESSAGE)}…` : flat;
    const message = `mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at ${ISSUES_URL} (with the file if you can): ${cut}`;
    return diagnosticAt(file, FILE_START, "internal-error", message);
}
function warningAt(file, span, rule, message) {
    return { file, ...span, message, rule, severity: "warning" };
}
/**
 * The stable, grep-able one-line form used by the CLI: `file:line:col: message (rule)`, and
 * `file:line:col: warning: message (rule)` for a warning.
 */
function formatDiagnostic(d) {
    const level = d.severity === "warning" ? "warning: " : "";
    return `${d.file}:${d.line}:${d.column}: ${level}${d.message} (${d.rule})`;
}
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
/** A file's problems and warnings together, in the order of its lines, as the CLI prints them. */
function inLineOrder(found) {
    return [...found.diagnostics, ...(found.warnings ?? [])].sort(compareDiagnostics);
}
/** More than any person fixes in one go; a generated or hostile file could otherwise print thousands. */
const MAX_DIAGNOSTICS = 100;
/**
 * How many problems a closing `too-many-problems` diagnostic stands for, when a reader made it
 * (a tracklist reader counts the problems past the cap without keeping them).
 */
const standsFor = new WeakMap();
/** The diagnostic that closes a capped list: `count` more problems from `at` on. */
function moreProblems(file, at, count) {
    const message = `and ${count.toLocaleString("en")} more problems from here on, not shown: fix the ones above and check again`;
    const closing = diagnosticAt(file, at, "too-many-problems", message);
    standsFor.set(closing, count);
    return closing;
}
function capped(diagnostics) {
    diagnostics.sort(compareDiagnostics);
    const rest = diagnostics.slice(MAX_DIAGNOSTICS);
    const next = rest[0];
    if (!next)
        return diagnostics;
    const count = rest.reduce((sum, d) => sum + (standsFor.get(d) ?? 1), 0);
    const { line, column, endLine, endColumn } = next;
    return [
        ...diagnostics.slice(0, MAX_DIAGNOSTICS),
        moreProblems(next.file, { line, column, endLine, endColumn }, count),
    ];
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The message of anything thrown, for a one-line report. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ })

};
