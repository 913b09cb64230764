export const id = 798;
export const ids = [798];
export const modules = {

/***/ 4798:
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
// EXTERNAL MODULE: ./src/commands/publish.ts + 3 modules
var publish = __webpack_require__(427);
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
/**
 * A failure points at its line when it has one (a medium that could not be fetched: its `audio:`
 * line); otherwise (an upload error, …) at the file's first line.
 */
function forError(file, error, rule, at) {
    const where = at === undefined ? { startLine: 1, startColumn: 1, endLine: 1 } : position(at);
    return {
        level: "error",
        message: message(error),
        properties: { title: title(rule), file: filePath(file), ...where },
    };
}
function forResult(result) {
    const annotations = result.diagnostics.map(forDiagnostic);
    const error = result.error;
    if (error === undefined || error === "")
        return annotations;
    if (result.status === "failed")
        annotations.push(forError(result.file, error, "publish-failed", result.errorAt));
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

;// CONCATENATED MODULE: ./src/report/blocks.ts
function blocks_collectBlocks(results, block, layout = (lines) => lines.join("\n")) {
    const entries = [];
    const indexOf = results.map((r) => {
        const lines = block(r);
        return lines.length === 0 ? -1 : entries.push(layout(lines)) - 1;
    });
    return { entries, indexOf };
}
/**
 * File `i`'s block when it is among the first `shown`, `leftOut` (a short line saying it is
 * elsewhere) when it is not, undefined when the file has none.
 */
function blocks_blockFor(blocks, i, shown, leftOut) {
    const at = blocks.indexOf[i] ?? -1;
    if (at < 0)
        return undefined;
    return at < shown ? (blocks.entries[at] ?? "") : leftOut();
}
/** What was left out for room, for the note under a report. Never grows as more is shown. */
function blocks_leftOutText(tracklists, changes) {
    const parts = [];
    if (tracklists > 0)
        parts.push(`${tracklists} tracklist${tracklists === 1 ? "" : "s"}`);
    if (changes > 0)
        parts.push(`${changes} list${changes === 1 ? "" : "s"} of changes`);
    return parts.join(" and ");
}

;// CONCATENATED MODULE: ./src/cloudcast/diff-result.ts
/** Whether Mixcloud gets anything different: no field and no section changed. */
function isUnchanged(diff) {
    return diff.fields.length === 0 && diff.sections.length === 0 && diff.rewritten === undefined;
}

// EXTERNAL MODULE: ./src/cloudcast/start-time.ts
var start_time = __webpack_require__(6134);
;// CONCATENATED MODULE: ./src/report/tracklist.ts
/**
 * A show's tracklist as Mixcloud will get it, for the job summary and the PR comment: a collapsed
 * `<details>` block holding a table (start as Mixcloud shows it, artist, title, or a chapter's
 * text), a ⚠️ on the rows a warning is about, and the entries `tracklist_exclude` left out, each
 * with the pattern that matched it. Every text from a file is escaped (see display.ts).
 */




const TABLE_HEAD = ["| Start | Artist | Title |", "| ---: | --- | --- |"];
const LEFT_OUT_HEAD = ["| Start | Artist | Title | Left out by |", "| ---: | --- | --- | --- |"];
/** `Tracklist — 14 tracks, 2 left out` */
function tracklist_tracklistTitle(result) {
    const details = result.details;
    const left = details?.tracklist?.excluded ?? 0;
    const tracks = (0,format/* plural */.LS)(details?.tracks ?? 0, "track");
    return left === 0 ? `Tracklist — ${tracks}` : `Tracklist — ${tracks}, ${left} left out`;
}
/** Whether the file has a tracklist to show: sections, or entries left out of one. */
function hasTracklist(result) {
    const details = result.details;
    return (details?.sections?.length ?? 0) > 0 || (details?.tracklist?.left?.length ?? 0) > 0;
}
/** The block, as lines; empty when there is no tracklist to show. */
function tracklist_tracklistBlock(result) {
    if (!hasTracklist(result))
        return [];
    const rows = result.details?.sections ?? [];
    const left = result.details?.tracklist?.left ?? [];
    const warned = new Set(result.warnings.map((w) => placeKey(w.file, w.line, w.column)));
    const marked = rows.map((r) => r.at !== undefined && warned.has(placeKey(r.at.file, r.at.line, r.at.column)));
    const lines = [`<details><summary>${tracklist_tracklistTitle(result)}</summary>`, ""];
    if (rows.length > 0) {
        lines.push(...TABLE_HEAD, ...rows.map((r, i) => `| ${cells(r.section, marked[i] === true).join(" | ")} |`), "");
    }
    if (marked.includes(true))
        lines.push("⚠️ marks a track a warning is about (see the warnings).", "");
    if (left.length > 0) {
        lines.push("Left out by `tracklist_exclude`:", "", ...LEFT_OUT_HEAD);
        for (const entry of left) {
            const pattern = (0,report_text/* codeSpan */.SS)(entry.pattern, { inTableCell: true });
            lines.push(`| ${[...cells(entry.section, false), pattern].join(" | ")} |`);
        }
        lines.push("");
    }
    lines.push("</details>");
    return lines;
}
/** Start, artist and title; a chapter's text takes the title's place. */
function cells(section, warned) {
    const start = `${warned ? "⚠️ " : ""}${startText(section.start)}`;
    return section.kind === "track"
        ? [start, (0,display/* sectionText */.rO)(section.artist), (0,display/* sectionText */.rO)(section.song)]
        : [start, "*chapter*", (0,display/* sectionText */.rO)(section.chapter)];
}
/** `4:30`, `1:02:03`: as Mixcloud shows a section's start. */
function startText(seconds) {
    return (0,start_time/* formatStartTime */.z)(Math.max(0, Math.floor(seconds)));
}
function placeKey(file, line, column) {
    return `${line}:${column}:${file}`;
}

;// CONCATENATED MODULE: ./src/report/change.ts
/**
 * What an edit changes on Mixcloud, for the job summary and the PR comment: each changed field as
 * "old → new", then the tracks added, removed or changed, each with its start — never the whole
 * tracklist twice. Every text from a file is escaped (see display.ts).
 */





/** Said for an edit that leaves everything Mixcloud gets as it was (a YAML comment, a reflow). */
const NO_CHANGE = "no change to what Mixcloud gets";
/**
 * The block, as lines; empty for a file without a previous version. A preview says what changes;
 * a publishing run's report, what changed.
 */
function change_changeBlock(result, dryRun) {
    const change = result.details?.change;
    if (change === undefined)
        return [];
    const edit = change.renamedFrom === undefined
        ? "**Edit**"
        : `**Edit** (renamed from ${(0,display/* fileText */.CG)(change.renamedFrom)})`;
    if ("unreadable" in change) {
        return [
            `${edit}: the previous version is not a valid cloudcast (${(0,display/* valueText */.Ru)(change.unreadable)}), so what ${dryRun ? "changes" : "changed"} cannot be shown.`,
        ];
    }
    const diff = change.diff;
    if (isUnchanged(diff))
        return [`${edit}: ${NO_CHANGE} (the file changed, the show does not).`];
    return [
        `${edit} — what ${dryRun ? "changes" : "changed"} on Mixcloud:`,
        "",
        ...diff.fields.map(fieldLine),
        ...sectionLines(diff),
    ];
}
const FIELD_LABEL = {
    title: "Title",
    description: "Description",
    tags: "Tags",
    picture: "Picture",
    audio: "Audio",
    unlisted: "Unlisted",
    "publish date": "Publish date",
    "comments disabled": "Comments disabled",
    "stats hidden": "Stats hidden",
    hosts: "Hosts",
    key: "Key",
};
/** Why some changes land differently from the rest. */
const FIELD_NOTE = {
    audio: " (an edit does not replace the audio of a show already on Mixcloud)",
    key: " (the file now points at another Mixcloud show)",
};
/** A path or URL as long as a file allows still leaves room for the rest of the comment. */
const MAX_MEDIA_CHARS = 300;
function fieldLine(change) {
    const value = (text) => {
        if (text === undefined)
            return FLAG_FIELDS.has(change.field) ? "no" : "*(none)*";
        if (change.field === "picture" || change.field === "audio")
            return (0,report_text/* codeSpan */.SS)((0,report_text/* truncateText */.EJ)(text, MAX_MEDIA_CHARS));
        return (0,display/* valueText */.Ru)(text, change.field === "description" ? "description" : "value");
    };
    const note = FIELD_NOTE[change.field] ?? "";
    return `- ${FIELD_LABEL[change.field]}: ${value(change.before)} → ${value(change.after)}${note}`;
}
const FLAG_FIELDS = new Set([
    "unlisted",
    "comments disabled",
    "stats hidden",
]);
function sectionLines(diff) {
    if (diff.rewritten !== undefined) {
        const { before, after } = diff.rewritten;
        return [
            `- Tracks: rewritten (${(0,format/* plural */.LS)(before, "track")} before, ${(0,format/* plural */.LS)(after, "track")} now): see the tracklist`,
        ];
    }
    if (diff.sections.length === 0)
        return [];
    const counts = ["changed", "added", "removed"]
        .map((kind) => [kind, diff.sections.filter((s) => s.kind === kind).length])
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${n} ${kind}`);
    return [
        `- Tracks: ${counts.join(", ")}`,
        ...diff.sections.map((s) => `  - ${sectionChangeText(s)}`),
    ];
}
function sectionChangeText(change) {
    if (change.kind === "added")
        return `➕ ${startText(change.after.start)} ${sectionName(change.after)}`;
    if (change.kind === "removed") {
        return `➖ ${startText(change.before.start)} ${sectionName(change.before)}`;
    }
    const { before, after } = change;
    return `✏️ ${startText(after.start)} ${sectionName(after)}: ${partChanges(before, after).join("; ")}`;
}
/** `Artist — Title`, or a chapter's text. */
function sectionName(section) {
    return section.kind === "track"
        ? `${(0,display/* sectionText */.rO)(section.artist)} — ${(0,display/* sectionText */.rO)(section.song)}`
        : `*chapter* ${(0,display/* sectionText */.rO)(section.chapter)}`;
}
/** `artist Moodymann → Moody Mann`, `start 4:30 → 4:35`, … */
function partChanges(before, after) {
    const parts = [];
    if (before.start !== after.start) {
        parts.push(`start ${startText(before.start)} → ${startText(after.start)}`);
    }
    const [was, is] = [textParts(before), textParts(after)];
    for (const part of ["artist", "title", "chapter"]) {
        if (was[part] === is[part])
            continue;
        parts.push(`${part} ${partText(was[part])} → ${partText(is[part])}`);
    }
    return parts;
}
function textParts(section) {
    return section.kind === "track"
        ? { artist: section.artist, title: section.song }
        : { chapter: section.chapter };
}
function partText(text) {
    return text === undefined ? "*(none)*" : (0,display/* sectionText */.rO)(text);
}

;// CONCATENATED MODULE: ./src/report/findings.ts


/** The file's problems (errors, and its failure), one list item each. */
function findings_problemItems(result, options) {
    return items((0,display/* problemsOf */.GW)(result), "", "problem", options);
}
/** The file's warnings, one list item each, marked ⚠️. */
function findings_warningItems(result, options) {
    return items((0,display/* warningsOf */.nZ)(result), "⚠️ ", "warning", options);
}
function items(findings, mark, noun, { location, max = Infinity, rest = "the job summary" }) {
    const lines = findings
        .slice(0, max)
        .map((f) => `- ${mark}${location === "full" ? f.location : f.shortLocation} — ${f.message}`);
    const more = findings.length - lines.length;
    if (more > 0)
        lines.push(`- *… and ${(0,format/* plural */.LS)(more, `more ${noun}`)} (see ${rest})*`);
    return lines;
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
 *
 * Groups may be ranked in tiers: the budget goes to the first tier's groups (shared fairly among
 * them), what is left to the next tier, and so on — so whole tracklists are left out before the
 * changes of an edit, and those before any problem or warning.
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
/** Entries per group, tier by tier: each tier shares what the tiers before it left. */
function allocateByTier(costs, tiers, budget) {
    const shown = costs.map(() => 0);
    let left = budget;
    for (const tier of [...new Set(tiers)].sort((a, b) => a - b)) {
        const members = costs.map((_, i) => i).filter((i) => tiers[i] === tier);
        const taken = allocate(members.map((i) => costs[i] ?? []), left);
        members.forEach((group, k) => {
            shown[group] = taken[k] ?? 0;
            left -= sum((costs[group] ?? []).slice(0, shown[group]));
        });
    }
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
function fit_fitToLimit({ groups, render, limit, measure, tiers }) {
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
    const shown = allocateByTier(costs, tiers ?? groups.map(() => 0), budget);
    let text = render(shown);
    // Guards the invariant above should `render` ever break it: smaller, never over the limit.
    while (measure(text) > limit && dropLast(shown))
        text = render(shown);
    return text;
}

;// CONCATENATED MODULE: ./src/report/summary.ts








/** GitHub takes at most 1 MiB per step summary; stay clear of it. */
const DEFAULT_SUMMARY_MAX_BYTES = 1_000_000;
const summary_TABLE_HEAD = [
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
const FINDINGS = { location: "full" };
function heading(report) {
    const title = report.dryRun ? "## 🎧 Mixcloud publish — dry run" : "## 🎧 Mixcloud publish";
    return [title, "", ...(0,display/* overviewLines */.rt)(report)];
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
    const results = report.nothingSelected ? [] : report.results;
    const all = {
        notices: report.notices.map((n) => `- ℹ️ ${(0,display/* noticeText */.ut)(n)}`),
        rows: results.map(tableRow),
        problems: report.results.flatMap((r) => findings_problemItems(r, FINDINGS)),
        warnings: report.results.flatMap((r) => findings_warningItems(r, FINDINGS)),
        changes: blocks_collectBlocks(results, (r) => change_changeBlock(r, report.dryRun)),
        tracklists: blocks_collectBlocks(results, tracklist_tracklistBlock),
        sections: [],
    };
    return { ...all, sections: fileSections({ ...report, results }, all) };
}
/**
 * Per file with a tracklist or an edit, the first `shown.files` of them: its heading, then its
 * blocks or what stands in for them. A heading is an entry of its own for the fitting, so that a
 * thousand files with long titles cannot make the fixed text alone outgrow the limit.
 */
function fileBlocks(report, all, shown) {
    const lines = [];
    let drawn = 0;
    report.results.forEach((result, i) => {
        const change = blocks_blockFor(all.changes, i, shown.changes, () => LEFT_OUT);
        const tracklist = blocks_blockFor(all.tracklists, i, shown.tracklists, () => leftOutTracklist(result));
        if (change === undefined && tracklist === undefined)
            return;
        if (drawn++ >= shown.files)
            return;
        lines.push(`#### ${(0,display/* titleText */.Qw)(result)} · ${(0,display/* fileText */.CG)(result.file)}`, "");
        if (change !== undefined)
            lines.push(change, "");
        if (tracklist !== undefined)
            lines.push(tracklist, "");
    });
    return lines;
}
/** Each file's section under "Tracklists and edits", with stand-ins for its blocks. */
function fileSections(report, all) {
    const none = { changes: 0, tracklists: 0 };
    return report.results.flatMap((result, i) => {
        const one = { ...all, changes: pick(all.changes, i), tracklists: pick(all.tracklists, i) };
        const lines = fileBlocks({ ...report, results: [result] }, one, { files: 1, ...none });
        return lines.length === 0 ? [] : [lines.join("\n")];
    });
}
/** File `i`'s block alone, as the blocks of a one-file report. */
function pick(blocks, i) {
    const at = blocks.indexOf[i] ?? -1;
    return at < 0
        ? { entries: [], indexOf: [-1] }
        : { entries: [blocks.entries[at] ?? ""], indexOf: [0] };
}
const LEFT_OUT = "*Edit: its changes are left out for room.*";
function leftOutTracklist(result) {
    return `*${tracklist_tracklistTitle(result)}: left out for room; \`mixcloud-publish tracklist\` prints it.*`;
}
function section(head, lines) {
    return [...head, ...lines, ""];
}
function draw(report, all, shown) {
    const [notices = 0, rows = 0, problems = 0, warnings = 0, files = 0, changes = 0, tracklists = 0,] = shown;
    const lines = heading(report);
    if (all.notices.length > 0)
        lines.push(...section([], all.notices.slice(0, notices)));
    if (report.nothingSelected || report.results.length === 0) {
        lines.push(display/* NOTHING_TO_PUBLISH */.Wt, "");
    }
    else {
        lines.push(...section(summary_TABLE_HEAD, all.rows.slice(0, rows)));
    }
    if (all.problems.length > 0) {
        lines.push(...section(["### Problems", ""], all.problems.slice(0, problems)));
    }
    if (all.warnings.length > 0) {
        lines.push(...section(["### Warnings", ""], all.warnings.slice(0, warnings)));
    }
    if (all.changes.entries.length + all.tracklists.entries.length > 0) {
        lines.push("### Tracklists and edits", "", ...fileBlocks(report, all, { files, changes, tracklists }));
    }
    const note = (0,display/* omittedNote */.Vg)([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.rows.length - rows, noun: "file" },
        { count: all.problems.length - problems, noun: "problem" },
        { count: all.warnings.length - warnings, noun: "warning" },
        {
            count: all.sections.length - files,
            noun: "file's tracklist and edit",
            plural: "files' tracklists and edits",
        },
    ], "the `results` output and the log");
    if (note !== "")
        lines.push(note, "");
    const left = blocks_leftOutText(all.tracklists.entries.length - tracklists, all.changes.entries.length - changes);
    if (left !== "")
        lines.push(`*To stay within GitHub's limit on a job summary, this one leaves out ${left}.*`, "");
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
    // With nothing selected there is no table, so rows are not an entry group to cut.
    const all = entries(report);
    return fit_fitToLimit({
        groups: [
            all.notices,
            all.rows,
            all.problems,
            all.warnings,
            all.sections,
            all.changes.entries,
            all.tracklists.entries,
        ],
        // Whole tracklists go first, then the changes of edits; problems and warnings last.
        tiers: [0, 0, 0, 0, 1, 2, 3],
        render: (shown) => draw(report, all, shown),
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
const comment_FINDINGS = { location: "short", max: MAX_PROBLEMS_PER_FILE };
/** Lines under a file's list item: indented to stay inside it (blank lines stay blank). */
function indent(lines) {
    return lines.map((line) => (line === "" ? "" : `  ${line}`)).join("\n");
}
/**
 * One list item per file; its details, problems and warnings are indented under it. Problems and
 * warnings are part of the entry: they are never left out while the file is shown.
 */
function entry(result) {
    const head = `- ${statusBadge(result.status)} — ${titleText(result)} · ${fileText(result.file)}`;
    const details = detailsLine(result);
    const lines = [];
    if (details !== "")
        lines.push(details);
    lines.push(...problemItems(result, comment_FINDINGS), ...warningItems(result, comment_FINDINGS));
    return lines.length === 0 ? head : `${head}\n${indent(lines)}`;
}
/** Said in place of a block left out for room, so the reader knows it exists and where it is. */
function comment_leftOutTracklist(result) {
    return indent([`*${tracklistTitle(result)}: left out here for room, see the job summary.*`]);
}
const LEFT_OUT_CHANGE = indent([
    "*Edit: its changes are left out here for room, see the job summary.*",
]);
function comment_heading(report) {
    const title = report.dryRun ? "### 🎧 Mixcloud preview" : "### 🎧 Published to Mixcloud";
    return [COMMENT_MARKER, title, "", ...overviewLines(report)];
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
/** A file's entry, with its change and tracklist blocks, or what stands in for them. */
function fileLines(result, i, all, shown) {
    const lines = [all.files[i] ?? ""];
    const change = blockFor(all.changes, i, shown.changes, () => LEFT_OUT_CHANGE);
    if (change !== undefined)
        lines.push("", change);
    const tracklist = blockFor(all.tracklists, i, shown.tracklists, () => comment_leftOutTracklist(result));
    if (tracklist !== undefined)
        lines.push("", tracklist);
    return lines;
}
/** What was left out for room, and where it all is. */
function roomNote(all, changes, tracklists) {
    const what = leftOutText(all.tracklists.entries.length - tracklists, all.changes.entries.length - changes);
    if (what === "")
        return "";
    return `*To stay within GitHub's limit on a comment, this one leaves out ${what}: the job summary of the workflow run has them all; on your machine, \`mixcloud-publish validate\` checks the files and \`mixcloud-publish tracklist\` prints a tracklist file's tracks.*`;
}
function comment_draw(report, all, shown) {
    const [notices = 0, files = 0, changes = 0, tracklists = 0] = shown;
    const lines = comment_heading(report);
    if (all.notices.length > 0)
        lines.push(...all.notices.slice(0, notices), "");
    if (report.nothingSelected || report.results.length === 0)
        lines.push(NOTHING_TO_PUBLISH, "");
    else {
        report.results
            .slice(0, files)
            .forEach((r, i) => lines.push(...fileLines(r, i, all, { changes, tracklists })));
        lines.push("");
    }
    const note = omittedNote([
        { count: all.notices.length - notices, noun: "notice" },
        { count: all.files.length - files, noun: "file" },
    ], "the job summary and the `results` output");
    if (note !== "")
        lines.push(note, "");
    const room = roomNote(all, changes, tracklists);
    if (room !== "")
        lines.push(room, "");
    lines.push(...comment_footer(report));
    return lines.join("\n") + "\n";
}
/**
 * Markdown for the sticky PR comment. Its first line is {@link COMMENT_MARKER}, by which the
 * comment is found again and updated. At most `maxChars` UTF-16 code units (as GitHub counts):
 * when longer, whole tracklists are left out first, then the changes of edits, then whole file
 * entries, each with a note — the comment is never refused.
 */
function renderComment(report, options = {}) {
    const nothing = report.nothingSelected || report.results.length === 0;
    const results = nothing ? [] : report.results;
    const all = {
        notices: report.notices.map((n) => `> ℹ️ ${noticeText(n)}`),
        files: results.map(entry),
        changes: collectBlocks(results, (r) => changeBlock(r, report.dryRun), indent),
        tracklists: collectBlocks(results, tracklistBlock, indent),
    };
    return fitToLimit({
        groups: [
            all.notices,
            // A file costs its entry with what stands in for its blocks: showing one replaces that.
            results.map((r, i) => fileLines(r, i, all, { changes: 0, tracklists: 0 }).join("\n")),
            all.changes.entries,
            all.tracklists.entries,
        ],
        // Whole tracklists go first, then the changes of edits; a file's problems and warnings never.
        tiers: [0, 0, 1, 2],
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
                // The mock lists an upload the moment it stores it: the last look for the same show
                // published by another run is made at once, not after Mixcloud's 30 s.
                timeouts: { listingLagMs: 0 },
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
