/** The step outputs of SPEC §3, as strings ready for `core.setOutput`. */
import { Outputs } from "../constants.js";
import { toOutputResult, type FileResult } from "../results.js";
import { countWarnings } from "./display.js";
import { countStatuses } from "./format.js";
import type { RunReport } from "./types.js";

/**
 * `urls` holds exactly the cloudcasts this run published or updated (SPEC §3): an `unchanged`
 * or `skipped` one already existed and was not touched, so a step that announces new uploads
 * must not see it. Their URLs are still in `results`.
 */
function publishedUrls(results: readonly FileResult[]): string {
  return results
    .filter((r) => r.status === "published" || r.status === "updated")
    .flatMap((r) => (r.url === undefined || r.url === "" ? [] : [r.url]))
    .join("\n");
}

/** Every selected file that parsed and validated: all statuses but `invalid`, in file order. */
function matrix(results: readonly FileResult[]): string {
  const include = results.filter((r) => r.status !== "invalid").map((r) => ({ file: r.file }));
  return JSON.stringify({ include });
}

/** Output name → value. Text is passed through unchanged: outputs are data, not display. */
export function buildOutputs(report: RunReport): Record<string, string> {
  const counts = countStatuses(report.results);
  return {
    [Outputs.Urls]: publishedUrls(report.results),
    [Outputs.Results]: JSON.stringify(report.results.map(toOutputResult)),
    [Outputs.Published]: String(counts.published),
    [Outputs.Updated]: String(counts.updated),
    [Outputs.Skipped]: String(counts.skipped),
    [Outputs.Failed]: String(counts.failed),
    [Outputs.Invalid]: String(counts.invalid),
    [Outputs.Warnings]: String(countWarnings(report.results)),
    [Outputs.Matrix]: matrix(report.results),
  };
}
