import { capped, diagnosticAt } from "../diagnostic.js";
import type { Diagnostic } from "../diagnostic.js";
import { checkCloudcast } from "./check.js";
import { LineIndex, decodeSource } from "./source.js";
import type { Problem } from "./source.js";
import type { YNode } from "./tree.js";
import type { ParsedCloudcast } from "./types.js";
import { Checker } from "./values.js";
import { parseFastYaml } from "./yaml-fast.js";
import { parseFullYaml } from "./yaml-full.js";

/**
 * Reads one cloudcast file: its bytes (or text) in, a valid Cloudcast or every problem found out,
 * each located at the node it is about. Never throws on any input and never reads the disk;
 * `file` is only used to label the diagnostics.
 */
export function parseCloudcast(source: string | Uint8Array, file: string): ParsedCloudcast {
  const decoded = decodeSource(source);
  const lines = new LineIndex(decoded.text);
  const located = (problems: readonly Problem[]): Diagnostic[] =>
    capped(
      problems.map((p) =>
        diagnosticAt(file, lines.span(p.start, p.end), p.rule, oneLine(p.message)),
      ),
    );
  if (decoded.problem) return { file, diagnostics: located([decoded.problem]), spans: {} };

  const tree = readTree(decoded.text);
  if (!tree.root) return { file, diagnostics: located(tree.problems), spans: {} };
  const checker = new Checker(decoded.text);
  const checked = checkCloudcast(tree.root, checker);
  const diagnostics = located([...tree.problems, ...checker.problems]);
  const spans = Object.fromEntries(
    Object.entries(checked.spans).map(([key, at]) => [key, lines.span(at.start, at.end)]),
  );
  if (diagnostics.length === 0 && checked.cloudcast) {
    const sectionSpans = (checked.sectionSpans ?? []).map((at) =>
      lines.sourceSpan(file, at.start, at.end),
    );
    const parsed = { file, cloudcast: checked.cloudcast, diagnostics, spans, sectionSpans };
    const excludeSpans = checked.excludeSpans?.map((at) => lines.span(at.start, at.end)) ?? [];
    return excludeSpans.length > 0 ? { ...parsed, excludeSpans } : parsed;
  }
  const title = checked.cloudcast?.title ?? checked.title;
  return title ? { file, diagnostics, spans, title } : { file, diagnostics, spans };
}

/** Messages quote values from the file, which may hold line breaks; a diagnostic is one line. */
function oneLine(message: string): string {
  return message.replace(/\r\n|\r|\n/g, "\\n");
}

/** The fast reader takes the plain YAML nearly every file is written in; the yaml package reads the rest. */
function readTree(text: string): { root?: YNode; problems: Problem[] } {
  const fast = parseFastYaml(text);
  if (fast) return { root: fast, problems: [] };
  const full = parseFullYaml(text);
  if (full.empty && full.problems.length === 0) {
    const message = "the file is empty: a cloudcast needs at least a title, e.g. title: My mix";
    return { problems: [{ start: 0, end: 0, rule: "empty-file", message }] };
  }
  return full;
}
