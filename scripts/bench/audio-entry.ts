// What the audio benchmarks load in-process: the duration readers and the check a cloudcast's
// audio file goes through. scripts/bench/audio-readers.mjs bundles this file with ncc (the
// project's bundler) into a temporary folder, so the figures are those of bundled code.
export { inspectAudio } from "../../src/media/inspect-audio.js";
export { bufferSource } from "../../src/media/bytes.js";
export { checkLocalFile } from "../../src/media/local-file.js";
