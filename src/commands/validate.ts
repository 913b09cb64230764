// `mixcloud-publish validate [--format text|json] [PATH…]`: reads cloudcast files and prints
// every problem as `file:line:col: message (rule)`. It has to stay fast — a repository of a
// thousand shows is checked in well under a second — so it imports only the format's own code
// (the tracklist readers only once a tracklist file is found), reads files a bounded number at a
// time, and keeps output to one write per problem line batch.
import { resolve } from "node:path";
import { parseCloudcast } from "../cloudcast/parse.js";
import { fileTooLargeMessage } from "../cloudcast/source.js";
import type { ParsedCloudcast } from "../cloudcast/types.js";
import { showRules } from "../cloudcast/mixcloud-rules/index.js";
import type { LicensingMode } from "../cloudcast/mixcloud-rules/index.js";
import { Limits } from "../constants.js";
import {
  FILE_START,
  diagnosticAt,
  formatDiagnostic,
  inLineOrder,
  internalErrorAt,
} from "../diagnostic.js";
import type { Diagnostic } from "../diagnostic.js";
import { findCloudcastFiles, readSmallFile } from "../selection/files.js";
import { mapLimit } from "../concurrency.js";
import { createLocalLfsAccess } from "../media/lfs-access.js";
import type { TracklistSource, TracklistStage } from "../tracklist/resolve.js";
import { readCliTracklist } from "../tracklist/stage.js";
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { LICENSING_HELP, LICENSING_OPTION, readLicensingOption } from "./licensing-option.js";
import { readCommandLine, usageError } from "./usage.js";

const USAGE = `Usage: mixcloud-publish validate [options] [PATH…]

Checks cloudcast files (a file, or every .yml/.yaml in a folder, recursively) and prints each
problem as file:line:col: message (rule), and each warning as file:line:col: warning: message
(rule). Warnings are what Mixcloud may hold against a show (its licensing rules); the audio is
not read here: \`publish --dry-run\` checks it too. PATH defaults to cloudcasts/.
Exit code: 0 all valid (warnings or not), 1 a problem was found, 2 bad command line or a path
that does not exist.

Options:
  --format text|json     output: one line per problem (default), or one JSON object
${LICENSING_HELP}  -h, --help             show this help
`;

const OPTIONS = {
  format: { type: "string" },
  ...LICENSING_OPTION,
  help: { type: "boolean", short: "h" },
} as const;

/** Files read at once: enough to keep the disk busy while the CPU parses, few enough to spare file handles. */
const READ_CONCURRENCY = 32;
/** Tries per LFS request, as `publish` makes by default (validate has no --retries). */
const LFS_ATTEMPTS = 5;

export const validate: Command = async (args, io) => {
  const line = readCommandLine("validate", args, io, {
    options: OPTIONS,
    usage: USAGE,
    positionals: true,
  });
  if (typeof line === "number") return line;
  const { values, positionals } = line;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    return usageError(
      io,
      "validate",
      new Error(`--format must be text or json, not '${format}'.`),
      USAGE,
      [],
    );
  }
  const licensing = readLicensingOption(values.licensing);
  if (licensing instanceof Error) return usageError(io, "validate", licensing, USAGE, []);
  const found = await findCloudcastFiles(
    positionals.length > 0 ? positionals : ["cloudcasts/"],
    io.cwd,
  );
  for (const error of found.errors) io.stderr(`mixcloud-publish validate: ${error}\n`);
  // A tracklist export held as a Git LFS pointer is fetched as `publish` fetches it; the LFS
  // client loads only when one is met.
  const tracklists = readCliTracklist(io.cwd, (root) => createLocalLfsAccess(root, LFS_ATTEMPTS));
  const checkFile = async (file: string): Promise<TracklistStage> => {
    const parsed = await readAndParse(file, io.cwd);
    const stage = await tracklists(parsed);
    return { ...stage, parsed: withShowRules(stage.parsed, licensing) };
  };
  // An exception no check expected fails its own file; every other file is still reported.
  const results = await mapLimit(found.files, READ_CONCURRENCY, (file) =>
    checkFile(file).catch((error: unknown) => ({
      parsed: notChecked(file, internalErrorAt(file, error)),
    })),
  );
  const report = summarise(results);
  if (format === "json") io.stdout(`${JSON.stringify(report)}\n`);
  else
    printText(
      io,
      report,
      located(results),
      found.files.length === 0 && found.errors.length === 0 ? positionals : undefined,
    );
  if (found.errors.length > 0) return ExitCode.Usage;
  return report.invalid > 0 ? ExitCode.Problems : ExitCode.Ok;
};

/** Mixcloud's rules that need no audio (licensing): warnings, or problems under `error`. */
function withShowRules(parsed: ParsedCloudcast, licensing: LicensingMode): ParsedCloudcast {
  const cloudcast = parsed.cloudcast;
  if (cloudcast === undefined) return parsed;
  const found = showRules({ ...parsed, cloudcast }, {}, licensing);
  return {
    ...parsed,
    diagnostics: [...parsed.diagnostics, ...found.errors],
    warnings: [...(parsed.warnings ?? []), ...found.warnings],
  };
}

/** Reads a file's bytes — unless it is too big to be a cloudcast, which is reported without reading it. */
async function readAndParse(file: string, cwd: string): Promise<ParsedCloudcast> {
  const read = await readSmallFile(resolve(cwd, file), Limits.fileBytes).catch(
    (error: Error) => error,
  );
  if (read instanceof Error) {
    const message = `cannot read the file: ${read.message}`;
    return notChecked(file, diagnosticAt(file, FILE_START, "read-error", message));
  }
  if ("tooLarge" in read) {
    const message = fileTooLargeMessage(read.tooLarge);
    return notChecked(file, diagnosticAt(file, FILE_START, "file-too-large", message));
  }
  return parseCloudcast(read.bytes, file);
}

/** A file that could not be read or checked at all: one problem for the whole file. */
function notChecked(file: string, diagnostic: Diagnostic): ParsedCloudcast {
  return { file, diagnostics: [diagnostic], spans: {} };
}

interface Report {
  files: number;
  valid: number;
  invalid: number;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  /** The files whose sections come from a tracklist file, and what it gave. */
  tracklists: Array<{ file: string; tracklist: TracklistSource }>;
}

function summarise(results: readonly TracklistStage[]): Report {
  const invalid = results.filter((r) => r.parsed.diagnostics.length > 0).length;
  return {
    files: results.length,
    valid: results.length - invalid,
    invalid,
    diagnostics: results.flatMap((r) => r.parsed.diagnostics),
    warnings: results.flatMap((r) => r.parsed.warnings ?? []),
    tracklists: results.flatMap((r) =>
      r.source === undefined ? [] : [{ file: r.parsed.file, tracklist: r.source }],
    ),
  };
}

/** A file's problems and warnings together, in the order of its lines; files in the order given. */
function located(results: readonly TracklistStage[]): Diagnostic[] {
  return results.flatMap(({ parsed }) => inLineOrder(parsed));
}

/** Not a problem, so not `file:line:col:`; what tracklist_exclude did is still worth seeing. */
function exclusionLine({ file, tracklist }: Report["tracklists"][number]): string {
  const entries = `${tracklist.excluded} ${tracklist.excluded === 1 ? "entry" : "entries"}`;
  return `${file}: ${tracklist.sections} sections from ${tracklist.file}; tracklist_exclude left out ${entries}\n`;
}

function printText(
  io: CommandIO,
  report: Report,
  lines: readonly Diagnostic[],
  emptyPaths: string[] | undefined,
): void {
  if (lines.length > 0) io.stdout(lines.map((d) => `${formatDiagnostic(d)}\n`).join(""));
  const thinned = report.tracklists.filter((t) => t.tracklist.excluded > 0);
  if (thinned.length > 0) io.stdout(thinned.map(exclusionLine).join(""));
  if (emptyPaths !== undefined) {
    const where = emptyPaths.length > 0 ? emptyPaths.join(", ") : "cloudcasts/";
    io.stderr(`mixcloud-publish validate: no .yml or .yaml files in ${where}\n`);
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const problems = report.invalid > 0 ? ` (${plural(report.diagnostics.length, "problem")})` : "";
  const warnings =
    report.warnings.length > 0 ? `, ${plural(report.warnings.length, "warning")}` : "";
  io.stdout(
    `${plural(report.files, "file")} checked: ${report.valid} valid, ${report.invalid} invalid${problems}${warnings}\n`,
  );
}
