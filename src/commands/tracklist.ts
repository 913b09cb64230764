// `mixcloud-publish tracklist FILE [--into show.yml] [--exclude PATTERN]…`: the `tracks:` YAML
// of a DJ program's export, printed, or written into a cloudcast file — for a DJ who would
// rather convert once and edit the tracklist by hand than keep the export in the repository.
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Limits } from "../constants.js";
import { compareDiagnostics, formatDiagnostic } from "../diagnostic.js";
import type { Diagnostic } from "../diagnostic.js";
import { errorMessage } from "../errors.js";
import { displayPath, readSmallFile } from "../selection/files.js";
import { excludeEntries } from "../tracklist/exclude.js";
import { TRACKLIST_MAX_BYTES } from "../tracklist/file.js";
import { longNamesMessage, sectionsOf, unreadablePatternMessage } from "../tracklist/resolve.js";
import { putTracksInto, tracksYaml } from "../tracklist/to-yaml.js";
import type { Command, CommandIO } from "./types.js";
import { ExitCode } from "./types.js";
import { readCommandLine } from "./usage.js";
import type { Section } from "../cloudcast/types.js";

const USAGE = `Usage: mixcloud-publish tracklist [options] FILE

Reads a tracklist exported by DJ software — a CUE sheet, a Traktor history (.nml), a Serato
history (.csv export, or the .session file itself), a VirtualDJ history (.m3u or
tracklist.txt), or plain text with one "0:00 Artist - Title" a line — and prints it as the
tracks: of a cloudcast file.

Options:
  --into FILE            write the tracks into this cloudcast file instead, in place of its
                         tracks: or tracklist: (its tracklist_exclude patterns apply, then go);
                         the rest of the file and its comments stay as they are
  --exclude PATTERN      leave out entries whose "Artist - Title" matches this glob pattern,
                         ignoring case (e.g. "*jingle*"); may be given more than once
  -h, --help             show this help

Exit status: 0 done; 1 a problem in the tracklist or the cloudcast file; 2 usage, or a file
that cannot be read.
`;

const OPTIONS = {
  into: { type: "string" },
  exclude: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

export const tracklist: Command = async (args, io) => {
  const line = readCommandLine("tracklist", args, io, {
    options: OPTIONS,
    usage: USAGE,
    positionals: true,
  });
  if (typeof line === "number") return line;
  const { values, positionals } = line;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    const why = file === undefined ? "name one tracklist file" : "name only one tracklist file";
    io.stderr(`mixcloud-publish tracklist: ${why}.\n\n${USAGE}`);
    return ExitCode.Usage;
  }
  const into = values.into === undefined ? undefined : await readInto(values.into, io);
  if (typeof into === "number") return into;
  const patterns = [...(values.exclude ?? []), ...(into?.patterns ?? [])];
  const sections = await readSections(file, patterns, io);
  if (typeof sections === "number") return sections;
  if (into === undefined) {
    io.stdout(tracksYaml(sections));
    return ExitCode.Ok;
  }
  return writeInto(into, sections, displayPath(resolve(io.cwd, file), io.cwd), io);
};

/** The tracklist file's sections, or the exit code after printing why there are none. */
async function readSections(
  file: string,
  patterns: string[],
  io: CommandIO,
): Promise<Section[] | number> {
  const shown = displayPath(resolve(io.cwd, file), io.cwd);
  const bytes = await readFile(resolve(io.cwd, file), shown, TRACKLIST_MAX_BYTES, io);
  if (typeof bytes === "number") return bytes;
  const { parseTracklist } = await import("../tracklist/index.js");
  const parsed = parseTracklist(bytes, shown);
  const { kept, hits, unreadable, unmatchedLong } = excludeEntries(parsed.entries, patterns);
  const { placed, diagnostics } = sectionsOf(kept, shown);
  const errors = [...parsed.diagnostics, ...diagnostics].sort(compareDiagnostics);
  printDiagnostics(io, [...errors, ...parsed.warnings].sort(compareDiagnostics));
  for (const { index, reason } of unreadable) {
    io.stderr(
      `mixcloud-publish tracklist: ${unreadablePatternMessage(patterns[index] ?? "", reason)}\n`,
    );
  }
  patterns.forEach((pattern, i) => {
    const compiled = !unreadable.some((u) => u.index === i);
    if (compiled && hits[i] === 0)
      io.stderr(`mixcloud-publish tracklist: warning: "${pattern}" matches no entry of ${shown}\n`);
  });
  if (unmatchedLong > 0)
    io.stderr(`mixcloud-publish tracklist: warning: ${longNamesMessage(unmatchedLong, shown)}\n`);
  if (unreadable.length > 0) return ExitCode.Problems;
  if (errors.length > 0) {
    const count = `${errors.length} problem${errors.length === 1 ? "" : "s"}`;
    io.stderr(`mixcloud-publish tracklist: ${shown}: ${count}; nothing written\n`);
    return ExitCode.Problems;
  }
  const left = parsed.entries.length - kept.length;
  if (left > 0) io.stderr(`${shown}: ${left} of ${parsed.entries.length} entries left out\n`);
  return placed.map((p) => p.section);
}

interface Into {
  path: string;
  shown: string;
  text: string;
  /** Its `tracklist_exclude` patterns, which apply to what is written. */
  patterns: string[];
}

async function readInto(file: string, io: CommandIO): Promise<Into | number> {
  const path = resolve(io.cwd, file);
  const shown = displayPath(path, io.cwd);
  const bytes = await readFile(path, shown, Limits.fileBytes, io);
  if (typeof bytes === "number") return bytes;
  const { parseCloudcast } = await import("../cloudcast/parse.js");
  const parsed = parseCloudcast(bytes, shown);
  const problems = parsed.diagnostics.filter((d) => d.rule !== "tracks-and-tracklist");
  if (problems.length > 0) {
    printDiagnostics(io, problems);
    io.stderr(`mixcloud-publish tracklist: fix ${shown} first; nothing written\n`);
    return ExitCode.Problems;
  }
  const text = new TextDecoder().decode(bytes);
  return { path, shown, text, patterns: parsed.cloudcast?.tracklistExclude ?? [] };
}

async function writeInto(
  into: Into,
  sections: Section[],
  from: string,
  io: CommandIO,
): Promise<number> {
  const result = putTracksInto(into.text, sections);
  if ("error" in result) {
    io.stderr(`mixcloud-publish tracklist: ${into.shown}: ${result.error}\n`);
    return ExitCode.Problems;
  }
  // Written beside it and renamed over it: an interrupted write never leaves half a file.
  const temporary = join(dirname(into.path), `.${basename(into.path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, result.text, { flag: "wx" });
    await rename(temporary, into.path);
  } catch (error) {
    await rm(temporary, { force: true });
    io.stderr(`mixcloud-publish tracklist: cannot write ${into.shown}: ${errorMessage(error)}\n`);
    return ExitCode.Problems;
  }
  const n = `${sections.length} section${sections.length === 1 ? "" : "s"} from ${from}`;
  const done = {
    tracks: `its tracks: replaced by ${n}`,
    tracklist: `its tracklist: replaced by tracks: with ${n}`,
    none: `tracks: added with ${n}`,
  }[result.replaced];
  io.stdout(`${into.shown}: ${done}\n`);
  return ExitCode.Ok;
}

async function readFile(
  path: string,
  shown: string,
  limit: number,
  io: CommandIO,
): Promise<Uint8Array | number> {
  const read = await readSmallFile(path, limit).catch((error: NodeJS.ErrnoException) => error);
  if (read instanceof Error) {
    const why =
      read.code === "ENOENT"
        ? "no such file"
        : read.code === "EISDIR"
          ? "a folder, not a file"
          : read.message;
    io.stderr(`mixcloud-publish tracklist: ${shown}: ${why}\n`);
    return ExitCode.Usage;
  }
  if ("tooLarge" in read) {
    io.stderr(
      `mixcloud-publish tracklist: ${shown} is ${read.tooLarge} bytes, more than the ${limit} read: is this the right file?\n`,
    );
    return ExitCode.Problems;
  }
  return read.bytes;
}

function printDiagnostics(io: CommandIO, diagnostics: Diagnostic[]): void {
  if (diagnostics.length > 0)
    io.stderr(diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(""));
}
