// What the YAML complexity cases load in-process: the cloudcast reader and its two YAML readers.
// scripts/bench/complexity-yaml.mjs bundles this file with ncc (the project's bundler) into a
// temporary folder, so the figures are those of bundled code.
export { parseCloudcast } from "../../src/cloudcast/parse.js";
export { parseFastYaml } from "../../src/cloudcast/yaml-fast.js";
export { parseFullYaml } from "../../src/cloudcast/yaml-full.js";
