import { errorMessage } from "./errors.js";

/**
 * A problem found in a cloudcast file (or in the media it points at), located precisely
 * enough to become a GitHub annotation and a `file:line:col: message` line.
 *
 * Lines and columns are 1-based, as editors and GitHub show them. `end*` is inclusive of the
 * last line and exclusive of the last column (the column just past the node).
 */
export interface Diagnostic {
  /** Path of the file, relative to the workspace (or as given on the command line), `/`-separated. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** One sentence saying what is wrong and what to do about it. */
  message: string;
  /** A stable identifier of the rule that produced it, e.g. `title-required`. */
  rule: string;
  /**
   * Absent for an error, which makes its file invalid. A warning is something Mixcloud may hold
   * against a show without refusing it (licensing, length, the account): it is reported, annotated
   * and counted, but never stops a publish unless an input says so. Warnings travel in their own
   * `warnings` lists, apart from the `diagnostics` that decide whether a file is valid.
   */
  severity?: "warning";
}

/** A place in a named file: where a section of a tracklist came from (the YAML or a DJ export). */
export interface SourceSpan extends Span {
  file: string;
}

/** A place in a file: where a node starts and ends. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The span of the first character of a file: for problems that belong to the file as a whole. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function diagnosticAt(file: string, span: Span, rule: string, message: string): Diagnostic {
  return { file, ...span, message, rule };
}

/** Where to report a bug: said in every `internal-error` diagnostic. */
const ISSUES_URL = "https://github.com/mixcloud-publish/mixcloud-publish/issues";
/** Enough of an exception's message to recognise it; a hostile input could make it any length. */
const MAX_INTERNAL_MESSAGE = 300;

/**
 * An exception no check expected (a bug, or an input nobody foresaw), as the diagnostic of the one
 * file it happened on, so that every other file is still checked and reported. Only the message
 * is kept, on one line: a stack trace means nothing in an annotation.
 */
export function internalErrorAt(file: string, error: unknown): Diagnostic {
  const flat = errorMessage(error).replace(/\s+/g, " ").trim();
  const cut = flat.length > MAX_INTERNAL_MESSAGE ? `${flat.slice(0, MAX_INTERNAL_MESSAGE)}…` : flat;
  const message = `mixcloud-publish failed on this file with an unexpected error, so it is not checked; please report it at ${ISSUES_URL} (with the file if you can): ${cut}`;
  return diagnosticAt(file, FILE_START, "internal-error", message);
}

export function warningAt(file: string, span: Span, rule: string, message: string): Diagnostic {
  return { file, ...span, message, rule, severity: "warning" };
}

/**
 * The stable, grep-able one-line form used by the CLI: `file:line:col: message (rule)`, and
 * `file:line:col: warning: message (rule)` for a warning.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const level = d.severity === "warning" ? "warning: " : "";
  return `${d.file}:${d.line}:${d.column}: ${level}${d.message} (${d.rule})`;
}

/** Orders diagnostics by file, then position, so output is stable whatever order rules ran in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/** A file's problems and warnings together, in the order of its lines, as the CLI prints them. */
export function inLineOrder(found: {
  diagnostics: readonly Diagnostic[];
  warnings?: readonly Diagnostic[];
}): Diagnostic[] {
  return [...found.diagnostics, ...(found.warnings ?? [])].sort(compareDiagnostics);
}

/** More than any person fixes in one go; a generated or hostile file could otherwise print thousands. */
export const MAX_DIAGNOSTICS = 100;

/**
 * How many problems a closing `too-many-problems` diagnostic stands for, when a reader made it
 * (a tracklist reader counts the problems past the cap without keeping them).
 */
const standsFor = new WeakMap<Diagnostic, number>();

/** The diagnostic that closes a capped list: `count` more problems from `at` on. */
export function moreProblems(file: string, at: Span, count: number): Diagnostic {
  const message = `and ${count.toLocaleString("en")} more problems from here on, not shown: fix the ones above and check again`;
  const closing = diagnosticAt(file, at, "too-many-problems", message);
  standsFor.set(closing, count);
  return closing;
}

export function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  diagnostics.sort(compareDiagnostics);
  const rest = diagnostics.slice(MAX_DIAGNOSTICS);
  const next = rest[0];
  if (!next) return diagnostics;
  const count = rest.reduce((sum, d) => sum + (standsFor.get(d) ?? 1), 0);
  const { line, column, endLine, endColumn } = next;
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    moreProblems(next.file, { line, column, endLine, endColumn }, count),
  ];
}
