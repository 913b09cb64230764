/**
 * File/line annotations for every problem and every warning, as plain values for
 * `core.error(message, properties)` and `core.warning(message, properties)`.
 */
import type { Diagnostic, Span } from "../diagnostic.js";
import type { FileResult } from "../results.js";
import { escapeWorkflowCommandText, sanitizeText, truncateText } from "./text.js";
import type { Annotation, AnnotationProperties } from "./types.js";

const TITLE_PREFIX = "mixcloud-publish";
/** A message quoting a huge value from a file is still one readable annotation. */
const MAX_MESSAGE_CHARS = 2000;
const MAX_TITLE_CHARS = 200;

function title(rule: string): string {
  return escapeWorkflowCommandText(truncateText(`${TITLE_PREFIX}: ${rule}`, MAX_TITLE_CHARS));
}

function message(text: string): string {
  return escapeWorkflowCommandText(truncateText(text, MAX_MESSAGE_CHARS));
}

/**
 * Only sanitised, not defused: the path must still name the file for GitHub to attach the
 * annotation, and @actions/core escapes `:` and `,` in properties, so it cannot end the command.
 */
function filePath(file: string): string {
  return sanitizeText(file);
}

function positive(n: number): number {
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

/**
 * GitHub keeps columns only for a single-line annotation. A Diagnostic's `endColumn` is
 * exclusive; an annotation's reads as the last column covered, so it is one less (but never
 * before the start, for the empty span at a file's start).
 */
function position(d: Span): Omit<AnnotationProperties, "title" | "file"> {
  const startLine = positive(d.line);
  const startColumn = positive(d.column);
  const endLine = Math.max(startLine, positive(d.endLine));
  if (endLine !== startLine) return { startLine, startColumn, endLine };
  return { startLine, startColumn, endLine, endColumn: Math.max(startColumn, d.endColumn - 1) };
}

function forDiagnostic(d: Diagnostic): Annotation {
  return {
    level: d.severity === "warning" ? "warning" : "error",
    message: message(d.message),
    properties: { title: title(d.rule), file: filePath(d.file), ...position(d) },
  };
}

/**
 * A failure points at its line when it has one (a medium that could not be fetched: its `audio:`
 * line); otherwise (an upload error, …) at the file's first line.
 */
function forError(file: string, error: string, rule: string, at?: Span): Annotation {
  const where = at === undefined ? { startLine: 1, startColumn: 1, endLine: 1 } : position(at);
  return {
    level: "error",
    message: message(error),
    properties: { title: title(rule), file: filePath(file), ...where },
  };
}

function forResult(result: FileResult): Annotation[] {
  const annotations = result.diagnostics.map(forDiagnostic);
  const error = result.error;
  if (error === undefined || error === "") return annotations;
  if (result.status === "failed")
    annotations.push(forError(result.file, error, "publish-failed", result.errorAt));
  // An invalid file's `error` only sums up its diagnostics; alone, it is the only trace.
  else if (result.status === "invalid" && annotations.length === 0)
    annotations.push(forError(result.file, error, "invalid"));
  return annotations;
}

/**
 * One annotation per diagnostic, plus one per failed file, in file order; then one per warning.
 * Errors come first: GitHub shows only the first 10 of each level a step, and the errors are
 * what must be fixed.
 */
export function annotationsFor(results: readonly FileResult[]): Annotation[] {
  return [...results.flatMap(forResult), ...results.flatMap((r) => r.warnings.map(forDiagnostic))];
}
