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
// can upload the same show side by side, and Mixcloud keeps both. Pure: text in, at most one
// warning out; a file that cannot be parsed says nothing (GitHub itself reports those).
/** The lines every publishing workflow should have, as the README's do. */
const GROUP_LINES = "concurrency:\n  group: mixcloud-publish\n  cancel-in-progress: false";
/**
 * Expressions a group name may use and stay one for every run of the repository; anything else
 * (`github.ref`, `github.event_name`, `github.workflow`, `inputs.*`, …) may differ between runs.
 */
const SAME_FOR_EVERY_RUN = /^(github\.(repository|repository_owner|repository_id|repository_owner_id|server_url|api_url)|vars\.[\w-]+)$/;
const CONTEXT_REFERENCE = /\b(github|env|inputs|matrix|needs|steps|job|jobs|runner|strategy|vars|secrets)((\.[\w-]+)|\[[^\]]*\])*/g;
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
    const jobs = root.get("jobs", true);
    const running = job !== undefined && yaml.isMap(jobs) ? jobs.get(job, true) : undefined;
    const groups = [
        groupOf(yaml, root.get("concurrency", true), lineOf),
        yaml.isMap(running) ? groupOf(yaml, running.get("concurrency", true), lineOf) : undefined,
    ].filter((g) => g !== undefined);
    if (groups.some((g) => g.varying.length === 0))
        return undefined;
    const varying = groups[0];
    if (varying !== undefined)
        return varyingWarning(path, varying);
    const jobsKey = root.items.find((pair) => yaml.isScalar(pair.key) && pair.key.value === "jobs");
    return missingWarning(path, lineOf(jobsKey?.key));
}
/** `concurrency: NAME` or `concurrency: {group: NAME, …}`; undefined when there is none. */
function groupOf(yaml, node, lineOf) {
    const groupNode = yaml.isMap(node) ? node.get("group", true) : node;
    if (!yaml.isScalar(groupNode))
        return undefined;
    const name = groupNode.value;
    if (typeof name !== "string" && typeof name !== "number")
        return undefined;
    const text = String(name);
    return { name: text, line: lineOf(groupNode), varying: varyingParts(text) };
}
/** The context references inside `${{ … }}` of a group name that are not the same for every run. */
function varyingParts(name) {
    const found = new Set();
    for (const [, expression = ""] of name.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        for (const [reference] of expression.matchAll(CONTEXT_REFERENCE)) {
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
