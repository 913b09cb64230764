/** The cloudcast file format: reading and checking a file, and its Mixcloud form fields. */
export { parseCloudcast } from "./parse.js";
export { toFormFields } from "./fields.js";
export { RULES } from "./rules.js";
export type { RuleId } from "./rules.js";
export { formatStartTime, parseStartTime } from "./start-time.js";
export { CLOUDCAST_KEYS } from "./types.js";
export type { Cloudcast, CloudcastKey, MediaRef, ParsedCloudcast, Section } from "./types.js";
