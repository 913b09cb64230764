// What scripts/bench/complexity-selection.mjs loads in-process: the owners' text search and the
// selection around it, bundled with ncc.
export { exportMentions } from "../../src/selection/export-mentions.js";
export { selectFiles } from "../../src/selection/select.js";
