// What the Mixcloud answers' complexity cases load in-process: the reading of an error body.
// scripts/bench/complexity-answers.mjs bundles this file with ncc into a temporary folder.
export { errorFromAnswer, htmlToText } from "../../src/mixcloud/answer-errors.js";
