export const id = 163;
export const ids = [163];
export const modules = {

/***/ 7544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GROUP_LINES: () => (/* binding */ GROUP_LINES),
/* harmony export */   checkWorkflowConcurrency: () => (/* binding */ checkWorkflowConcurrency)
/* harmony export */ });
// The action checks the workflow that runs it (README, "One publishing run at a time"): without
// a `concurrency:` group, or with one whose name differs between a push and a release, two runs
// can upload the same show side by side, and Mixcloud keeps both; with `cancel-in-progress: true`
// a cancelled upload may still be stored when the next run looks. Pure: text in, at most one
// warning out; a file that cannot be parsed says nothing (GitHub itself reports those).
/** The lines every publishing workflow should have, as the README's do. */
const GROUP_LINES = "concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false";
/**
 * Expressions a group name may use and stay one for every run of the repository; anything else
 * (`github.ref`, `github.event_name`, `github.workflow`, `inputs.*`, …) may differ between runs.
 * Case-insensitive, as GitHub's expressions are: `${{ GITHUB.REF }}` is `github.ref`.
 */
const SAME_FOR_EVERY_RUN = /^(github\.(repository|repository_owner|repository_id|repository_owner_id|server_url|api_url)|vars\.[\w-]+)$/i;
const CONTEXT_REFERENCE = /\b(github|env|inputs|matrix|needs|steps|job|jobs|runner|strategy|vars|secrets)((\.[\w-]+)|\[[^\]]*\])*/gi;
/** A string literal of an expression: single quotes, `''` for a quote inside. */
const STRING_LITERAL = /'(?:[^']|'')*'/g;
/**
 * The warning for `text`, the workflow at `path`, run as job `job`; undefined when its group is
 * fine, or when the file cannot be read as a workflow.
 */
async function checkWorkflowConcurrency(text, path, job) {
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: false });
    if (doc.errors.length > 0 || !yaml.isMap(doc.contents))
        return undefined;
    const root = doc.contents;
    const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 1;
    // An alias (`concurrency: *publishing`) stands for the node its anchor names: read that one.
    const at = (map, key) => {
        const node = yaml.isMap(map) ? map.get(key, true) : undefined;
        return yaml.isAlias(node) ? node.resolve(doc) : node;
    };
    const jobs = at(root, "jobs");
    const running = job === undefined ? undefined : at(jobs, job);
    const groups = [
        groupOf(yaml, at(root, "concurrency"), at, lineOf),
        groupOf(yaml, at(running, "concurrency"), at, lineOf),
    ].filter((g) => g !== undefined);
    if (groups.some((g) => g.varying.length === 0)) {
        const cancelling = groups.find((g) => g.cancelsAt !== undefined);
        return cancelling === undefined ? undefined : cancellingWarning(path, cancelling);
    }
    const varying = groups[0];
    if (varying !== undefined)
        return varyingWarning(path, varying);
    const jobsKey = root.items.find((pair) => yaml.isScalar(pair.key) && pair.key.value === "jobs");
    return missingWarning(path, lineOf(jobsKey?.key));
}
/** `concurrency: NAME` or `concurrency: {group: NAME, …}`; undefined when there is none. */
function groupOf(yaml, node, at, lineOf) {
    const groupNode = yaml.isMap(node) ? at(node, "group") : node;
    if (!yaml.isScalar(groupNode))
        return undefined;
    const name = groupNode.value;
    if (typeof name !== "string" && typeof name !== "number")
        return undefined;
    const text = String(name);
    const group = { name: text, line: lineOf(groupNode), varying: varyingParts(text) };
    // Only a literal `true`: an expression may well say false, and is not guessed at.
    const cancel = at(node, "cancel-in-progress");
    if (yaml.isScalar(cancel) && cancel.value === true)
        group.cancelsAt = lineOf(cancel);
    return group;
}
/** The context references inside `${{ … }}` of a group name that are not the same for every run. */
function varyingParts(name) {
    const found = new Set();
    for (const [, expression = ""] of name.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        // `${{ 'github-pub' }}` names no context: what is quoted is a constant.
        const unquoted = expression.replace(STRING_LITERAL, "''");
        for (const [reference] of unquoted.matchAll(CONTEXT_REFERENCE)) {
            if (!SAME_FOR_EVERY_RUN.test(reference))
                found.add(reference);
        }
    }
    return [...found];
}
const RISK = "two runs (a re-run, a push right after another, a push and a release) can then upload the same show at the same time, and Mixcloud keeps it twice (`show` and `show-2`; its API cannot delete one)";
function missingWarning(path, line) {
    return {
        line,
        title: "No concurrency group for publishing",
        message: `${path} has no \`concurrency:\` group, neither for the workflow nor for this job: ${RISK}. ` +
            `Add these lines at the top of every workflow that publishes to Mixcloud, the same in each:\n${GROUP_LINES}`,
    };
}
/**
 * `cancel-in-progress: true` cancels a run while Mixcloud may still be storing its upload: the
 * next run lists the account before the show is there, and uploads it again.
 */
function cancellingWarning(path, group) {
    return {
        line: group.cancelsAt ?? group.line,
        title: "Concurrency group cancels uploads",
        message: `The \`concurrency:\` group "${group.name}" of ${path} has \`cancel-in-progress: true\`: a run cancelled while Mixcloud still stores its upload lets the next run find the show missing and upload it again; set \`cancel-in-progress: false\`.`,
    };
}
function varyingWarning(path, group) {
    return {
        line: group.line,
        title: "Concurrency group differs between runs",
        message: `The \`concurrency:\` group "${group.name}" of ${path} depends on ${group.varying.map((v) => `\`${v}\``).join(", ")}, ` +
            `so runs of other refs or events get other groups: ${RISK}. ` +
            `Give every workflow that publishes to Mixcloud one constant group instead:\n${GROUP_LINES}`,
    };
}


/***/ })

};
