export const id = 173;
export const ids = [173,500];
export const modules = {

/***/ 173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demo: () => (/* binding */ demo)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/commands/usage.ts
var usage = __webpack_require__(625);
// EXTERNAL MODULE: ./src/commands/publish.ts + 2 modules
var publish = __webpack_require__(500);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/outputs.ts
/** The step outputs of SPEC §3, as strings ready for `core.setOutput`. */



/**
 * `urls` holds exactly the cloudcasts this run published or updated (SPEC §3): an `unchanged`
 * or `skipped` one already existed and was not touched, so a step that announces new uploads
 * must not see it. Their URLs are still in `results`.
 */
function publishedUrls(results) {
    return results
        .filter((r) => r.status === "published" || r.status === "updated")
        .flatMap((r) => (r.url === undefined || r.url === "" ? [] : [r.url]))
        .join("\n");
}
/** Every selected file that parsed and validated: all statuses but `invalid`, in file order. */
function matrix(results) {
    const include = results.filter((r) => r.status !== "invalid").map((r) => ({ file: r.file }));
    return JSON.stringify({ include });
}
/** Output name → value. Text is passed through unchanged: outputs are data, not display. */
function buildOutputs(report) {
    const counts = countStatuses(report.results);
    return {
        [Outputs.Urls]: publishedUrls(report.results),
        [Outputs.Results]: JSON.stringify(report.results.map(toOutputResult)),
        [Outputs.Published]: String(counts.published),
        [Outputs.Updated]: String(counts.updated),
        [Outputs.Skipped]: String(counts.skipped),
        [Outputs.Failed]: String(counts.failed),
        [Outputs.Invalid]: String(counts.invalid),
        [Outputs.Matrix]: matrix(report.results),
    };
}

;// CONCATENATED MODULE: ./src/report/text.ts
/**
 * Making text from cloudcast files (titles, tags, file names, messages that quote them) safe to
 * show: in markdown (job summary, PR comment) and in workflow commands (annotations, log lines).
 *
 * Outputs are left alone: they are data, written by @actions/core with a random heredoc
 * delimiter, and JSON-encoded where structured.
 */
const REPLACEMENT = "\uFFFD";
const ELLIPSIS = "…";
/** Line terminators for the runner (CR, LF), markdown (VT, FF) or Unicode (NEL, LS, PS). */
function isLineBreak(codePoint) {
    return ((codePoint >= 0x0a && codePoint <= 0x0d) ||
        codePoint === 0x85 ||
        codePoint === 0x2028 ||
        codePoint === 0x2029);
}
/**
 * Characters that are invisible or act on the terminal/renderer: C0 controls except tab, DEL,
 * C1 controls, bidirectional embeddings/overrides/isolates (they can make text read differently
 * from what it is — "Trojan Source"), and lone surrogates (not text at all).
 */
function isUnsafe(codePoint) {
    return ((codePoint < 0x20 && codePoint !== 0x09) ||
        (codePoint >= 0x7f && codePoint <= 0x9f) ||
        (codePoint >= 0x202a && codePoint <= 0x202e) ||
        (codePoint >= 0x2066 && codePoint <= 0x2069) ||
        (codePoint >= 0xd800 && codePoint <= 0xdfff));
}
/**
 * A quick test that lets ordinary text skip the character loop below. It over-matches (every
 * surrogate, also those of a well-formed pair); the loop decides.
 */
const MAY_NEED_SANITIZING = 
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;
/**
 * One line of plain, visible text: every line break (CRLF counts once) becomes a space, every
 * other unsafe character becomes U+FFFD. Replaced rather than removed, so that removing one
 * cannot join its neighbours into something meaningful (`:\x00:` must not become `::`).
 */
function text_sanitizeText(text) {
    if (!MAY_NEED_SANITIZING.test(text))
        return text;
    let out = "";
    let previous = "";
    for (const char of text) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (char === "\n" && previous === "\r") {
            previous = char;
            continue;
        }
        if (isLineBreak(codePoint))
            out += " ";
        else if (isUnsafe(codePoint))
            out += REPLACEMENT;
        else
            out += char;
        previous = char;
    }
    return out;
}
/** At most `maxChars` code points (never half a surrogate pair), ending in "…" when cut. */
function text_truncateText(text, maxChars) {
    // A string has at least as many UTF-16 units as code points: short ones need no count.
    if (text.length <= maxChars)
        return text;
    let count = 0;
    let cutAt = 0;
    for (let i = 0; i < text.length; count += 1) {
        if (count === maxChars - 1)
            cutAt = i;
        if (count === maxChars)
            return text.slice(0, cutAt) + ELLIPSIS;
        i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    }
    return text;
}
/** Where a line could start a workflow command (`::cmd::`, or the legacy `##[cmd]`). */
const COMMAND_START = /^\s*(::|##\[)/;
/** Not whitespace to the runner's TrimStart(), so a command prefix after it is inert. */
const ZERO_WIDTH_SPACE = "\u200B";
/**
 * File-derived text for an annotation message or title, or a log line: one line, no control or
 * bidi characters, and never the start of a workflow command even when printed on a line of
 * its own. (@actions/core escapes `%`, CR and LF in messages, and `:` and `,` in properties, so
 * within a command the text cannot end it early; this covers every other place it may go.)
 */
function text_escapeWorkflowCommandText(text) {
    const line = text_sanitizeText(text);
    return COMMAND_START.test(line) ? ZERO_WIDTH_SPACE + line : line;
}
/**
 * How a character is written so that markdown shows it literally. HTML-significant characters
 * become entities (these work in markdown and inline HTML alike); `$` too, as GitHub's math
 * scans the source for it; `@` and `#` get a zero-width space after them, so a title never
 * pings a user or cross-references an issue ("Episode #12" would otherwise show up on issue 12).
 */
const MARKDOWN_REPLACEMENTS = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    $: "&#36;",
    "@": "@&#8203;",
    "#": "#&#8203;",
    "\t": " ",
};
/**
 * The characters above, and the ASCII punctuation that starts markdown syntax (emphasis, code,
 * links, tables, lists, …), which a backslash makes literal.
 */
const MARKDOWN_SPECIAL = /[&<>$@#\t\\`*_{}[\]()+\-.!|~]/g;
/**
 * Text that renders as itself in GitHub markdown, in a table cell, list item or link text:
 * `| a | b |` stays in its cell, `<img src=x>` shows as text, backticks make no code span.
 * One line (see {@link sanitizeText}). Not for inside code spans, where escapes do not apply.
 */
function text_escapeMarkdown(text) {
    return text_sanitizeText(text).replace(MARKDOWN_SPECIAL, (char) => MARKDOWN_REPLACEMENTS[char] ?? "\\" + char);
}
/** Characters a markdown link destination or a table cell would take as syntax. */
const LINK_UNSAFE = /[()|<>"'`\\\s]/g;
const MAX_URL_CHARS = 2000;
/** Mixcloud takes its token in the query string; a link carrying one must not be shown. */
function carriesCredentials(url) {
    return url.username !== "" || url.password !== "" || url.searchParams.has("access_token");
}
/**
 * A URL fit for `[text](…)`, or undefined when it is not an http(s) URL one would want to link
 * (malformed, another scheme, carrying credentials, absurdly long). Syntax characters are
 * percent-encoded, which leaves the address the same.
 */
function markdownLinkTarget(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
        return undefined;
    if (carriesCredentials(parsed) || parsed.href.length > MAX_URL_CHARS)
        return undefined;
    return parsed.href.replace(LINK_UNSAFE, (char) => "%" + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}
/** `[text](url)` when the URL is linkable, else just the text (already escaped markdown). */
function text_markdownLink(escapedText, url) {
    const target = url === undefined ? undefined : markdownLinkTarget(url);
    return target === undefined ? escapedText : `[${escapedText}](${target})`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts

const TITLE_PREFIX = "mixcloud-publish";
/** A message quoting a huge value from a file is still one readable annotation. */
const MAX_MESSAGE_CHARS = 2000;
const MAX_TITLE_CHARS = 200;
function title(rule) {
    return escapeWorkflowCommandText(truncateText(`${TITLE_PREFIX}: ${rule}`, MAX_TITLE_CHARS));
}
function message(text) {
    return escapeWorkflowCommandText(truncateText(text, MAX_MESSAGE_CHARS));
}
/**
 * Only sanitised, not defused: the path must still name the file for GitHub to attach the
 * annotation, and @actions/core escapes `:` and `,` in properties, so it cannot end the command.
 */
function filePath(file) {
    return sanitizeText(file);
}
function positive(n) {
    return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}
/**
 * GitHub keeps columns only for a single-line annotation. A Diagnostic's `endColumn` is
 * exclusive; an annotation's reads as the last column covered, so it is one less (but never
 * before the start, for the empty span at a file's start).
 */
function position(d) {
    const startLine = positive(d.line);
    const startColumn = positive(d.column);
    const endLine = Math.max(startLine, positive(d.endLine));
    if (endLine !== startLine)
        return { startLine, startColumn, endLine };
    return { startLine, startColumn, endLine, endColumn: Math.max(startColumn, d.endColumn - 1) };
}
function forDiagnostic(d) {
    return {
        message: message(d.message),
        properties: { title: title(d.rule), file: filePath(d.file), ...position(d) },
    };
}
/** A failure without a place in the file (an upload error, …) points at the file's first line. */
function forError(file, error, rule) {
    return {
        message: message(error),
        properties: {
            title: title(rule),
            file: filePath(file),
            startLine: 1,
            startColumn: 1,
            endLine: 1,
        },
    };
}
function forResult(result) {
    const annotations = result.diagnostics.map(forDiagnostic);
    const error = result.error;
    if (error === undefined || error === "")
        return annotations;
    if (result.status === "failed")
        annotations.push(forError(result.file, error, "publish-failed"));
    // An invalid file's `error` only sums up its diagnostics; alone, it is the only trace.
    else if (result.status === "invalid" && annotations.length === 0)
        annotations.push(forError(result.file, error, "invalid"));
    return annotations;
}
/** One annotation per diagnostic, plus one per failed file, in file order. */
function annotationsFor(results) {
    return results.flatMap(forResult);
}

;// CONCATENATED MODULE: ./src/report/display.ts


/**
 * Caps on file-derived text, so that one entry stays a bounded size (a title could be most of a
 * 1 MiB file) and a limit can always be met by leaving entries out.
 */
const MAX_CHARS = { title: 200, file: 300, tag: 60, message: 500, notice: 500, mediaType: 20 };
/** Shown where a value is not known. */
const UNKNOWN = "—";
function md(text, maxChars) {
    return text_escapeMarkdown(text_truncateText(text, maxChars));
}
function display_fileText(file) {
    return md(file, MAX_CHARS.file);
}
/** The title, linked to the cloudcast when it has a URL; `(no title)` when there is none. */
function display_titleText(result) {
    const title = result.title?.trim();
    if (title === undefined || title === "")
        return "*(no title)*";
    return text_markdownLink(md(title, MAX_CHARS.title), result.url);
}
function display_tagsText(result) {
    const tags = result.details?.tags ?? [];
    return tags.length === 0 ? UNKNOWN : tags.map((t) => md(t, MAX_CHARS.tag)).join(", ");
}
function tracksText(result) {
    const tracks = result.details?.tracks;
    return tracks === undefined ? UNKNOWN : String(tracks);
}
function display_durationText(result) {
    return (0,format/* formatDuration */.a3)(result.details?.audio?.durationSeconds) ?? UNKNOWN;
}
/** `48.2 MB mp3`: size and type, as far as they are known. */
function display_mediaText(media) {
    if (media === undefined)
        return UNKNOWN;
    const parts = [(0,format/* formatBytes */.z3)(media.size), media.type && md(media.type, MAX_CHARS.mediaType)];
    const known = parts.filter((p) => p !== undefined && p !== "");
    return known.length === 0 ? UNKNOWN : known.join(" ");
}
function display_noticeText(notice) {
    return md(notice, MAX_CHARS.notice);
}
function diagnosticProblem(d) {
    const file = display_fileText(d.file);
    return {
        location: `${file}:${d.line}:${d.column}`,
        shortLocation: `${file}:${d.line}`,
        message: md(d.message, MAX_CHARS.message),
    };
}
/** Every diagnostic of a file, plus its error when it failed (or is invalid with no diagnostic). */
function display_problemsOf(result) {
    const problems = result.diagnostics.map(diagnosticProblem);
    const error = result.error;
    const errorIsNews = result.status === "failed" || (result.status === "invalid" && problems.length === 0);
    if (error !== undefined && error !== "" && errorIsNews) {
        const file = display_fileText(result.file);
        problems.push({
            location: file,
            shortLocation: file,
            message: md(error, MAX_CHARS.message),
        });
    }
    return problems;
}
/** What was done, for the line under the heading. */
function display_modeText(report) {
    return report.dryRun
        ? "Dry run: nothing was uploaded. The cloudcasts were validated and their media checked."
        : "";
}
/** The consequence of invalid files, which SPEC §4 makes block the whole run. */
function display_invalidText(report, invalid) {
    if (invalid === 0)
        return "";
    const files = (0,format/* plural */.LS)(invalid, "file is", "files are");
    return report.dryRun
        ? `**${files} invalid**: fix the problems below, or nothing will be published.`
        : `**${files} invalid**, so nothing was published: fix the problems below and run again.`;
}
/** For a run that selected no cloudcast file. The globs are the `files` input's business. */
const display_NOTHING_TO_PUBLISH = "No cloudcast file changed, so there is nothing to publish. (Which files count as cloudcasts is set by the `files` input.)";
/** `**3 files**: 2 ✅ published · 1 ❌ invalid` */
function display_countsText(total, counts) {
    return `**${(0,format/* plural */.LS)(total, "file")}**: ${counts}`;
}
/**
 * `… and 3 more files and 40 more problems not shown (see …)`: what was left out, group by
 * group, given each group's noun and how many of it are missing.
 */
function display_omittedNote(omitted, see) {
    const parts = omitted
        .filter((o) => o.count > 0)
        .map((o) => `${o.count} more ${o.count === 1 ? o.noun : `${o.noun}s`}`);
    if (parts.length === 0)
        return "";
    return `*… and ${parts.join(" and ")} not shown (see ${see}).*`;
}

;// CONCATENATED MODULE: ./src/report/fit.ts
/**
 * Keeping a rendered report under a size limit by leaving out whole entries (table rows, list
 * items), never cutting one in half.
 *
 * A report is fixed text plus groups of entries; `render(shown)` draws it with the first
 * `shown[i]` entries of group i, one entry per line (or block) joined by a newline, and a note
 * counting what was left out. For the arithmetic below to hold, `render` must:
 * - draw each group's heading whether or not any of its entries are shown, and
 * - write a note that never grows when more entries are shown (fewer left out: no more digits).
 * Then the size of any selection is at most the size with none shown plus, for each entry shown,
 * its size and one newline.
 */
const NEWLINE_COST = 1;
const sum = (values) => values.reduce((a, b) => a + b, 0);
/**
 * Max-min fair shares of the budget: a group that needs less than an equal share gets what it
 * needs, and the others split the rest — so 5,000 problems cannot crowd out every table row.
 */
function fairShares(needs, budget) {
    const shares = needs.map(() => 0);
    let remaining = budget;
    let open = needs.map((_, i) => i);
    while (open.length > 0) {
        const equal = remaining / open.length;
        const satisfied = open.filter((i) => (needs[i] ?? 0) <= equal);
        if (satisfied.length === 0) {
            for (const i of open)
                shares[i] = equal;
            break;
        }
        for (const i of satisfied) {
            shares[i] = needs[i] ?? 0;
            remaining -= needs[i] ?? 0;
        }
        open = open.filter((i) => !satisfied.includes(i));
    }
    return shares;
}
/** How many leading entries fit in `room`, starting after the first `from`. */
function extendPrefix(costs, from, room) {
    let count = from;
    let used = 0;
    while (count < costs.length && used + (costs[count] ?? 0) <= room) {
        used += costs[count] ?? 0;
        count += 1;
    }
    return count;
}
/** Entries per group within the budget: fair shares first, then leftovers to groups in order. */
function allocate(costs, budget) {
    const shares = fairShares(costs.map(sum), budget);
    const shown = costs.map((c, i) => extendPrefix(c, 0, shares[i] ?? 0));
    let left = budget - sum(costs.map((c, i) => sum(c.slice(0, shown[i]))));
    costs.forEach((c, i) => {
        const before = shown[i] ?? 0;
        const after = extendPrefix(c, before, left);
        left -= sum(c.slice(before, after));
        shown[i] = after;
    });
    return shown;
}
/** Takes one more entry away from the last group that shows any; false when none do. */
function dropLast(shown) {
    for (let i = shown.length - 1; i >= 0; i -= 1) {
        if ((shown[i] ?? 0) > 0) {
            shown[i] = (shown[i] ?? 0) - 1;
            return true;
        }
    }
    return false;
}
/**
 * The whole report when it fits; otherwise as many leading entries of each group as fit.
 * Throws a RangeError only when the limit cannot hold even the fixed text (a caller's mistake).
 */
function fit_fitToLimit({ groups, render, limit, measure }) {
    const costs = groups.map((g) => g.map((entry) => measure(entry) + NEWLINE_COST));
    // Every entry is in the full report with its newline, so when they alone exceed the limit,
    // drawing the full report (which may run to many megabytes) is wasted work.
    if (sum(costs.map(sum)) <= limit) {
        const full = render(groups.map((g) => g.length));
        if (measure(full) <= limit)
            return full;
    }
    const bare = render(groups.map(() => 0));
    const budget = limit - measure(bare);
    if (budget < 0) {
        throw new RangeError(`A report limit of ${limit} is too small: its fixed text alone takes ${measure(bare)}.`);
    }
    const shown = allocate(costs, budget);
    let text = render(shown);
    // Guards the invariant above should `render` ever break it: smaller, never over the limit.
    while (measure(text) > limit && dropLast(shown))
        text = render(shown);
    return text;
}

;// CONCATENATED MODULE: ./src/report/summary.ts




/** GitHub takes at most 1 MiB per step summary; stay clear of it. */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const TABLE_HEAD = [
    "| Status | Title | File | Tags | Tracks | Duration | Audio | Picture |",
    "| --- | --- | --- | --- | ---: | ---: | --- | --- |",
];
function tableRow(result) {
    const cells = [
        (0,format/* statusBadge */.Od)(result.status),
        display_titleText(result),
        display_fileText(result.file),
        display_tagsText(result),
        tracksText(result),
        display_durationText(result),
        display_mediaText(result.details?.audio),
        display_mediaText(result.details?.picture),
    ];
    return `| ${cells.join(" | ")} |`;
}
function problemLines(results) {
    return results.flatMap((r) => display_problemsOf(r).map((p) => `- ${p.location} — ${p.message}`));
}
function heading(report) {
    const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
    const counts = (0,format/* countStatuses */.ip)(report.results);
    const lines = [title, ""];
    const mode = display_modeText(report);
    if (mode !== "")
        lines.push(mode, "");
    if (report.results.length > 0) {
        lines.push(display_countsText(report.results.length, (0,format/* formatCounts */.gM)(counts)), "");
    }
    const invalid = display_invalidText(report, counts.invalid);
    if (invalid !== "")
        lines.push(invalid, "");
    return lines;
}
function footer(report) {
    const parts = [`Event: ${text_escapeMarkdown(report.eventName)}`];
    if (report.repository !== undefined)
        parts.push(text_escapeMarkdown(report.repository));
    const sha = (0,format/* shortSha */.Fu)(report.sha);
    if (sha !== undefined)
        parts.push(`commit ${sha}`);
    if (report.runUrl !== undefined)
        parts.push(text_markdownLink("workflow run", report.runUrl));
    return [`<sub>${parts.join(" · ")}</sub>`];
}
function entries(report) {
    return {
        notices: report.notices.map((n) => `- ℹ️ ${display_noticeText(n)}`),
        rows: report.results.map(tableRow),
        problems: problemLines(report.results),
    };
}
function section(head, lines) {
    return [...head, ...lines, ""];
}
function draw(report, all, shown) {
    const [notices = 0, rows = 0, problems = 0] = shown;
    const lines = heading(report);
    if (all.notices.length > 0)
        lines.push(...section([], all.notices.slice(0, notices)));
    if (report.nothingSelected || report.results.length === 0) {
        lines.push(display_NOTHING_TO_PUBLISH, "");
    }
    else {
        lines.push(...section(TABLE_HEAD, all.rows.slice(0, rows)));
    }
    if (all.problems.length > 0) {
        lines.push(...section(["### Problems", ""], all.problems.slice(0, problems)));
    }
    const note = display_omittedNote([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.rows.length - rows, noun: "file" },
        { count: all.problems.length - problems, noun: "problem" },
    ], "the `results` output and the log");
    if (note !== "")
        lines.push(note, "");
    lines.push(...footer(report));
    return lines.join("\n") + "\n";
}
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/**
 * Markdown (with a little HTML) for the job summary: heading with the mode and counts, notices,
 * a table with one row per file, the problems as `file:line:col — message`, and a footer.
 * At most `maxBytes` UTF-8 bytes: when longer, whole rows and problems are left out, with a note.
 */
function renderSummary(report, options = {}) {
    const all = entries(report);
    // With nothing selected there is no table, so rows are not an entry group to cut.
    const rows = report.nothingSelected ? [] : all.rows;
    return fit_fitToLimit({
        groups: [all.notices, rows, all.problems],
        render: (shown) => draw(report, { ...all, rows }, shown),
        limit: options.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES,
        measure: utf8Bytes,
    });
}

;// CONCATENATED MODULE: ./src/report/comment.ts
/** The body of the sticky PR comment: a preview of what a run will publish, or did. */





/** GitHub rejects a comment body over 65,536 characters (UTF-16 code units). */
const DEFAULT_COMMENT_MAX_CHARS = 65_000;
/** A preview, not a log: the rest of a file's problems are in the job summary. */
const MAX_PROBLEMS_PER_FILE = 10;
/** `Tags: a, b · 12 tracks · 1:02:03 · audio 48.2 MB mp3 · picture jpeg 120 kB` */
function detailsLine(result) {
    const details = result.details;
    if (details === undefined)
        return "";
    const parts = [
        `tags: ${tagsText(result)}`,
        plural(details.tracks, "track"),
        `duration ${durationText(result)}`,
        `audio ${mediaText(details.audio)}`,
    ];
    if (details.picture !== undefined)
        parts.push(`picture ${mediaText(details.picture)}`);
    return parts.join(" · ");
}
function comment_problemLines(result) {
    const problems = problemsOf(result);
    const lines = problems
        .slice(0, MAX_PROBLEMS_PER_FILE)
        .map((p) => `  - ${p.shortLocation} — ${p.message}`);
    const more = problems.length - MAX_PROBLEMS_PER_FILE;
    if (more > 0)
        lines.push(`  - *… and ${plural(more, "more problem")} (see the job summary)*`);
    return lines;
}
/** One list item per file; its details and problems are indented under it. */
function entry(result) {
    const head = `- ${statusBadge(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
    const details = detailsLine(result);
    const lines = [head];
    if (details !== "")
        lines.push(`  ${details}`);
    lines.push(...comment_problemLines(result));
    return lines.join("\n");
}
function comment_heading(report) {
    const title = report.dryRun ? "### 🎧 Mixcloud preview" : "### 🎧 Published to Mixcloud";
    const counts = countStatuses(report.results);
    const lines = [COMMENT_MARKER, title, ""];
    const mode = modeText(report);
    if (mode !== "")
        lines.push(mode, "");
    if (report.results.length > 0) {
        lines.push(countsText(report.results.length, formatCounts(counts)), "");
    }
    const invalid = invalidText(report, counts.invalid);
    if (invalid !== "")
        lines.push(invalid, "");
    return lines;
}
function comment_footer(report) {
    const parts = [];
    const sha = shortSha(report.sha);
    if (sha !== undefined)
        parts.push(`Commit ${sha}`);
    if (report.runUrl !== undefined)
        parts.push(markdownLink("workflow run", report.runUrl));
    parts.push(`event ${escapeMarkdown(report.eventName)}`);
    return ["---", `<sub>${parts.join(" · ")}</sub>`];
}
function comment_draw(report, all, shown) {
    const [notices = 0, files = 0] = shown;
    const lines = comment_heading(report);
    if (all.notices.length > 0)
        lines.push(...all.notices.slice(0, notices), "");
    if (report.nothingSelected || report.results.length === 0)
        lines.push(NOTHING_TO_PUBLISH, "");
    else
        lines.push(...all.files.slice(0, files), "");
    const note = omittedNote([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.files.length - files, noun: "file" },
    ], "the job summary and the `results` output");
    if (note !== "")
        lines.push(note, "");
    lines.push(...comment_footer(report));
    return lines.join("\n") + "\n";
}
/**
 * Markdown for the sticky PR comment. Its first line is {@link COMMENT_MARKER}, by which the
 * comment is found again and updated. At most `maxChars` UTF-16 code units (as GitHub counts):
 * when longer, whole file entries are left out, with a note — the comment is never refused.
 */
function renderComment(report, options = {}) {
    const nothing = report.nothingSelected || report.results.length === 0;
    const all = {
        notices: report.notices.map((n) => `> ℹ️ ${noticeText(n)}`),
        files: nothing ? [] : report.results.map(entry),
    };
    return fitToLimit({
        groups: [all.notices, all.files],
        render: (shown) => comment_draw(report, all, shown),
        limit: options.maxChars ?? DEFAULT_COMMENT_MAX_CHARS,
        measure: (text) => text.length,
    });
}

;// CONCATENATED MODULE: ./src/report/index.ts







;// CONCATENATED MODULE: ./src/commands/demo.ts
// `mixcloud-publish demo` (npm run demo): the whole publishing pipeline against the bundled mock
// Mixcloud server — examples/ validated, checked, uploaded, then run again to show that a re-run
// publishes nothing twice. Nothing leaves 127.0.0.1.








const USAGE = `Usage: mixcloud-publish demo [--quiet]

Starts the bundled mock Mixcloud API on 127.0.0.1, publishes the example cloudcasts in examples/
through the same pipeline as the GitHub Action, prints each one's URL and status and the job
summary the action would write, publishes again (nothing new: every file is unchanged), and stops.
`;
const demo = async (args, io) => {
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({
            args,
            options: { help: { type: "boolean", short: "h" }, quiet: { type: "boolean" } },
            strict: true,
        }));
    }
    catch (error) {
        return (0,usage/* usageError */.W)(io, "demo", error, USAGE, ["help", "quiet"]);
    }
    if (values.help) {
        io.stdout(USAGE);
        return types/* ExitCode */.y.Ok;
    }
    const root = packageRoot();
    const { startMockServer } = await Promise.all(/* import() */[__webpack_require__.e(680), __webpack_require__.e(339)]).then(__webpack_require__.bind(__webpack_require__, 1339));
    const server = await startMockServer({ isPro: true });
    try {
        io.stdout(`Mock Mixcloud API listening on ${server.url} (account 'mock-user', token 'mock-token').\n\n`);
        const quietIO = values.quiet ? { ...io, stdout: () => { } } : io;
        const run = (label) => {
            io.stdout(`${label}\n`);
            return (0,publish.runPublish)({
                paths: ["examples"],
                dryRun: false,
                token: "mock-token",
                apiUrl: server.url,
                ifExists: "update",
                concurrency: 2,
                retries: 3,
            }, { ...quietIO, cwd: root, isTTY: false });
        };
        const first = await run("Publishing examples/ …");
        if (first === undefined)
            return types/* ExitCode */.y.Problems;
        printTable(first, io);
        io.stdout(`\nThe job summary the action would write:\n\n${renderSummary(summaryReport(first))}\n`);
        const second = await run("\nPublishing again, as a re-run of the workflow would …");
        if (second === undefined)
            return types/* ExitCode */.y.Problems;
        printTable(second, io);
        io.stdout(`\nThe mock received ${server.state.uploads.length} upload${server.state.uploads.length === 1 ? "" : "s"} and ${server.state.edits.length} edit${server.state.edits.length === 1 ? "" : "s"}: a re-run publishes nothing twice.\n`);
        const bad = [...first, ...second].some((r) => r.status === "invalid" || r.status === "failed");
        return bad ? types/* ExitCode */.y.Problems : types/* ExitCode */.y.Ok;
    }
    finally {
        await server.close();
    }
};
function printTable(results, io) {
    const width = Math.max(...results.map((r) => r.file.length));
    for (const r of results) {
        io.stdout(`  ${r.status.padEnd(9)}  ${r.file.padEnd(width)}  ${r.url ?? r.error ?? ""}\n`);
    }
}
function summaryReport(results) {
    return {
        results,
        dryRun: false,
        eventName: "push",
        notices: [],
        nothingSelected: results.length === 0,
    };
}
/** The folder holding examples/: the package root, two levels above this bundle (dist/cli/). */
function packageRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    while (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, "examples")) && (0,external_node_path_.dirname)(dir) !== dir)
        dir = (0,external_node_path_.dirname)(dir);
    return dir;
}


/***/ }),

/***/ 500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish),
  runPublish: () => (/* binding */ runPublish)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/commands/usage.ts
var usage = __webpack_require__(625);
// EXTERNAL MODULE: ./src/netrc.ts
var netrc = __webpack_require__(6475);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
;// CONCATENATED MODULE: ./src/results.ts
/** The JSON shape of each entry of the `results` output: exactly SPEC §3's fields. */
function toOutputResult(r) {
    return {
        file: r.file,
        status: r.status,
        title: r.title ?? null,
        key: r.key ?? null,
        url: r.url ?? null,
        error: r.error ?? null,
    };
}

// EXTERNAL MODULE: ./src/diagnostic.ts
var diagnostic = __webpack_require__(1348);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/commands/terminal-log.ts
const PROGRESS = /^\s*(\d+) % (.*)$/;
function createTerminalLog(io) {
    let bar = false;
    const clearBar = () => {
        if (bar)
            io.stdout("\r\x1b[2K");
        bar = false;
    };
    const line = (file, message) => (file === "" ? message : `${file}: ${message}`);
    return {
        info(file, message) {
            const progress = io.isTTY ? PROGRESS.exec(message) : null;
            if (progress !== null) {
                const percent = Number(progress[1]);
                const width = 24;
                const filled = Math.round((percent / 100) * width);
                clearBar();
                io.stdout(`[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(percent).padStart(3)} % ${progress[2]} ${file}`);
                bar = true;
                return;
            }
            clearBar();
            io.stdout(`${line(file, message)}\n`);
        },
        warning(file, message) {
            clearBar();
            io.stderr(`warning: ${line(file, message)}\n`);
        },
        close: clearBar,
        progressStepPercent: io.isTTY ? 1 : 10,
    };
}

;// CONCATENATED MODULE: ./src/commands/publish.ts
// `mixcloud-publish publish`: the action's pipeline on the command line — the same validation,
// media checks, exactly-once uploads, statuses and exit codes — without GitHub.











const USAGE = `Usage: mixcloud-publish publish [options] [PATH…]

Publishes cloudcast files (or every *.yml/*.yaml in the folders given; default: cloudcasts/) to
Mixcloud, exactly as the GitHub Action does: everything is validated first, nothing is uploaded
from an invalid batch, new cloudcasts are uploaded, existing ones updated.

Options:
  --dry-run              validate and check media only; upload nothing (no token needed)
  --token TOKEN          Mixcloud access token (else MIXCLOUD_ACCESS_TOKEN, else ~/.netrc
                         "machine mixcloud-api")
  --api-url URL          Mixcloud API root (default ${constants/* DEFAULT_API_URL */.rK})
  --if-exists MODE       update (default), skip or fail, for cloudcasts already on Mixcloud
  --concurrency N        uploads at once (default 2)
  --retries N            attempts per request on a transient failure (default 5)
  --json                 print the results as JSON instead of lines
  -h, --help             show this help

Exit status: 0 all published, updated, unchanged or skipped; 1 a file invalid or failed; 2 usage.
`;
const OPTIONS = {
    "dry-run": { type: "boolean" },
    token: { type: "string" },
    "api-url": { type: "string" },
    "if-exists": { type: "string" },
    concurrency: { type: "string" },
    retries: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
};
const publish = async (args, io) => {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        return (0,usage/* usageError */.W)(io, "publish", error, USAGE, Object.keys(OPTIONS));
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.stdout(USAGE);
        return types/* ExitCode */.y.Ok;
    }
    const problems = [];
    const ifExists = values["if-exists"] ?? "update";
    if (!["update", "skip", "fail"].includes(ifExists))
        problems.push(`--if-exists takes update, skip or fail, not '${ifExists}'`);
    const concurrency = integerOption(values.concurrency, 2, 1, 16, "--concurrency", problems);
    const retries = integerOption(values.retries, 5, 1, 20, "--retries", problems);
    if (problems.length > 0) {
        io.stderr(`mixcloud-publish publish: ${problems.join("; ")}.\n`);
        return types/* ExitCode */.y.Usage;
    }
    const dryRun = values["dry-run"] === true;
    const token = dryRun ? undefined : await (0,netrc/* lookupToken */.qK)(values.token, io.env);
    if (!dryRun && token === undefined) {
        io.stderr("mixcloud-publish publish: no access token. Pass --token, set MIXCLOUD_ACCESS_TOKEN, or run `mixcloud-publish auth --save` to store one in ~/.netrc; or use --dry-run to only check.\n");
        return types/* ExitCode */.y.Usage;
    }
    const results = await runPublish({
        paths: positionals.length > 0 ? positionals : ["cloudcasts"],
        dryRun,
        token: token?.token,
        apiUrl: (values["api-url"] ?? constants/* DEFAULT_API_URL */.rK).replace(/\/+$/, ""),
        ifExists: ifExists,
        concurrency,
        retries,
    }, io);
    if (results === undefined)
        return types/* ExitCode */.y.Usage;
    printResults(results, io, values.json === true, dryRun);
    return results.some((r) => r.status === "invalid" || r.status === "failed")
        ? types/* ExitCode */.y.Problems
        : types/* ExitCode */.y.Ok;
};
/** Runs the pipeline over the given paths; undefined when a path does not exist (already reported). */
async function runPublish(run, io, signal) {
    const { findCloudcastFiles } = await __webpack_require__.e(/* import() */ 148).then(__webpack_require__.bind(__webpack_require__, 9148));
    const found = await findCloudcastFiles(run.paths, io.cwd);
    for (const error of found.errors)
        io.stderr(`mixcloud-publish publish: ${error}\n`);
    if (found.errors.length > 0)
        return undefined;
    const workspace = await workspaceOf(io.cwd);
    const files = found.files.map((file) => ({
        path: toWorkspacePath(workspace, (0,external_node_path_.resolve)(io.cwd, file)),
        status: "listed",
    }));
    const { runPipeline } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(815), __webpack_require__.e(870), __webpack_require__.e(619), __webpack_require__.e(725), __webpack_require__.e(164)]).then(__webpack_require__.bind(__webpack_require__, 8164));
    const { createDownloader } = await Promise.all(/* import() */[__webpack_require__.e(619), __webpack_require__.e(531)]).then(__webpack_require__.bind(__webpack_require__, 1531));
    const controller = new AbortController();
    const stop = () => controller.abort(new Error("interrupted"));
    signal?.addEventListener("abort", stop, { once: true });
    process.once("SIGINT", stop);
    const log = createTerminalLog(io);
    try {
        return await runPipeline({
            workspace,
            files,
            dryRun: run.dryRun,
            ifExists: run.ifExists,
            concurrency: run.concurrency,
            retries: run.retries,
            signal: controller.signal,
            log,
            connect: async () => {
                const { connectMixcloud } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(870), __webpack_require__.e(633)]).then(__webpack_require__.bind(__webpack_require__, 5633));
                return connectMixcloud({
                    accessToken: run.token,
                    apiUrl: run.apiUrl,
                    retries: run.retries,
                });
            },
            download: createDownloader({
                tempDir: (0,external_node_os_.tmpdir)(),
                signal: controller.signal,
                attempts: run.retries,
            }),
        });
    }
    finally {
        log.close();
        process.off("SIGINT", stop);
    }
}
/** The root the paths in cloudcast files are relative to: the git work tree, else the current folder. */
async function workspaceOf(cwd) {
    const { createGitRunner, isWorkTree } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 1243));
    const git = createGitRunner(cwd);
    if (!(await isWorkTree(git)))
        return cwd;
    const top = await git.run(["rev-parse", "--show-toplevel"]);
    return top.stdout.trim() || cwd;
}
function toWorkspacePath(workspace, absolute) {
    return (0,external_node_path_.relative)(workspace, absolute).split(external_node_path_.sep).join("/");
}
function printResults(results, io, json, dryRun) {
    if (json) {
        io.stdout(`${JSON.stringify(results.map(toOutputResult), null, 2)}\n`);
        return;
    }
    for (const result of results) {
        for (const d of result.diagnostics)
            io.stdout(`${(0,diagnostic/* formatDiagnostic */.xy)(d)}\n`);
        const where = result.url ?? result.error ?? "";
        io.stdout(`${result.status.padEnd(9)}  ${result.file}${where ? `  ${where}` : ""}\n`);
    }
    const counts = (0,format/* countStatuses */.ip)(results);
    const parts = Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${status}`);
    io.stdout(`${results.length} file${results.length === 1 ? "" : "s"}${dryRun ? " (dry run)" : ""}: ${parts.join(", ") || "nothing to do"}\n`);
}
function integerOption(raw, fallback, min, max, name, problems) {
    if (raw === undefined)
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        problems.push(`${name} takes a whole number from ${min} to ${max}, not '${raw}'`);
        return fallback;
    }
    return value;
}


/***/ }),

/***/ 625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ usageError)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8619);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2969);


function usageError(io, command, error, usage, knownOptions) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    const hint = unknown === undefined ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closestName */ .N)(unknown.replace(/^-+/, ""), knownOptions);
    io.stderr(`mixcloud-publish ${command}: ${message.replace(/\. To specify a positional argument.*$/s, "")}` +
        `${hint === undefined ? "" : ` Did you mean --${hint}?`}\n\n${usage}`);
    return _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .y.Usage;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _c: () => (/* binding */ DEFAULT_OAUTH_URL),
/* harmony export */   r8: () => (/* binding */ WEB_URL),
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
};
const Outputs = {
    Urls: "urls",
    Results: "results",
    Published: "published",
    Updated: "updated",
    Skipped: "skipped",
    Failed: "failed",
    Invalid: "invalid",
    Matrix: "matrix",
};
const DEFAULT_FILES = (/* unused pure expression or super */ null && (["cloudcasts/**/*.yml", "cloudcasts/**/*.yaml"]));
const DEFAULT_API_URL = "https://api.mixcloud.com";
/** OAuth lives on the website host, not the API host. */
const DEFAULT_OAUTH_URL = "https://www.mixcloud.com/oauth";
const WEB_URL = "https://www.mixcloud.com";
/** Limits from SPEC §2 and the Mixcloud API. */
const Limits = {
    fileBytes: 1024 * 1024,
    descriptionChars: 1000,
    tags: 5,
    hosts: 2,
    audioBytes: 4 * 1024 * 1024 * 1024,
    pictureBytes: 10 * 1024 * 1024,
};
/** The hidden marker that finds the sticky PR comment again. */
const COMMENT_MARKER = "<!-- mixcloud-publish:sticky-comment -->";


/***/ }),

/***/ 1348:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   WS: () => (/* binding */ FILE_START),
/* harmony export */   oV: () => (/* binding */ compareDiagnostics),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/** The span of the first character of a file: for problems that belong to the file as a whole. */
const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function diagnosticAt(file, span, rule, message) {
    return { file, ...span, message, rule };
}
/** The stable, grep-able one-line form used by the CLI: `file:line:col: message (rule)`. */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.message} (${d.rule})`;
}
/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
function compareDiagnostics(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ netrcPath),
/* harmony export */   qK: () => (/* binding */ lookupToken),
/* harmony export */   sb: () => (/* binding */ withNetrcToken)
/* harmony export */ });
/* unused harmony exports NETRC_MACHINE, findNetrcPassword, readNetrcToken */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// The seed's token convention: `machine mixcloud-api` / `password TOKEN` in ~/.netrc. A missing
// file, an unreadable one, or one without that machine simply yields no token (the seed crashed).



const NETRC_MACHINE = "mixcloud-api";
function netrcPath(env) {
    return env["NETRC"] ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env["HOME"] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), ".netrc");
}
/** The `password` of `machine` in netrc text (tokens split on white space; `#` comments skipped). */
function findNetrcPassword(text, machine) {
    const tokens = text
        .split(/\r?\n/)
        .map((line) => (line.trimStart().startsWith("#") ? "" : line))
        .join("\n")
        .split(/\s+/)
        .filter(Boolean);
    let current;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === "machine")
            current = tokens[++i];
        else if (token === "default")
            current = undefined;
        else if (token === "macdef")
            break; // macro bodies run to a blank line; nothing after is ours
        else if (token === "password" && current === machine)
            return tokens[i + 1];
    }
    return undefined;
}
async function readNetrcToken(env) {
    try {
        return findNetrcPassword(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(netrcPath(env), "utf8"), NETRC_MACHINE);
    }
    catch {
        return undefined;
    }
}
/** The text of a netrc with `machine mixcloud-api` set to `token`, other entries kept. */
function withNetrcToken(text, token) {
    const entry = `machine ${NETRC_MACHINE}\n  password ${token}\n`;
    const pattern = new RegExp(`(^|\\n)machine\\s+${NETRC_MACHINE}\\b[\\s\\S]*?(?=\\nmachine\\s|\\ndefault\\s|$)`);
    if (pattern.test(text))
        return text.replace(pattern, (_m, lead) => `${lead}${entry.trimEnd()}`);
    return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entry}`;
}
/** Where the CLI's token comes from, first found wins: flag, environment, ~/.netrc. */
async function lookupToken(flag, env) {
    if (flag !== undefined && flag !== "")
        return { token: flag, source: "--token" };
    const fromEnv = env["MIXCLOUD_ACCESS_TOKEN"];
    if (fromEnv !== undefined && fromEnv.trim() !== "")
        return { token: fromEnv.trim(), source: "MIXCLOUD_ACCESS_TOKEN" };
    const fromNetrc = await readNetrcToken(env);
    return fromNetrc === undefined ? undefined : { token: fromNetrc, source: netrcPath(env) };
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Od: () => (/* binding */ statusBadge),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   gM: () => (/* binding */ formatCounts),
/* harmony export */   ip: () => (/* binding */ countStatuses),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export STATUS_ORDER */
/** Every status, in the order counts are shown: successes first, then what needs attention. */
const STATUS_ORDER = [
    "published",
    "updated",
    "unchanged",
    "skipped",
    "dry-run",
    "failed",
    "invalid",
];
const STATUS_EMOJI = {
    published: "✅",
    updated: "✏️",
    unchanged: "💤",
    skipped: "⏭️",
    "dry-run": "🔍",
    failed: "💥",
    invalid: "❌",
};
/** How a status reads to people; `dry-run` is "ready": checked, and would be published. */
const STATUS_LABEL = {
    published: "published",
    updated: "updated",
    unchanged: "unchanged",
    skipped: "skipped",
    "dry-run": "ready",
    failed: "failed",
    invalid: "invalid",
};
/** `✅ published`, `🔍 ready`, … */
function statusBadge(status) {
    return `${STATUS_EMOJI[status]} ${STATUS_LABEL[status]}`;
}
function countStatuses(statuses) {
    const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0]));
    for (const { status } of statuses)
        counts[status] += 1;
    return counts;
}
/** `2 ✅ published · 1 ❌ invalid`: the statuses that occur, in {@link STATUS_ORDER}. */
function formatCounts(counts) {
    return STATUS_ORDER.filter((s) => counts[s] > 0)
        .map((s) => `${counts[s]} ${statusBadge(s)}`)
        .join(" · ");
}
function plural(count, singular, pluralForm = `${singular}s`) {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
/** `h:mm:ss` (hours unpadded), or undefined when the length is not a usable number. */
function formatDuration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
        return undefined;
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const secs = total % 60;
    return `${hours}:${String(minutes).padStart(2, "0")}:${String(secs).padStart(2, "0")}`;
}
const BYTE_UNITS = ["B", "kB", "MB", "GB", "TB"];
/**
 * Decimal (SI) units, as Mixcloud and most file managers show sizes: `512 B`, `120 kB`,
 * `48.2 MB`, `4.3 GB`; undefined when the size is not a usable number.
 */
function formatBytes(bytes) {
    if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0)
        return undefined;
    let unit = 0;
    let value = bytes;
    while (unit < BYTE_UNITS.length - 1 && roundForDisplay(value, unit) >= 1000) {
        value /= 1000;
        unit += 1;
    }
    const shown = roundForDisplay(value, unit);
    const digits = unit === 0 || shown >= 100 ? 0 : 1;
    return `${shown.toFixed(digits)} ${BYTE_UNITS[unit]}`;
}
/** Bytes are whole; larger units keep one decimal below 100 (`48.2 MB`, `120 kB`). */
function roundForDisplay(value, unit) {
    if (unit === 0 || value >= 100)
        return Math.round(value);
    return Math.round(value * 10) / 10;
}
/** The 7-character form of a commit SHA; undefined for anything that is not one. */
function shortSha(sha) {
    if (sha === undefined || !/^[0-9a-f]{7,64}$/i.test(sha))
        return undefined;
    return sha.slice(0, 7).toLowerCase();
}


/***/ })

};
