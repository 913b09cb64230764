export const id = 749;
export const ids = [749];
export const modules = {

/***/ 6749:
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
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/commands/usage.ts
var usage = __webpack_require__(625);
// EXTERNAL MODULE: ./src/commands/publish.ts + 2 modules
var publish = __webpack_require__(500);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(7242);
// EXTERNAL MODULE: ./src/report/display.ts
var display = __webpack_require__(188);
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
        [Outputs.Warnings]: String(countWarnings(report.results)),
        [Outputs.Matrix]: matrix(report.results),
    };
}

// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
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
        level: d.severity === "warning" ? "warning" : "error",
        message: message(d.message),
        properties: { title: title(d.rule), file: filePath(d.file), ...position(d) },
    };
}
/** A failure without a place in the file (an upload error, …) points at the file's first line. */
function forError(file, error, rule) {
    return {
        level: "error",
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
/**
 * One annotation per diagnostic, plus one per failed file, in file order; then one per warning.
 * Errors come first: GitHub shows only the first 10 of each level a step, and the errors are
 * what must be fixed.
 */
function annotationsFor(results) {
    return [...results.flatMap(forResult), ...results.flatMap((r) => r.warnings.map(forDiagnostic))];
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
        (0,display/* titleText */.Qw)(result),
        (0,display/* fileText */.CG)(result.file, { inTableCell: true }),
        (0,display/* tagsText */.XE)(result),
        (0,display/* tracksText */.ke)(result),
        (0,display/* durationText */.S5)(result),
        (0,display/* mediaText */.Ih)(result.details?.audio),
        (0,display/* mediaText */.Ih)(result.details?.picture),
    ];
    return `| ${cells.join(" | ")} |`;
}
function problemLines(results) {
    return results.flatMap((r) => (0,display/* problemsOf */.GW)(r).map((p) => `- ${p.location} — ${p.message}`));
}
function warningLines(results) {
    return results.flatMap((r) => (0,display/* warningsOf */.nZ)(r).map((w) => `- ⚠️ ${w.location} — ${w.message}`));
}
function heading(report) {
    const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
    const counts = (0,format/* countStatuses */.ip)(report.results);
    const lines = [title, ""];
    const mode = (0,display/* modeText */.zR)(report);
    if (mode !== "")
        lines.push(mode, "");
    if (report.results.length > 0) {
        lines.push((0,display/* countsText */.WN)(report.results.length, (0,format/* formatCounts */.gM)(counts)), "");
    }
    const invalid = (0,display/* invalidText */.d7)(report, counts.invalid);
    if (invalid !== "")
        lines.push(invalid, "");
    const warnings = (0,display/* warningsText */.Ds)((0,display/* countWarnings */.pU)(report.results));
    if (warnings !== "")
        lines.push(warnings, "");
    return lines;
}
function footer(report) {
    const parts = [`Event: ${(0,report_text/* escapeMarkdown */.FV)(report.eventName)}`];
    if (report.repository !== undefined)
        parts.push((0,report_text/* escapeMarkdown */.FV)(report.repository));
    const sha = (0,format/* shortSha */.Fu)(report.sha);
    if (sha !== undefined)
        parts.push(`commit ${sha}`);
    if (report.runUrl !== undefined)
        parts.push((0,report_text/* markdownLink */.iQ)("workflow run", report.runUrl));
    return [`<sub>${parts.join(" · ")}</sub>`];
}
function entries(report) {
    return {
        notices: report.notices.map((n) => `- ℹ️ ${(0,display/* noticeText */.ut)(n)}`),
        rows: report.results.map(tableRow),
        problems: problemLines(report.results),
        warnings: warningLines(report.results),
    };
}
function section(head, lines) {
    return [...head, ...lines, ""];
}
function draw(report, all, shown) {
    const [notices = 0, rows = 0, problems = 0, warnings = 0] = shown;
    const lines = heading(report);
    if (all.notices.length > 0)
        lines.push(...section([], all.notices.slice(0, notices)));
    if (report.nothingSelected || report.results.length === 0) {
        lines.push(display/* NOTHING_TO_PUBLISH */.Wt, "");
    }
    else {
        lines.push(...section(TABLE_HEAD, all.rows.slice(0, rows)));
    }
    if (all.problems.length > 0) {
        lines.push(...section(["### Problems", ""], all.problems.slice(0, problems)));
    }
    if (all.warnings.length > 0) {
        lines.push(...section(["### Warnings", ""], all.warnings.slice(0, warnings)));
    }
    const note = (0,display/* omittedNote */.Vg)([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.rows.length - rows, noun: "file" },
        { count: all.problems.length - problems, noun: "problem" },
        { count: all.warnings.length - warnings, noun: "warning" },
    ], "the `results` output and the log");
    if (note !== "")
        lines.push(note, "");
    lines.push(...footer(report));
    return lines.join("\n") + "\n";
}
const utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
/**
 * Markdown (with a little HTML) for the job summary: heading with the mode and counts, notices,
 * a table with one row per file, the problems and then the warnings as `file:line:col — message`,
 * and a footer.
 * At most `maxBytes` UTF-8 bytes: when longer, whole rows and problems are left out, with a note.
 */
function renderSummary(report, options = {}) {
    const all = entries(report);
    // With nothing selected there is no table, so rows are not an entry group to cut.
    const rows = report.nothingSelected ? [] : all.rows;
    return fit_fitToLimit({
        groups: [all.notices, rows, all.problems, all.warnings],
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
        plural(details.tracks, "track") + tracklistText(result),
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
function comment_warningLines(result) {
    const warnings = warningsOf(result);
    const lines = warnings
        .slice(0, MAX_PROBLEMS_PER_FILE)
        .map((w) => `  - ⚠️ ${w.shortLocation} — ${w.message}`);
    const more = warnings.length - MAX_PROBLEMS_PER_FILE;
    if (more > 0)
        lines.push(`  - *… and ${plural(more, "more warning")} (see the job summary)*`);
    return lines;
}
/** One list item per file; its details, problems and warnings are indented under it. */
function entry(result) {
    const head = `- ${statusBadge(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
    const details = detailsLine(result);
    const lines = [head];
    if (details !== "")
        lines.push(`  ${details}`);
    lines.push(...comment_problemLines(result), ...comment_warningLines(result));
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
    const warnings = warningsText(countWarnings(report.results));
    if (warnings !== "")
        lines.push(warnings, "");
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
    const line = (0,usage/* readCommandLine */.y)("demo", args, io, {
        options: { help: { type: "boolean", short: "h" }, quiet: { type: "boolean" } },
        usage: USAGE,
        positionals: false,
    });
    if (typeof line === "number")
        return line;
    const { values } = line;
    const root = packageRoot();
    const { startMockServer } = await Promise.all(/* import() */[__webpack_require__.e(680), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 3857));
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
        printMockPages(first, server.webUrl, io);
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
/**
 * The URLs above are Mixcloud's, as the mock's answers give them; the mock also shows each show on
 * a page of its own, which is where the demo's shows can be seen.
 */
function printMockPages(results, webUrl, io) {
    const keys = results.flatMap((r) => (r.key === undefined ? [] : [r.key]));
    if (keys.length === 0)
        return;
    io.stdout("\nThe URLs above are Mixcloud's; on the mock, the shows are at:\n");
    for (const key of keys)
        io.stdout(`  ${webUrl}${key}\n`);
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


/***/ })

};
