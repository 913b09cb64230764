// The tracklist stage. Parsing a cloudcast file never reads the disk, so a file whose sections
// come from a DJ program's export (`tracklist:`, or the export beside it with the same stem) is
// completed here: the export is found, read with the media's care, parsed, thinned by
// `tracklist_exclude`, and held to the rules `tracks:` is held to. The pipeline and `validate`
// both run it, so both report the same problems, each at its own file, line and column.
import { readdir } from "node:fs/promises";
import { draftOf, orderSections } from "../cloudcast/section-rules.js";
import type { PlacedSection } from "../cloudcast/section-rules.js";
import type { ParsedCloudcast, Section } from "../cloudcast/types.js";
import { FILE_START, capped, compareDiagnostics, diagnosticAt, warningAt } from "../diagnostic.js";
import type { Diagnostic, Span } from "../diagnostic.js";
import { resolveInWorkspace } from "../media/workspace-path.js";
import { MAX_MATCHED_NAME } from "./exclude.js";
import type { Exclusion } from "./exclude.js";
import { MAX_WARNINGS, TOO_MANY_WARNINGS, moreWarnings, quote } from "./findings.js";
import { defaultTracklistNames, locateTracklist, readTracklistFile } from "./file.js";
import type { TracklistLocation, TracklistRead } from "./file.js";
import type { LfsAccess } from "../media/types.js";
import type { TracklistEntry, TracklistFormat } from "./types.js";

export interface TracklistContext {
  /** Real (symlink-free) path of the workspace: every tracklist file stays inside it. */
  root: string;
  /** The cloudcast file, relative to `root`, `/`-separated. */
  cloudcastPath: string;
  /** How a path relative to `root` is named in diagnostics; default: as it is. */
  display?: (relPath: string) => string;
  /** The names in a folder relative to `root`; pass one {@link folderLister} to share it across files. */
  listFolder?: (folder: string) => Promise<string[]>;
  /** Fetches an export the checkout holds as a Git LFS pointer; without it the pointer is refused. */
  lfs?: LfsAccess;
  /**
   * Reads a tracklist file (relative to `root`; `label` names it in messages); default: from the
   * disk under `root`. A previous version of a show is read from git instead.
   */
  readFile?: (relPath: string, label: string) => Promise<TracklistRead>;
}

/** An entry `tracklist_exclude` left out, and the pattern that matched it (as written). */
export interface LeftOutEntry {
  section: Section;
  pattern: string;
}

/** Where a cloudcast's sections came from, for the log, the preview and `validate`. */
export interface TracklistSource {
  /** The tracklist file, as diagnostics name it. */
  file: string;
  format?: TracklistFormat;
  /** Sections taken. */
  sections: number;
  /** Entries left out by `tracklist_exclude`. */
  excluded: number;
  /** Those entries, in order, each with the pattern that matched it. */
  left: LeftOutEntry[];
}

export interface TracklistStage {
  /** The cloudcast with the file's sections, or invalid with the problems found. */
  parsed: ParsedCloudcast;
  /** Undefined when the sections do not come from a tracklist file. */
  source?: TracklistSource;
}

/** Lists folders under `root` once each, however many cloudcast files share them. */
export function folderLister(root: string): (folder: string) => Promise<string[]> {
  const cache = new Map<string, Promise<string[]>>();
  return (folder) => {
    let names = cache.get(folder);
    if (names === undefined) {
      names = listNames(root, folder);
      cache.set(folder, names);
    }
    return names;
  };
}

async function listNames(root: string, folder: string): Promise<string[]> {
  const found = await resolveInWorkspace(root, folder, `the folder \`${folder}\``);
  if (!found.ok || !found.stats.isDirectory()) return [];
  return readdir(found.realPath).catch(() => []);
}

/**
 * False for a file the stage has nothing to do for — invalid, or with its own `tracks:` — so
 * that callers skip even the disk look-ups that set it up.
 */
export function mayHaveTracklistFile(parsed: ParsedCloudcast): boolean {
  return parsed.cloudcast !== undefined && parsed.spans.tracks === undefined;
}

/** Completes a parsed cloudcast with the sections of its tracklist file, if it has one. */
export async function applyTracklistFile(
  parsed: ParsedCloudcast,
  context: TracklistContext,
): Promise<TracklistStage> {
  const cloudcast = parsed.cloudcast;
  if (cloudcast === undefined || !mayHaveTracklistFile(parsed)) return { parsed };
  const listFolder = context.listFolder ?? folderLister(context.root);
  const location = await locateTracklist(context.cloudcastPath, cloudcast.tracklist, listFolder);
  if (location.kind === "file") return readLocated(parsed, location, context);
  const problem = locationProblem(parsed, location, context);
  return problem === undefined ? { parsed } : { parsed: invalid(parsed, [problem], []) };
}

function locationProblem(
  parsed: ParsedCloudcast,
  location: Exclude<TracklistLocation, { kind: "file" }>,
  context: TracklistContext,
): Diagnostic | undefined {
  if (location.kind === "outside") {
    return diagnosticAt(
      parsed.file,
      parsed.spans.tracklist ?? FILE_START,
      "tracklist-outside-workspace",
      `tracklist "${location.written}" leads out of the repository: commit the export inside it and name it relative to this file`,
    );
  }
  if (parsed.cloudcast?.tracklistExclude === undefined) return undefined;
  const display = context.display ?? ((path: string) => path);
  const looked = defaultTracklistNames(context.cloudcastPath).map(display).join(", ");
  return diagnosticAt(
    parsed.file,
    parsed.spans.tracklist_exclude ?? FILE_START,
    "tracklist-missing",
    `tracklist_exclude is set, but this cloudcast has no tracklist file: looked for ${looked}; commit the DJ software's export there, or set tracklist: to its path`,
  );
}

async function readLocated(
  parsed: ParsedCloudcast,
  location: Extract<TracklistLocation, { kind: "file" }>,
  context: TracklistContext,
): Promise<TracklistStage> {
  const file = (context.display ?? ((path: string) => path))(location.relPath);
  const readFile =
    context.readFile ??
    ((relPath, label) => readTracklistFile(context.root, relPath, label, context.lfs));
  const read = await readFile(location.relPath, `the tracklist \`${file}\``);
  if (!read.ok)
    return { parsed: invalid(parsed, [unreadable(parsed, location, file, read.problem)], []) };
  // Loaded on first use: the readers bring an XML and a CSV parser that `validate` on a
  // repository without tracklist files should not pay for at start-up.
  const [{ parseTracklist }, { excludeEntries }] = await Promise.all([
    import("./index.js"),
    import("./exclude.js"),
  ]);
  const tracklist = parseTracklist(read.bytes, file);
  const exclusion = excludeEntries(tracklist.entries, parsed.cloudcast?.tracklistExclude ?? []);
  const excluded = applyExclude(tracklist.entries, exclusion, parsed, file);
  const { placed, diagnostics: rules } = sectionsOf(excluded.kept, file);
  const errors = [...tracklist.diagnostics, ...excluded.errors, ...rules];
  const warnings = [
    ...tracklist.warnings,
    ...(errors.length === 0 ? excluded.warnings : []),
    ...unusedSiblings(parsed, location, file, context),
  ];
  const source: TracklistSource = {
    file,
    ...(tracklist.format === undefined ? {} : { format: tracklist.format }),
    sections: placed.length,
    excluded: excluded.count,
    left: exclusion.left.map(({ entry, pattern }) => ({
      section: withoutSpan(entry),
      pattern: parsed.cloudcast?.tracklistExclude?.[pattern] ?? "",
    })),
  };
  if (errors.length > 0) return { parsed: invalid(parsed, errors, warnings), source };
  const cloudcast = { ...parsed.cloudcast!, sections: placed.map((p) => p.section) };
  const sectionSpans = placed.map((p) => ({ file, ...p.at }));
  return {
    parsed: { ...parsed, cloudcast, sectionSpans, warnings: withWarnings(parsed, warnings) },
    source,
  };
}

function withoutSpan(entry: TracklistEntry): Section {
  const { span: _span, ...section } = entry;
  return section;
}

/** A wrong `tracklist:` is fixed in the cloudcast file; a bad default export, in the export. */
function unreadable(
  parsed: ParsedCloudcast,
  location: Extract<TracklistLocation, { kind: "file" }>,
  file: string,
  problem: { rule: string; message: string },
): Diagnostic {
  const rule = `tracklist-${problem.rule}`;
  return location.explicit
    ? diagnosticAt(parsed.file, parsed.spans.tracklist ?? FILE_START, rule, problem.message)
    : diagnosticAt(file, FILE_START, rule, problem.message);
}

interface Excluded {
  kept: TracklistEntry[];
  count: number;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Why a pattern cannot be used, and how to write it instead. */
export function unreadablePatternMessage(pattern: string, reason: string): string {
  return `tracklist_exclude pattern ${quote(pattern)} cannot be read as a glob pattern (${reason}): write it with * for any text and ? for one character`;
}

/** `tracklist_exclude` applied, with its problems placed on the patterns in the cloudcast file. */
function applyExclude(
  entries: TracklistEntry[],
  { kept, hits, unreadable, unmatchedLong }: Exclusion,
  parsed: ParsedCloudcast,
  file: string,
): Excluded {
  const patterns = parsed.cloudcast?.tracklistExclude ?? [];
  const spanOf = (i: number): Span =>
    parsed.excludeSpans?.[i] ?? parsed.spans.tracklist_exclude ?? FILE_START;
  const errors = unreadable.map(({ index, reason }) =>
    diagnosticAt(
      parsed.file,
      spanOf(index),
      "tracklist-exclude-pattern",
      unreadablePatternMessage(patterns[index] ?? "", reason),
    ),
  );
  const warnings = patterns.flatMap((pattern, i) =>
    hits[i] === 0 ? [unusedPattern(parsed.file, spanOf(i), pattern, file, entries.length)] : [],
  );
  if (unmatchedLong > 0) {
    const message = longNamesMessage(unmatchedLong, file);
    const span = parsed.spans.tracklist_exclude ?? FILE_START;
    warnings.push(warningAt(parsed.file, span, "tracklist-exclude-long-name", message));
  }
  if (entries.length > 0 && kept.length === 0 && patterns.length > 0) {
    const message = `tracklist_exclude leaves out every entry of ${file} (${entries.length}): no sections are left; check the patterns`;
    const span = parsed.spans.tracklist_exclude ?? FILE_START;
    warnings.push(warningAt(parsed.file, span, "tracklist-exclude-all", message));
  }
  return { kept, count: entries.length - kept.length, errors, warnings };
}

/**
 * The entries held to the rules of `tracks:` (whole seconds, text not blank, starts that never
 * go back), each problem placed at the entry's line in the tracklist file.
 */
export function sectionsOf(
  entries: readonly TracklistEntry[],
  file: string,
): { placed: PlacedSection<Span>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (span: Span, rule: string, message: string) =>
    diagnostics.push(diagnosticAt(file, span, rule, message));
  const drafts = entries.map((entry) => draftOf(entry, entry.span, report));
  return { placed: orderSections(drafts, report), diagnostics };
}

/** Entries whose names are too long for tracklist_exclude to match: said once, for the file. */
export function longNamesMessage(count: number, file: string): string {
  const one = count === 1;
  return `${plural(count, "entry", "entries")} of ${file} ${one ? "has a name" : "have names"} longer than ${MAX_MATCHED_NAME.toLocaleString("en")} characters, which tracklist_exclude does not match: ${one ? "it is" : "they are"} kept; shorten ${one ? "it" : "them"} in the export if ${one ? "it is" : "they are"} to be left out`;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}

function unusedPattern(
  cloudcastFile: string,
  span: Span,
  pattern: string,
  file: string,
  entries: number,
): Diagnostic {
  return warningAt(
    cloudcastFile,
    span,
    "tracklist-exclude-unused",
    `tracklist_exclude pattern "${pattern}" matches none of the ${entries} entries of ${file}: check it for a typo (it is matched against "Artist - Title", ignoring case), or remove it`,
  );
}

/** Other exports beside the cloudcast with its stem: perhaps the one the user meant. */
function unusedSiblings(
  parsed: ParsedCloudcast,
  location: Extract<TracklistLocation, { kind: "file" }>,
  file: string,
  context: TracklistContext,
): Diagnostic[] {
  if (location.unused.length === 0) return [];
  const display = context.display ?? ((path: string) => path);
  const others = location.unused.map((path) => `\`${display(path)}\``).join(", ");
  return [
    warningAt(
      parsed.file,
      FILE_START,
      "tracklist-ambiguous",
      `the tracklist is read from \`${file}\`; ${others} beside it ${location.unused.length === 1 ? "is" : "are"} not read: set tracklist: to the file to use`,
    ),
  ];
}

function withWarnings(parsed: ParsedCloudcast, more: Diagnostic[]): Diagnostic[] | undefined {
  const all = cappedWarnings([...(parsed.warnings ?? []), ...more].sort(compareDiagnostics));
  return all.length === 0 ? undefined : all;
}

/**
 * At most {@link MAX_WARNINGS} warnings a file, in order, then one that says how many more: the
 * cloudcast file gathers warnings from several places (a pattern each, the export beside it). A
 * list already closed by its reader keeps its closing warning as it is.
 */
export function cappedWarnings(sorted: Diagnostic[]): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const counts = new Map<string, number>();
  const past = new Map<string, { first: Diagnostic; count: number }>();
  for (const warning of sorted) {
    const count = counts.get(warning.file) ?? 0;
    if (warning.rule === TOO_MANY_WARNINGS || count < MAX_WARNINGS) {
      kept.push(warning);
      if (warning.rule !== TOO_MANY_WARNINGS) counts.set(warning.file, count + 1);
      continue;
    }
    const over = past.get(warning.file);
    if (over) over.count++;
    else past.set(warning.file, { first: warning, count: 1 });
  }
  for (const [file, { first, count }] of past) {
    const { line, column, endLine, endColumn } = first;
    kept.push(moreWarnings(file, { line, column, endLine, endColumn }, count));
  }
  return past.size === 0 ? kept : kept.sort(compareDiagnostics);
}

/** The file is invalid: no cloudcast, but its title (for reports) and every problem found. */
function invalid(
  parsed: ParsedCloudcast,
  errors: Diagnostic[],
  warnings: Diagnostic[],
): ParsedCloudcast {
  const { cloudcast, ...rest } = parsed;
  const title = cloudcast?.title ?? parsed.title;
  const all = withWarnings(parsed, warnings);
  return {
    ...rest,
    ...(title === undefined ? {} : { title }),
    diagnostics: capped([...parsed.diagnostics, ...errors]),
    ...(all === undefined ? {} : { warnings: all }),
  };
}
