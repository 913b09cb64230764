// What the tracklist benchmark loads in-process: the tracklist readers and, for comparison, the
// YAML path a `tracks:` list takes. scripts/bench/tracklist.mjs bundles this file with ncc (the
// project's bundler) into a temporary folder, so the figures are those of bundled code.
export { parseTracklist } from "../../src/tracklist/index.js";
export { excludeEntries } from "../../src/tracklist/exclude.js";
export { parseCloudcast } from "../../src/cloudcast/parse.js";
