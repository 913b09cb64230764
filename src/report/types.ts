import type { FileResult } from "../results.js";

/** Everything the reports are made from: a run's results and the context they belong to. */
export interface RunReport {
  /** One per selected file, in file order. */
  results: FileResult[];
  dryRun: boolean;
  eventName: string;
  /** `owner/repo`. */
  repository?: string;
  /** The commit the run is for. */
  sha?: string;
  /** Link to the workflow run. */
  runUrl?: string;
  /** Plain-text notes for the reader (deleted files, a skipped comment, …); escaped when shown. */
  notices: string[];
  /** No cloudcast file was selected (none changed, or none matched). */
  nothingSelected: boolean;
}

/** Where an annotation points, in the shape `@actions/core`'s `error()`/`warning()` take. */
export interface AnnotationProperties {
  title: string;
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  /** Only when the annotation starts and ends on the same line: GitHub ignores columns across lines. */
  endColumn?: number;
}

export interface Annotation {
  /** `error` for a problem (`core.error`), `warning` for a warning (`core.warning`). */
  level: "error" | "warning";
  message: string;
  properties: AnnotationProperties;
}
