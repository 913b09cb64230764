// What the preview's complexity cases load in-process: the diff of two cloudcasts and the two
// reports. scripts/bench/complexity-preview.mjs bundles this file with ncc (the project's
// bundler) into a temporary folder, so the figures are those of bundled code.
export { diffCloudcasts } from "../../src/cloudcast/diff.js";
export { renderComment, renderSummary } from "../../src/report/index.js";
