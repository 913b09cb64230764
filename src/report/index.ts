/**
 * Reporting: step outputs, annotations, the job summary and the sticky PR comment, as pure
 * functions of a run's results. The action's edge hands their values to @actions/core and the
 * GitHub API; nothing here performs I/O.
 */
export type { Annotation, AnnotationProperties, RunReport } from "./types.js";
export { buildOutputs } from "./outputs.js";
export { annotationsFor } from "./annotations.js";
export { renderSummary, DEFAULT_SUMMARY_MAX_BYTES } from "./summary.js";
export { renderComment, DEFAULT_COMMENT_MAX_CHARS } from "./comment.js";
export { escapeMarkdown, escapeWorkflowCommandText, sanitizeText } from "./text.js";
export { countStatuses, formatBytes, formatDuration } from "./format.js";
