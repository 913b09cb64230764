// What the selection benchmark loads in-process: the action's selection, with the reader and
// the file lister main.ts gives it. scripts/bench/selection.mjs bundles this file with ncc twice:
// from this tree, and from the recorded commit before the owners' text search (same paths, same
// signatures), so both figures are those of bundled code on the same catalogue. `export *`: the
// reader main.ts gives the selection (`listedFileReader`) is there only in this tree.
export * from "../../src/selection/select.js";
export { createGitRunner } from "../../src/selection/git.js";
export { readWorkspaceFile } from "../../src/selection/workspace.js";
export { Limits } from "../../src/constants.js";
