import * as core from "@actions/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { annotationsFor, type Annotation } from "../../src/report/index.js";
import { diagnostic, hasUnsafeChar, mixedResults, result, warning } from "./fixtures.js";

/** What the runner would see on stdout when the edge passes an annotation to core.error(). */
function emit(annotation: Annotation): string {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  try {
    if (annotation.level === "warning") core.warning(annotation.message, annotation.properties);
    else core.error(annotation.message, annotation.properties);
  } finally {
    spy.mockRestore();
  }
  return written.join("");
}

/** The runner's reading: lines split on CR/LF, leading whitespace trimmed, `::` starts a command. */
function commandLines(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith("::") || line.startsWith("##["));
}

/** The runner's unescaping of a command's message. */
function unescapeData(data: string): string {
  return data.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("annotationsFor", () => {
  it("gives one annotation per diagnostic and one per failed file, in file order", () => {
    const annotations = annotationsFor(mixedResults());
    expect(annotations.map((a) => [a.properties.file, a.properties.title])).toEqual([
      ["cloudcasts/e.yml", "mixcloud-publish: publish-failed"],
      ["cloudcasts/f.yml", "mixcloud-publish: title-required"],
      ["cloudcasts/f.yml", "mixcloud-publish: unknown-key"],
    ]);
    expect(annotations[0]?.message).toBe("Mixcloud answered 500 three times.");
  });

  it("places a single-line problem with both columns, the end made inclusive", () => {
    const [annotation] = annotationsFor([
      result({
        status: "invalid",
        diagnostics: [diagnostic({ line: 3, column: 5, endLine: 3, endColumn: 10 })],
      }),
    ]);
    expect(annotation).toEqual({
      level: "error",
      message: 'Unknown key "titel"; did you mean "title"?',
      properties: {
        title: "mixcloud-publish: unknown-key",
        file: "cloudcasts/bad.yml",
        startLine: 3,
        startColumn: 5,
        endLine: 3,
        endColumn: 9,
      },
    });
  });

  it("leaves out the end column of a problem spanning lines", () => {
    const [annotation] = annotationsFor([
      result({
        status: "invalid",
        diagnostics: [diagnostic({ line: 4, column: 3, endLine: 6, endColumn: 2 })],
      }),
    ]);
    expect(annotation?.properties).toEqual({
      title: "mixcloud-publish: unknown-key",
      file: "cloudcasts/bad.yml",
      startLine: 4,
      startColumn: 3,
      endLine: 6,
    });
    expect("endColumn" in (annotation?.properties ?? {})).toBe(false);
  });

  it("keeps an empty span at the start of a file on line 1, column 1", () => {
    const [annotation] = annotationsFor([
      result({
        status: "invalid",
        diagnostics: [diagnostic({ line: 1, column: 1, endLine: 1, endColumn: 1 })],
      }),
    ]);
    expect(annotation?.properties).toMatchObject({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it("puts a failure on line 1 of its file", () => {
    const [annotation] = annotationsFor([
      result({ file: "cloudcasts/x.yml", status: "failed", error: "Upload timed out." }),
    ]);
    expect(annotation).toEqual({
      level: "error",
      message: "Upload timed out.",
      properties: {
        title: "mixcloud-publish: publish-failed",
        file: "cloudcasts/x.yml",
        startLine: 1,
        startColumn: 1,
        endLine: 1,
      },
    });
  });

  it("puts a failure that has a place (a medium that could not be fetched) at that line", () => {
    const [annotation] = annotationsFor([
      result({
        file: "cloudcasts/x.yml",
        status: "failed",
        error: "the audio does not match its Git LFS pointer",
        errorAt: { line: 13, column: 8, endLine: 13, endColumn: 27 },
      }),
    ]);
    expect(annotation?.properties).toEqual({
      title: "mixcloud-publish: publish-failed",
      file: "cloudcasts/x.yml",
      startLine: 13,
      startColumn: 8,
      endLine: 13,
      endColumn: 26,
    });
  });

  it("annotates an invalid file's error only when it has no diagnostic to show", () => {
    const alone = annotationsFor([result({ status: "invalid", error: "Audio not found." })]);
    expect(alone.map((a) => a.message)).toEqual(["Audio not found."]);
    const withDiagnostics = annotationsFor([
      result({ status: "invalid", error: "1 problem", diagnostics: [diagnostic()] }),
    ]);
    expect(withDiagnostics.map((a) => a.message)).toEqual([diagnostic().message]);
  });

  it("annotates nothing for files that went well", () => {
    expect(
      annotationsFor(mixedResults().filter((r) => r.status !== "failed" && r.status !== "invalid")),
    ).toEqual([]);
  });

  const injections = [
    "%0A::set-output name=x::y",
    "\r\n::error::injected",
    "line\n::add-mask::secret\n##[set-output name=x;]y",
    "::stop-commands::token",
    "  ::warning::leading spaces",
    "bell\u0007 esc\u001b[31m nul\u0000 del\u007f c1\u0085\u009b",
    "\u202eevil\u202c \u2066isolate\u2069 \u202a\u202b\u202d",
  ];

  it.each(injections)("keeps file text from injecting a workflow command: %j", (text) => {
    const [annotation] = annotationsFor([
      result({
        file: "cloudcasts/evil.yml",
        status: "invalid",
        diagnostics: [diagnostic({ file: "cloudcasts/evil.yml", message: text, rule: text })],
      }),
    ]);
    if (annotation === undefined) throw new Error("expected an annotation");
    expect(hasUnsafeChar(annotation.message)).toBe(false);
    expect(annotation.message).not.toMatch(/[\r\n]/);
    expect(hasUnsafeChar(annotation.properties.title)).toBe(false);

    const stdout = emit(annotation);
    const commands = commandLines(stdout);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(
      /^::error title=mixcloud-publish%3A .*,file=cloudcasts\/evil\.yml,line=3,/,
    );
    // Properties escape ":", so the first "::" after the command name starts the message, and
    // what the runner shows is our escaped message, character for character.
    const command = commands[0] ?? "";
    expect(unescapeData(command.slice(command.indexOf("::", 2) + 2))).toBe(annotation.message);
  });

  it("defuses a message that would start a command on a line of its own", () => {
    const [annotation] = annotationsFor([
      result({ status: "invalid", diagnostics: [diagnostic({ message: "  ::warning::x" })] }),
    ]);
    expect(annotation?.message.trimStart().startsWith("::")).toBe(false);
    expect(annotation?.message).toContain("::warning::x");
  });

  it("sanitises the file path but keeps it usable", () => {
    const [annotation] = annotationsFor([
      result({
        status: "invalid",
        diagnostics: [diagnostic({ file: "cloudcasts/a\u202eb, c:d.yml" })],
      }),
    ]);
    expect(annotation?.properties.file).toBe("cloudcasts/a\uFFFDb, c:d.yml");
    const command = commandLines(emit(annotation as Annotation))[0] ?? "";
    expect(command).toContain("file=cloudcasts/a\uFFFDb%2C c%3Ad.yml,");
  });

  it("caps a huge message", () => {
    const [annotation] = annotationsFor([
      result({ status: "invalid", diagnostics: [diagnostic({ message: "x".repeat(100_000) })] }),
    ]);
    expect(annotation?.message.length).toBe(2000);
    expect(annotation?.message.endsWith("…")).toBe(true);
  });
});

describe("warnings", () => {
  it("annotates each warning at level warning, at its track, after the errors", () => {
    const annotations = annotationsFor([
      result({
        file: "cloudcasts/a.yml",
        status: "published",
        warnings: [warning({ file: "cloudcasts/a.yml" })],
      }),
      result({ status: "invalid", diagnostics: [diagnostic()] }),
    ]);
    expect(annotations.map((a) => [a.level, a.properties.file, a.properties.title])).toEqual([
      ["error", "cloudcasts/bad.yml", "mixcloud-publish: unknown-key"],
      ["warning", "cloudcasts/a.yml", "mixcloud-publish: licensing-artist"],
    ]);
    expect(annotations[1]?.properties).toMatchObject({
      startLine: 22,
      startColumn: 5,
      endLine: 24,
    });
    const [command] = commandLines(emit(annotations[1] as Annotation));
    expect(command).toMatch(
      /^::warning title=mixcloud-publish%3A licensing-artist,file=cloudcasts\/a\.yml,line=22,endLine=24,col=5::the 5th track by "Moodymann"/,
    );
  });

  it("gives a file with warnings alone no error annotation", () => {
    const annotations = annotationsFor([result({ status: "dry-run", warnings: [warning()] })]);
    expect(annotations.map((a) => a.level)).toEqual(["warning"]);
  });
});
