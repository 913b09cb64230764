export const id = 373;
export const ids = [373];
export const modules = {

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ }),

/***/ 5373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPipeline: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/cloudcast/parse.ts + 12 modules
var parse = __webpack_require__(1240);
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
    "tracklist-path": "a tracklist path that is absolute, a URL or malformed",
    "too-many-exclude-patterns": "more than 100 tracklist_exclude patterns",
    "tracks-and-tracklist": "tracks together with tracklist or tracklist_exclude",
    "media-path": "an audio/picture path that is absolute, escapes the repository or is malformed",
    "media-url": "an audio/picture URL that is not http(s)://, has no host or holds a password",
    "too-many-problems": "more than 100 problems in one file: the rest are not listed",
    "too-many-warnings": "more than 100 warnings in one file: the rest are counted, not listed",
    "read-error": "the file could not be read (reported by the validate command)",
};

;// CONCATENATED MODULE: ./src/cloudcast/index.ts
/** The cloudcast file format: reading and checking a file, and its Mixcloud form fields. */






;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/base.js
class Diff {
    diff(oldStr, newStr, 
    // Type below is not accurate/complete - see above for full possibilities - but it compiles
    options = {}) {
        let callback;
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        else if ('callback' in options) {
            callback = options.callback;
        }
        // Allow subclasses to massage the input prior to running
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
    }
    diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
            value = this.postProcess(value, options);
            if (callback) {
                setTimeout(function () { callback(value); }, 0);
                return undefined;
            }
            else {
                return value;
            }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
            maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: undefined }];
        // Seed editLength = 0, i.e. the content starts with the same values
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
            // Identity per the equality and tokenizer
            return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        // Once we hit the right edge of the edit graph on some diagonal k, we can
        // definitely reach the end of the edit graph in no more than k edits, so
        // there's no point in considering any moves to diagonal k+1 any more (from
        // which we're guaranteed to need at least k+1 more edits).
        // Similarly, once we've reached the bottom of the edit graph, there's no
        // point considering moves to lower diagonals.
        // We record this fact by setting minDiagonalToConsider and
        // maxDiagonalToConsider to some finite value once we've hit the edge of
        // the edit graph.
        // This optimization is not faithful to the original algorithm presented in
        // Myers's paper, which instead pointlessly extends D-paths off the end of
        // the edit graph - see page 7 of Myers's paper which notes this point
        // explicitly and illustrates it with a diagram. This has major performance
        // implications for some common scenarios. For instance, to compute a diff
        // where the new text simply appends d characters on the end of the
        // original text of length n, the true Myers algorithm will take O(n+d^2)
        // time while this optimization needs only O(n+d) time.
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        // Main worker method. checks all permutations of a given edit length for acceptance.
        const execEditLength = () => {
            for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
                let basePath;
                const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
                if (removePath) {
                    // No one else is going to attempt to use this value, clear it
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath - 1] = undefined;
                }
                let canAdd = false;
                if (addPath) {
                    // what newPos will be after we do an insertion:
                    const addPathNewPos = addPath.oldPos - diagonalPath;
                    canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
                }
                const canRemove = removePath && removePath.oldPos + 1 < oldLen;
                if (!canAdd && !canRemove) {
                    // If this path is a terminal then prune
                    // @ts-expect-error - perf optimisation. This type-violating value will never be read.
                    bestPath[diagonalPath] = undefined;
                    continue;
                }
                // Select the diagonal that we want to branch from. We select the prior
                // path whose position in the old string is the farthest from the origin
                // and does not pass the bounds of the diff graph
                if (!canRemove || (canAdd && removePath.oldPos < addPath.oldPos)) {
                    basePath = this.addToPath(addPath, true, false, 0, options);
                }
                else {
                    basePath = this.addToPath(removePath, false, true, 1, options);
                }
                newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
                if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
                    // If we have hit the end of both strings, then we are done
                    return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
                }
                else {
                    bestPath[diagonalPath] = basePath;
                    if (basePath.oldPos + 1 >= oldLen) {
                        maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
                    }
                    if (newPos + 1 >= newLen) {
                        minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
                    }
                }
            }
            editLength++;
        };
        // Performs the length of edit iteration. Is a bit fugly as this has to support the
        // sync and async mode which is never fun. Loops over execEditLength until a value
        // is produced, or until the edit length exceeds options.maxEditLength (if given),
        // in which case it will return undefined.
        if (callback) {
            (function exec() {
                setTimeout(function () {
                    if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                        return callback(undefined);
                    }
                    if (!execEditLength()) {
                        exec();
                    }
                }, 0);
            }());
        }
        else {
            while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
                const ret = execEditLength();
                if (ret) {
                    return ret;
                }
            }
        }
    }
    addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: last.count + 1, added: added, removed: removed, previousComponent: last.previousComponent }
            };
        }
        else {
            return {
                oldPos: path.oldPos + oldPosInc,
                lastComponent: { count: 1, added: added, removed: removed, previousComponent: last }
            };
        }
    }
    extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
            newPos++;
            oldPos++;
            commonCount++;
            if (options.oneChangePerToken) {
                basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
            }
        }
        if (commonCount && !options.oneChangePerToken) {
            basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
    }
    equals(left, right, options) {
        if (options.comparator) {
            return options.comparator(left, right);
        }
        else {
            return left === right
                || (!!options.ignoreCase && left.toLowerCase() === right.toLowerCase());
        }
    }
    removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
            if (array[i]) {
                ret.push(array[i]);
            }
        }
        return ret;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    castInput(value, options) {
        return value;
    }
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    tokenize(value, options) {
        return Array.from(value);
    }
    join(chars) {
        // Assumes ValueT is string, which is the case for most subclasses.
        // When it's false, e.g. in diffArrays, this method needs to be overridden (e.g. with a no-op)
        // Yes, the casts are verbose and ugly, because this pattern - of having the base class SORT OF
        // assume tokens and values are strings, but not completely - is weird and janky.
        return chars.join('');
    }
    postProcess(changeObjects, 
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    options) {
        return changeObjects;
    }
    get useLongestToken() {
        return false;
    }
    buildValues(lastComponent, newTokens, oldTokens) {
        // First we convert our linked list of components in reverse order to an
        // array in the right order:
        const components = [];
        let nextComponent;
        while (lastComponent) {
            components.push(lastComponent);
            nextComponent = lastComponent.previousComponent;
            delete lastComponent.previousComponent;
            lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
            const component = components[componentPos];
            if (!component.removed) {
                if (!component.added && this.useLongestToken) {
                    let value = newTokens.slice(newPos, newPos + component.count);
                    value = value.map(function (value, i) {
                        const oldValue = oldTokens[oldPos + i];
                        return oldValue.length > value.length ? oldValue : value;
                    });
                    component.value = this.join(value);
                }
                else {
                    component.value = this.join(newTokens.slice(newPos, newPos + component.count));
                }
                newPos += component.count;
                // Common case
                if (!component.added) {
                    oldPos += component.count;
                }
            }
            else {
                component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
                oldPos += component.count;
            }
        }
        return components;
    }
}

;// CONCATENATED MODULE: ./node_modules/diff/libesm/diff/array.js

class ArrayDiff extends Diff {
    tokenize(value) {
        return value.slice();
    }
    join(value) {
        return value;
    }
    removeEmpty(value) {
        return value;
    }
}
const arrayDiff = new ArrayDiff();
function diffArrays(oldArr, newArr, options) {
    return arrayDiff.diff(oldArr, newArr, options);
}

;// CONCATENATED MODULE: ./src/cloudcast/diff.ts
// What an edit changes on Mixcloud: the difference between two versions of a cloudcast, field by
// field and track by track, for the pull request preview. A pure function of the two values.


/**
 * Past this many edits the tracklists are said to be rewritten. It also bounds the work: the
 * diff costs about (tracks before + after) × edits, so a hostile tracklist cannot make it slow.
 */
const MAX_SECTION_EDITS = 200;
function diffCloudcasts(before, after) {
    const fields = fieldChanges(before, after);
    const sections = diffSections(before.sections, after.sections);
    if (sections === undefined) {
        const rewritten = { before: before.sections.length, after: after.sections.length };
        return { fields, sections: [], rewritten };
    }
    return { fields, sections };
}
function fieldChanges(before, after) {
    const values = [
        ["title", (c) => c.title],
        ["description", (c) => c.description],
        ["tags", (c) => (c.tags.length === 0 ? undefined : c.tags.join(", "))],
        ["picture", (c) => mediaText(c.picture)],
        ["audio", (c) => mediaText(c.audio)],
        ["unlisted", (c) => flag(c.unlisted)],
        ["publish date", (c) => c.publishDate],
        ["comments disabled", (c) => flag(c.disableComments)],
        ["stats hidden", (c) => flag(c.hideStats)],
        ["hosts", (c) => (c.hosts.length === 0 ? undefined : c.hosts.join(", "))],
        ["key", (c) => c.key],
    ];
    return values.flatMap(([field, read]) => {
        const [was, is] = [read(before), read(after)];
        if (normalise(was ?? "") === normalise(is ?? ""))
            return [];
        return [
            {
                field,
                ...(was === undefined ? {} : { before: was }),
                ...(is === undefined ? {} : { after: is }),
            },
        ];
    });
}
/** A flag as the file writes it; unset reads as Mixcloud's default, off. */
function flag(value) {
    return value === true ? "yes" : undefined;
}
/** A path as written; a URL without its query string, which may carry a token. */
function mediaText(media) {
    if (media === undefined)
        return undefined;
    if (media.kind === "path")
        return media.path;
    const query = media.url.search(/[?#]/);
    return query < 0 ? media.url : media.url.slice(0, query);
}
/**
 * Sections matched by what they are (artist and title, or the chapter's text); a match whose
 * start moved, and a removed section followed by an added one in its place, are changes.
 * Undefined past {@link MAX_SECTION_EDITS}.
 */
function diffSections(before, after) {
    const beforeKeys = before.map(identity);
    const afterKeys = after.map(identity);
    const runs = diffArrays(beforeKeys, afterKeys, { maxEditLength: MAX_SECTION_EDITS });
    if (runs === undefined)
        return undefined;
    const changes = [];
    let [b, a] = [0, 0];
    let removed = [];
    const flushRemoved = () => {
        changes.push(...removed.map((s) => ({ kind: "removed", before: s })));
        removed = [];
    };
    for (const run of runs) {
        if (run.removed) {
            removed.push(...before.slice(b, b + run.count));
            b += run.count;
        }
        else if (run.added) {
            for (const section of after.slice(a, a + run.count)) {
                const replaced = removed.shift();
                changes.push(replaced === undefined
                    ? { kind: "added", after: section }
                    : { kind: "changed", before: replaced, after: section });
            }
            a += run.count;
            flushRemoved();
        }
        else {
            flushRemoved();
            for (let i = 0; i < run.count; i += 1, b += 1, a += 1) {
                const [was, is] = [before[b], after[a]];
                if (was.start !== is.start)
                    changes.push({ kind: "changed", before: was, after: is });
            }
        }
    }
    flushRemoved();
    return changes;
}
/** What a section is, as Mixcloud stores it (white space collapsed). */
function identity(section) {
    return section.kind === "track"
        ? `t\u0000${normalise(section.artist)}\u0000${normalise(section.song)}`
        : `c\u0000${normalise(section.chapter)}`;
}
/** White space Mixcloud would change: a run, anything but a plain space, or at either end. */
const FOLDABLE_SPACE = /\s\s|[^\S ]|^\s|\s$/;
/** Mixcloud trims and collapses white space and line ends in what it stores. */
function normalise(text) {
    // Most names have nothing to fold: testing first spares a long tracklist a copy of each.
    return FOLDABLE_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

// EXTERNAL MODULE: ./src/diagnostic.ts
var src_diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/media/index.ts + 5 modules
var src_media = __webpack_require__(3517);
// EXTERNAL MODULE: ./src/cloudcast/mixcloud-rules/index.ts + 8 modules
var mixcloud_rules = __webpack_require__(6440);
;// CONCATENATED MODULE: ./src/cloudcast/fields.ts
/**
 * The text fields of a Mixcloud upload or edit for a cloudcast, in the order they are sent
 * (MIXCLOUD_API.md). The files (`mp3`, `picture`) are not among them: they are streamed apart.
 * Booleans are sent as "1" when true and left out when false, the form every client agrees on.
 * A track's `album` is never sent: Mixcloud's sections have no such field, and it is in the file
 * only for the licensing check (src/cloudcast/mixcloud-rules/).
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
    if (compare_normalise(local.title) !== compare_normalise(remote.name))
        differences.push("title");
    if (local.description !== undefined &&
        compare_normalise(local.description) !== compare_normalise(remote.description ?? "")) {
        differences.push("desc");
    }
    // Mixcloud stores tags case-insensitively; compare them as it does.
    if (local.tags.length > 0 &&
        !sameList(local.tags, remote.tags, (t) => compare_normalise(t).toLowerCase())) {
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
        ? `${section.start}|t|${compare_normalise(section.artist)}|${compare_normalise(section.song)}`
        : `${section.start}|c|${compare_normalise(section.chapter)}`;
}
function sameList(a, b, key) {
    return a.length === b.length && a.every((item, i) => key(item) === key(b[i]));
}
/** Mixcloud trims and collapses white space and line ends in what it stores. */
function compare_normalise(text) {
    return text.replace(/\s+/g, " ").trim();
}

;// CONCATENATED MODULE: ./src/publish/plan.ts
/**
 * `previousTitle` is the title of the file's previous version: taken even when that version was
 * otherwise invalid (its tracklist file unreadable), since the title alone finds its upload.
 */
function matchExisting(cloudcast, previousTitle, account) {
    if (cloudcast.key !== undefined)
        return matchByKey(cloudcast.key, account);
    const byTitle = findByName(cloudcast.title, account);
    if (byTitle.kind !== "new")
        return byTitle;
    if (previousTitle !== undefined && !sameName(previousTitle, cloudcast.title)) {
        const byPrevious = findByName(previousTitle, account);
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

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/publish/overlap.ts



/** The lines that keep publishing runs from overlapping, as the README's workflows have them. */
const CONCURRENCY_ADVICE = "give every workflow that publishes the same constant group, `concurrency: {group: mixcloud-publish, cancel-in-progress: false}`";
/**
 * Right before an upload: what appeared on the account since the run's first listing joins the
 * run's view of it, and the file is matched again. `existing` means another run published the
 * show meanwhile: the caller handles it by `if-exists` instead of uploading it a second time.
 * A listing that fails costs only this narrowing: the upload goes ahead, with a warning.
 */
async function matchAgainBeforeUpload(item, ctx) {
    const appeared = await appearedOrWarn(ctx, item.file, (why) => `could not look at the account again before uploading (${why}): uploading it`);
    if (appeared === undefined)
        return { kind: "new" };
    const known = keysOf(ctx.account);
    for (const cloudcast of appeared) {
        if (!known.has(cloudcast.key))
            ctx.account.cloudcasts.push({ key: cloudcast.key, name: cloudcast.name });
    }
    const match = matchExisting(item.cloudcast, item.previousTitle, ctx.account);
    if (match.kind === "existing") {
        ctx.log.info(item.file, `${match.key} appeared on the account while this run worked (another run published it meanwhile): not uploading it again`);
    }
    return match;
}
/** The keys the run knows on the account now: what it listed, and what it published itself. */
function keysOf(account) {
    return new Set(account.cloudcasts.map((c) => c.key));
}
/**
 * Right after an upload: another cloudcast of the same title that appeared since the run began,
 * other than this upload and those the run knew before it, was published by another run at the
 * same time. Returns the error that fails the file, or undefined. A listing that fails leaves
 * the upload as it is, with a warning.
 */
async function sameShowFromAnotherRun(item, uploaded, knownBefore, ctx) {
    const appeared = await appearedOrWarn(ctx, item.file, (why) => `uploaded, but could not look for the same show published by another run (${why})`);
    if (appeared === undefined)
        return undefined;
    const twin = findTwin(appeared, item.cloudcast.title, uploaded.key, knownBefore);
    return twin === undefined ? undefined : duplicateMessage(uploaded, twin);
}
/**
 * The look right after an upload misses another run's show that Mixcloud has stored but does not
 * list yet (a listing that lags, see MixcloudClient.listingLagMs), and so may the other run's own
 * look: both would end green with the show twice. So once the run's uploads are done, and
 * `listingLagMs` has passed since the last of them, the account is listed once more for all of
 * them. Of two runs that uploaded the same show, the one that uploaded last so sees the other's
 * show, as long as the lag is no longer than that wait. Once per run rather than once per upload:
 * one wait (often already spent on the other uploads) and one listing, however many files; a run
 * that uploaded nothing waits for nothing. Returns the error of each file that now has a twin.
 */
async function sameShowAfterListingLag(uploads, listingLagMs, ctx, now) {
    const twins = new Map();
    if (uploads.length === 0 || ctx.signal.aborted)
        return twins;
    const lastDone = Math.max(...uploads.map((u) => u.doneAt));
    const waitMs = Math.max(0, lastDone + listingLagMs - now());
    ctx.log.info("", `looking for the same shows published by another run once more${waitMs > 0 ? ` in ${(0,mixcloud/* formatDuration */.a3)(waitMs)}, once the account's listing has caught up` : ""}`);
    try {
        await (0,mixcloud/* realSleep */.uk)(waitMs, ctx.signal);
    }
    catch {
        return twins; // cancelled: the run reports that instead
    }
    const appeared = await appearedOrWarn(ctx, "", (why) => `could not look once more for the same shows published by another run (${why})`);
    if (appeared === undefined)
        return twins;
    for (const { item, uploaded, knownBefore } of uploads) {
        const twin = findTwin(appeared, item.cloudcast.title, uploaded.key, knownBefore);
        if (twin !== undefined)
            twins.set(item.file, duplicateMessage(uploaded, twin));
    }
    return twins;
}
/** Another cloudcast of this title, other than this upload and those the run knew before it. */
function findTwin(appeared, title, ours, knownBefore) {
    return appeared.find((c) => c.key !== ours && !knownBefore.has(c.key) && sameName(c.name, title));
}
function duplicateMessage(ours, theirs) {
    const where = (c) => c.url === undefined ? c.key : `${c.key} (${c.url})`;
    return (`another run published the same show at the same time: Mixcloud now holds it twice, as ${where(ours)} from this run and ${where(theirs)}. ` +
        "Delete one of them on mixcloud.com (Mixcloud's API cannot delete a show); a re-run then finds the other and changes nothing. " +
        `To keep runs from overlapping, ${CONCURRENCY_ADVICE}.`);
}
/** The newest `created_time` of the run's first listing: later looks start from it. */
function newestCreated(cloudcasts) {
    let newest;
    for (const { createdTime } of cloudcasts) {
        if (createdTime === undefined || Number.isNaN(Date.parse(createdTime)))
            continue;
        if (newest === undefined || Date.parse(createdTime) > Date.parse(newest))
            newest = createdTime;
    }
    return newest === undefined ? {} : { newestCreatedTime: newest };
}
/**
 * What the account shows that was created since its first listing (from a second before the
 * newest cloudcast then, as Mixcloud dates by the second); an account that was empty is read
 * whole, which is only what appeared since.
 */
async function listAppeared(ctx) {
    const { username, newestCreatedTime } = ctx.account;
    const options = { signal: ctx.signal };
    if (newestCreatedTime === undefined)
        return ctx.client.listCloudcasts(username, options);
    const since = new Date(Date.parse(newestCreatedTime) - 1000).toISOString();
    return ctx.client.listCloudcastsSince(username, since, options);
}
/**
 * What appeared on the account since the run's first listing; undefined when the listing failed,
 * which costs only the narrowing it was for: a warning says what was not done (`instead`).
 */
async function appearedOrWarn(ctx, file, instead) {
    try {
        return await listAppeared(ctx);
    }
    catch (error) {
        ctx.log.warning(file, instead((0,errors/* errorMessage */.g)(error)));
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
;// CONCATENATED MODULE: ./src/publish/execute.ts








async function publishAll(items, ctx) {
    const uploads = [];
    const results = await (0,concurrency/* mapLimit */.s)(items, ctx.concurrency, async (item) => {
        ctx.log.begin?.(item.file);
        const result = await publishOne(item, ctx, uploads);
        ctx.log.end?.(item.file, `${result.status}${result.url ? ` ${result.url}` : ""}${result.error ? `: ${result.error}` : ""}`);
        return result;
    });
    const twins = await sameShowAfterListingLag(uploads, ctx.listingLagMs, ctx, () => performance.now());
    return results.map((result) => {
        const error = twins.get(result.file);
        if (error === undefined)
            return result;
        // Its group said "published" already; the error itself is reported with the result.
        ctx.log.info(result.file, `failed after all: ${error}`);
        return { ...result, status: "failed", error };
    });
}
async function publishOne(item, ctx, uploads) {
    const base = {
        file: item.file,
        title: item.cloudcast.title,
        diagnostics: [],
        warnings: item.warnings,
        details: item.details,
    };
    if (ctx.signal.aborted) {
        return { ...base, status: "failed", error: "cancelled before it was published" };
    }
    try {
        const match = matchExisting(item.cloudcast, item.previousTitle, ctx.account);
        if (match.kind === "error")
            return { ...base, status: "failed", error: match.error };
        if (match.kind === "existing")
            return { ...base, ...(await handleExisting(item, match.key, ctx)) };
        return { ...base, ...(await uploadNew(item, ctx, uploads)) };
    }
    catch (error) {
        const at = error instanceof MediaFetchError ? { errorAt: error.at } : {};
        return { ...base, status: "failed", error: describe(error, ctx.signal), ...at };
    }
}
/** A medium that could not be fetched for its upload, and the line of the file that names it. */
class MediaFetchError extends Error {
    at;
    constructor(message, at) {
        super(message);
        this.at = at;
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
/** `uploads` collects what was uploaded with no twin in sight, for the run's last look. */
async function uploadNew(item, ctx, uploads) {
    const blockers = uploadBlockers(item.cloudcast, ctx.account, ctx.now());
    if (blockers.length > 0)
        return { status: "failed", error: blockers.join("; ") };
    const temporary = [];
    try {
        const audio = await filePart(item.audio, "audio", item.mediaAt.audio, ctx, temporary);
        const picture = item.picture
            ? await filePart(item.picture, "picture", item.mediaAt.picture, ctx, temporary)
            : undefined;
        const meanwhile = await matchAgainBeforeUpload(item, ctx);
        if (meanwhile.kind === "existing")
            return handleExisting(item, meanwhile.key, ctx);
        if (meanwhile.kind === "error")
            return { status: "failed", error: meanwhile.error };
        const knownBefore = keysOf(ctx.account);
        const result = await uploadExactlyOnce(item, { fields: toFormFields(item.cloudcast), audio, picture }, ctx);
        ctx.account.cloudcasts.push({ key: result.key, name: item.cloudcast.title });
        const url = result.url ?? (await lookUpPageUrl(item.file, result.key, ctx));
        const twin = await sameShowFromAnotherRun(item, { key: result.key, url }, knownBefore, ctx);
        if (twin !== undefined)
            return { status: "failed", key: result.key, url, error: twin };
        uploads.push({
            item,
            uploaded: { key: result.key, url },
            knownBefore,
            doneAt: performance.now(),
        });
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
        why = (0,errors/* errorMessage */.g)(error);
    }
    ctx.log.warning(file, `${key} is on Mixcloud, but its page URL could not be read: ${why}`);
    return undefined;
}
/**
 * Sends the upload (the client itself retries only what cannot duplicate it). When the answer is
 * lost after the whole body went out, nobody knows whether Mixcloud stored it: the account is
 * looked up at once and, if it is not there, looked up again after a settle wait (as long as the
 * client waited for the answer when none came; one backoff delay when the connection was lost).
 * Found: that is the upload. Not found:
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
            const settleMs = error.serverMayStillBeWorking ? ctx.settleMs : ctx.listingLagMs;
            const found = await lookUpLostUpload(item, known, settleMs, ctx);
            if (found !== undefined) {
                ctx.log.info(item.file, `the interrupted upload did arrive: ${found.url ?? found.key}`);
                return found;
            }
            if (error.serverMayStillBeWorking || attempt >= ctx.attempts) {
                throw new LostUploadError(settleMs, error.serverMayStillBeWorking);
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
        super(`the upload's answer was lost and Mixcloud did not show it ${(0,mixcloud/* formatDuration */.a3)(settleMs)} later; ${why}: re-run the workflow to finish (the re-run finds it by its title if it arrived, or uploads it if not)`);
        this.name = "LostUploadError";
    }
}
async function lookUpLostUpload(item, known, settleMs, ctx) {
    const now = await findNewUpload(item.cloudcast.title, known, ctx);
    if (now !== undefined)
        return now;
    ctx.log.info(item.file, `not there yet: looking again in ${(0,mixcloud/* formatDuration */.a3)(settleMs)}, in case Mixcloud is still storing it`);
    await (0,mixcloud/* realSleep */.uk)(settleMs, ctx.signal);
    return findNewUpload(item.cloudcast.title, known, ctx);
}
async function findNewUpload(title, known, ctx) {
    const all = await ctx.client.listCloudcasts(ctx.account.username, { signal: ctx.signal });
    const fresh = all.find((c) => !known.has(c.key) && sameName(c.name, title));
    return fresh === undefined ? undefined : { key: fresh.key, url: fresh.url };
}
async function filePart(media, kind, at, ctx, temporary) {
    if (media.kind === "file" && media.lfs === undefined) {
        return { path: media.path, filename: media.filename, contentType: media.contentType };
    }
    try {
        if (media.kind === "file") {
            return await lfsFilePart({ ...media, lfs: media.lfs }, kind, ctx, temporary);
        }
        ctx.log.info("", `downloading ${kind} ${media.url}`);
        const local = await ctx.download(media, kind);
        temporary.push(local);
        return {
            path: local.path,
            filename: media.filename,
            contentType: local.contentType ?? media.contentType ?? "application/octet-stream",
        };
    }
    catch (error) {
        if (ctx.signal.aborted || at === undefined)
            throw error;
        throw new MediaFetchError((0,errors/* errorMessage */.g)(error), at);
    }
}
/** The object is downloaded only here, for an upload that is really sent (never for an edit's audio). */
async function lfsFilePart(media, kind, ctx, temporary) {
    if (ctx.downloadLfs === undefined)
        throw new Error(`${media.relPath} is in Git LFS, and no LFS server is set up for this run`);
    ctx.log.info("", `downloading ${kind} ${media.relPath} from Git LFS`);
    const local = await ctx.downloadLfs(media, kind);
    temporary.push(local);
    return { path: local.path, filename: media.filename, contentType: media.contentType };
}
async function localPicture(item, ctx) {
    if (item.picture === undefined)
        return undefined;
    const temporary = [];
    const part = await filePart(item.picture, "picture", item.mediaAt.picture, ctx, temporary);
    return { part, local: temporary[0] };
}
function describe(error, signal) {
    if (signal.aborted) {
        return "cancelled while publishing: re-run to finish (a re-run never uploads a cloudcast twice)";
    }
    return (0,errors/* errorMessage */.g)(error);
}

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

// EXTERNAL MODULE: ./src/tracklist/stage.ts
var stage = __webpack_require__(7873);
;// CONCATENATED MODULE: ./src/pipeline.ts












async function runPipeline(pipelineOptions) {
    // One run of URL checks for the batch: each URL once, all within one time budget.
    const options = {
        ...pipelineOptions,
        media: { urlChecks: (0,src_media/* createUrlCheckRun */.xr)(), ...pipelineOptions.media },
    };
    const tracklists = (0,stage/* readCloudcastTracklist */.y)(options.workspace, options.media?.lfs);
    const checked = await (0,concurrency/* mapLimit */.s)(options.files, 8, (file) => checkFile(file, options, tracklists).catch((error) => {
        // A cancelled run stops; any other exception fails its own file, not the run.
        if (options.signal.aborted)
            throw error;
        const diagnostic = (0,src_diagnostic/* internalErrorAt */.j)(file.path, error);
        const parsed = { file: file.path, diagnostics: [diagnostic], spans: {} };
        return { file, parsed, diagnostics: [diagnostic], warnings: [] };
    }));
    addBatchDiagnostics(checked);
    await (0,concurrency/* mapLimit */.s)(checked, 8, (c) => addPrevious(c, options));
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
        addAccountWarnings(items, account, options.log);
        return await publishAll(items, {
            client,
            account,
            ifExists: options.ifExists,
            concurrency: options.concurrency,
            attempts: options.retries,
            settleMs: client.answerTimeoutMs,
            listingLagMs: client.listingLagMs,
            signal: options.signal,
            log: options.log,
            download: options.download,
            ...(options.downloadLfs === undefined ? {} : { downloadLfs: options.downloadLfs }),
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
            warnings: item.warnings,
            details: item.details,
        }));
    }
    finally {
        await client?.close();
    }
}
async function checkFile(file, options, tracklists) {
    const read = await readWorkspaceFile(options.workspace, file.path, 1024 * 1024 + 1);
    if (!read.ok) {
        const diagnostic = (0,src_diagnostic/* diagnosticAt */.R5)(file.path, src_diagnostic/* FILE_START */.WS, read.rule, read.message);
        return {
            file,
            parsed: { file: file.path, diagnostics: [diagnostic], spans: {} },
            diagnostics: [diagnostic],
            warnings: [],
        };
    }
    // The tracklist stage passes a file that is already invalid through as it is.
    const { parsed, source: tracklist } = await tracklists((0,parse.parseCloudcast)(read.bytes, file.path));
    if (tracklist !== undefined)
        options.log.info(file.path, describeTracklist(tracklist));
    const warnings = [...(parsed.warnings ?? [])];
    if (parsed.cloudcast === undefined) {
        return { file, parsed, tracklist, diagnostics: parsed.diagnostics, warnings };
    }
    const media = await (0,src_media/* checkMedia */.Pt)(parsed, {
        workspace: options.workspace,
        signal: options.signal,
        note: (message) => options.log.info(file.path, message),
        ...options.media,
    });
    const checked = {
        file,
        parsed,
        media,
        tracklist,
        diagnostics: [...media.diagnostics],
        warnings: [...warnings, ...media.warnings],
    };
    addShowRules(checked, options.licensing ?? "warn");
    return checked;
}
/**
 * Mixcloud's rules about the show itself, once its media are checked and the audio's duration
 * is known: a track past the end of the audio makes the file invalid before anything is sent.
 */
function addShowRules(c, licensing) {
    const cloudcast = c.parsed.cloudcast;
    if (cloudcast === undefined)
        return;
    const audio = c.media?.audio;
    const durationSeconds = audio !== undefined && "durationSeconds" in audio ? audio.durationSeconds : undefined;
    const found = (0,mixcloud_rules/* showRules */.R9)({ ...c.parsed, cloudcast }, { durationSeconds }, licensing);
    c.diagnostics.push(...found.errors);
    c.warnings.push(...found.warnings);
}
/**
 * Before anything is sent: each new upload (not an edit) to a free account that already holds
 * its 10 public shows is told it may land in the drafts, in the log now and in its result.
 */
function addAccountWarnings(items, account, log) {
    let earlierNew = 0;
    for (const item of items) {
        if (matchExisting(item.cloudcast, item.previousTitle, account).kind !== "new")
            continue;
        const warning = (0,mixcloud_rules/* draftsWarning */.tR)(item.file, account, earlierNew);
        earlierNew += 1;
        if (warning === undefined)
            continue;
        log.info(item.file, `warning: ${warning.message}`);
        item.warnings.push(warning);
    }
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
    const previous = c.previous?.cloudcast;
    return {
        file: c.file.path,
        cloudcast,
        previous,
        previousTitle: previous?.title ?? c.previous?.title,
        audio: media.audio,
        picture: media.picture,
        pictureChanged: pictureChanged(cloudcast, previous, options.changedPaths),
        mediaAt: { audio: c.parsed.spans.audio ?? src_diagnostic/* FILE_START */.WS, picture: c.parsed.spans.picture },
        details: details(c),
        warnings: [...c.warnings],
    };
}
/** Reads the previous version of a file that has one; one that cannot be read is left out. */
async function addPrevious(c, options) {
    if (c.file.status === "added" || options.readPrevious === undefined)
        return;
    if (c.parsed.cloudcast === undefined)
        return;
    c.previous = await options.readPrevious(c.file).catch(() => undefined);
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
        ...newestCreated(cloudcasts),
        // `/me/` counts the account's shows; the listing is the fallback where that count is missing.
        cloudcastCount: Math.max(me.cloudcastCount, cloudcasts.length),
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
        warnings: c.warnings,
        details: c.parsed.cloudcast ? details(c) : undefined,
    };
}
function validResult(c) {
    return {
        file: c.file.path,
        title: c.parsed.cloudcast?.title,
        diagnostics: [],
        warnings: c.warnings,
        details: details(c),
    };
}
function details(c) {
    const cloudcast = c.parsed.cloudcast;
    if (cloudcast === undefined)
        return undefined;
    const change = changeOf(c);
    return {
        tags: cloudcast.tags,
        tracks: cloudcast.sections.length,
        sections: cloudcast.sections.map((section, i) => sectionRow(section, c.parsed.sectionSpans?.[i])),
        ...(c.tracklist === undefined
            ? {}
            : {
                tracklist: {
                    file: c.tracklist.file,
                    excluded: c.tracklist.excluded,
                    left: c.tracklist.left,
                },
            }),
        audio: mediaInfo(c.media?.audio),
        picture: mediaInfo(c.media?.picture),
        ...(change === undefined ? {} : { change }),
    };
}
function sectionRow(section, at) {
    return at === undefined
        ? { section }
        : { section, at: { file: at.file, line: at.line, column: at.column } };
}
/** For a modified or renamed file: what Mixcloud gets differently from its previous version. */
function changeOf(c) {
    const cloudcast = c.parsed.cloudcast;
    if (cloudcast === undefined || c.previous === undefined)
        return undefined;
    if (c.file.status !== "modified" && c.file.status !== "renamed")
        return undefined;
    const before = c.previous.cloudcast;
    const from = c.file.previousPath;
    const renamed = from === undefined || from === c.file.path ? {} : { renamedFrom: from };
    if (before === undefined) {
        const problem = c.previous.diagnostics[0];
        return { unreadable: problem === undefined ? "it is not valid" : problem.message, ...renamed };
    }
    return { diff: diffCloudcasts(before, cloudcast), ...renamed };
}
/** `12 sections from shows/ep1.cue (cue), 3 entries left out by tracklist_exclude` */
function describeTracklist(source) {
    const format = source.format === undefined ? "" : ` (${source.format})`;
    const sections = `${source.sections} section${source.sections === 1 ? "" : "s"}`;
    const left = source.excluded === 0
        ? ""
        : `, ${source.excluded} ${source.excluded === 1 ? "entry" : "entries"} left out by tracklist_exclude`;
    return `${sections} from ${source.file}${format}${left}`;
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


/***/ }),

/***/ 7873:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ readCliTracklist),
/* harmony export */   y: () => (/* binding */ readCloudcastTracklist)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5733);
/* harmony import */ var _selection_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6317);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1087);
// The tracklist stage as the pipeline and `validate` run it: where the workspace is, how paths
// are named, and one folder listing shared by every file of a run.





/** A function that completes each parsed cloudcast file (named workspace-relative) of a run. */
function readCloudcastTracklist(workspace, lfs) {
    let shared;
    return async (parsed) => {
        if (!(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .mayHaveTracklistFile */ .jN)(parsed))
            return { parsed };
        shared ??= (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(workspace).then((root) => ({ root, listFolder: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .folderLister */ .SN)(root) }));
        const { root, listFolder } = await shared;
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .applyTracklistFile */ .yC)(parsed, {
            root,
            cloudcastPath: parsed.file,
            listFolder,
            ...(lfs === undefined ? {} : { lfs }),
        });
    };
}
/**
 * The tracklist stage as `validate` runs it on files named relative to `cwd`: a tracklist file
 * must stay inside the git repository holding the cloudcast file (the folder with `.git`), or
 * inside `cwd` outside any repository; paths in messages are relative to `cwd`, as typed. An
 * export held as a Git LFS pointer is fetched through `lfsOf(root)` (one per repository, made
 * when its first file is met), and refused without it.
 */
function readCliTracklist(cwd, lfsOf) {
    const realCwd = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(cwd).catch(() => cwd);
    // Per folder, not per file: a thousand files in one folder cost one realpath and one walk up.
    const folders = new Map();
    // Per repository: its folder listings, and its way to its LFS server (made on first use).
    const repositories = new Map();
    const placeOf = (folder) => {
        let place = folders.get(folder);
        if (place === undefined) {
            place = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(folder)
                .catch(() => folder)
                .then(async (real) => ({ folder: real, root: await findRoot(real, await realCwd) }));
            folders.set(folder, place);
        }
        return place;
    };
    return async (parsed) => {
        if (!(0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .mayHaveTracklistFile */ .jN)(parsed))
            return { parsed };
        const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, parsed.file);
        const { folder, root } = await placeOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(absolute));
        let repository = repositories.get(root);
        if (repository === undefined) {
            repository = { listFolder: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .folderLister */ .SN)(root), ...(lfsOf && { lfs: lfsOf(root) }) };
            repositories.set(root, repository);
        }
        const base = await realCwd;
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .applyTracklistFile */ .yC)(parsed, {
            root,
            cloudcastPath: slashes((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(absolute)))),
            display: (path) => (0,_selection_files_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path), base),
            ...repository,
        });
    };
}
/** The nearest folder up from `folder` with a `.git` entry; else `cwd` if it holds `folder`; else `folder`. */
async function findRoot(folder, cwd) {
    for (let at = folder;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        if (await exists((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, ".git")))
            return at;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
            break;
    }
    return (0,_media_workspace_path_js__WEBPACK_IMPORTED_MODULE_2__/* .isInside */ .FK)(cwd, folder) ? cwd : folder;
}
function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(path).then(() => true, () => false);
}
function slashes(path) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === "/" ? path : path.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
}


/***/ })

};
