import { describe, expect, it } from "vitest";
import { parseCloudcast } from "../../src/cloudcast/index.js";
import { parseFastYaml } from "../../src/cloudcast/yaml-fast.js";
import { problemsOf } from "./support.js";

// Files written to hurt a parser: each must give diagnostics — never a crash, never a hang.
// Timeouts here are hang guards only.

const HANG_GUARD = 20_000;

function billionLaughs(levels: number, width: number): string {
  let text = "title: Laughs\na: &a [" + Array(width).fill("lol").join(", ") + "]\n";
  let previous = "a";
  for (let i = 1; i < levels; i++) {
    const name = `l${i}`;
    text += `${name}: &${name} [${Array(width).fill(`*${previous}`).join(", ")}]\n`;
    previous = name;
  }
  return text;
}

describe("alias bombs", () => {
  it("stops a billion laughs at the alias where it explodes", { timeout: HANG_GUARD }, () => {
    const problems = problemsOf(billionLaughs(9, 9));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "alias-limit" });
    expect(problems[0]?.message).toMatch(/alias bomb/);
  });

  it(
    "refuses more than 100 aliases (the yaml package's maxAliasCount)",
    { timeout: HANG_GUARD },
    () => {
      const text = "title: x\nanchor: &a v\nmany: [" + Array(101).fill("*a").join(", ") + "]\n";
      expect(problemsOf(text).map((p) => p.rule)).toEqual(["alias-limit"]);
      const fine = "title: x\nanchor: &a v\nsome: [" + Array(100).fill("*a").join(", ") + "]\n";
      expect(problemsOf(fine).map((p) => p.rule)).toEqual(["unknown-key", "unknown-key"]);
    },
  );

  it(
    "reads a file full of anchors in linear time (the package's own alias lookup is quadratic)",
    { timeout: HANG_GUARD },
    () => {
      let text = "title: x\nlist:\n";
      for (let i = 0; i < 30_000; i++) text += `  - &a${i} v\n`;
      text += "  - *a29999\n";
      expect(problemsOf(text).map((p) => p.rule)).toEqual(["unknown-key"]);
    },
  );

  it("refuses an alias inside the node it names", () => {
    const problems = problemsOf("title: x\nloop: &l [*l]\n");
    expect(problems).toEqual([expect.objectContaining({ rule: "alias-limit", at: "2:11" })]);
    expect(problems[0]?.message).toMatch(/contains it/);
  });
});

describe("deep nesting", () => {
  it.each([
    ["flow lists", `title: x\nx: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`],
    ["unclosed flow lists", `title: x\nx: ${"[".repeat(1_000_000)}\n`],
    ["compact lists", `title: x\nx:\n${"- ".repeat(400_000)}v\n`],
    ["flow mappings", `title: x\nx: ${"{a: ".repeat(50_000)}${"}".repeat(50_000)}\n`],
    [
      "block mappings",
      "title: x\n" +
        Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}k:`).join("\n") +
        " v\n",
    ],
    ["block lists", "title: x\nx:\n" + "- ".repeat(5_000) + "v\n"],
  ])(
    "reports %s deeper than 64 levels without overflowing the stack",
    { timeout: HANG_GUARD },
    (_name, text) => {
      const problems = problemsOf(text);
      expect(problems.map((p) => p.rule)).toEqual(["nesting-depth"]);
    },
  );

  it("accepts 64 levels, counting the file's own mapping as the first", () => {
    const nested = (lists: number) => `title: x\nx: ${"[".repeat(lists)}${"]".repeat(lists)}\n`;
    expect(problemsOf(nested(63)).map((p) => p.rule)).toEqual(["unknown-key"]);
    expect(problemsOf(nested(64)).map((p) => p.rule)).toEqual(["nesting-depth"]);
  });
});

describe("floods", () => {
  it("reads only the first of thousands of documents", { timeout: HANG_GUARD }, () => {
    const problems = problemsOf("title: x\n" + "---\na: 1\n".repeat(100_000));
    expect(problems).toEqual([expect.objectContaining({ rule: "multiple-documents", at: "2:1" })]);
  });

  it(
    "finds duplicates among thousands of keys without the yaml package's quadratic check",
    { timeout: HANG_GUARD },
    () => {
      const flow = `{title: x, ${Array.from({ length: 20_000 }, () => "k: v").join(", ")}}`;
      const rules = problemsOf(flow).map((p) => p.rule);
      expect(rules.filter((r) => r === "duplicate-key")).toHaveLength(99);
    },
  );

  it("lists the first 100 problems of a file and counts the rest", () => {
    const text = "title: x\n" + Array.from({ length: 300 }, (_, i) => `unknown${i}: v`).join("\n");
    const problems = problemsOf(text);
    expect(problems).toHaveLength(101);
    expect(problems.slice(0, 100).every((p) => p.rule === "unknown-key")).toBe(true);
    expect(problems[100]).toEqual({
      at: "102:1",
      rule: "too-many-problems",
      message: "and 200 more problems from here on, not shown: fix the ones above and check again",
    });
  });
});

describe("malformed files", () => {
  it("reports a duplicate key inside a section", () => {
    const text = "title: x\ntracks:\n  - start: 0\n    artist: a\n    artist: b\n    track: c\n";
    expect(problemsOf(text)).toEqual([
      expect.objectContaining({ rule: "duplicate-key", at: "5:5" }),
    ]);
  });

  it.each([
    ["a scalar", "just text\n", /is text/],
    ["a number", "42\n", /is a number/],
    ["null", "~\n", /is empty \(null\)/],
    ["a list", "- title: x\n", /is a list/],
  ])("reports a top level that is %s", (_name, text, message) => {
    const problems = problemsOf(text);
    expect(problems).toEqual([expect.objectContaining({ rule: "top-level-mapping", at: "1:1" })]);
    expect(problems[0]?.message).toMatch(message);
  });

  it.each([
    ["an empty file", ""],
    ["blank lines", "\n\n  \n"],
    ["comments only", "# a\n# b\n"],
    ["a lone ---", "---\n"],
  ])("reports %s as empty", (_name, text) => {
    expect(problemsOf(text).map((p) => p.rule)).toEqual(["empty-file"]);
  });

  it("turns the YAML parser's errors into diagnostics at their place", () => {
    const problems = problemsOf("title: x\ntracks:\n\t- start: 0\n");
    expect(problems[0]).toMatchObject({ rule: "yaml-syntax", at: "3:1" });
    expect(problems[0]?.message).toMatch(/^invalid YAML: Tabs are not allowed/);
  });

  it("reports a stray indentation as YAML, not as a rule", () => {
    const problems = problemsOf("title: a\n  desc: b\n");
    expect(problems.every((p) => p.rule === "yaml-syntax")).toBe(true);
    expect(problems[0]?.at).toBe("1:8");
  });
});

describe("bytes that are not text", () => {
  it("reports binary garbage (a PNG) without parsing it", () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    expect(problemsOf(png).map((p) => p.rule)).toEqual(["invalid-utf8"]);
  });

  it("places invalid UTF-8 at its byte", () => {
    const bytes = Buffer.concat([
      Buffer.from("title: ok\ndesc: caf"),
      Buffer.from([0xe9]),
      Buffer.from(" noir\n"),
    ]);
    const [problem] = problemsOf(bytes);
    expect(problem).toMatchObject({ rule: "invalid-utf8", at: "2:10" });
    expect(problem?.message).toMatch(/byte 0xE9.*save it with UTF-8 encoding/);
  });

  it.each([
    ["an overlong encoding", [0xc0, 0xaf]],
    ["a surrogate encoded in UTF-8", [0xed, 0xa0, 0x80]],
    ["a truncated sequence", [0xe2, 0x82]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("refuses %s", (_name, bad) => {
    const bytes = Buffer.concat([Buffer.from("title: "), Buffer.from(bad), Buffer.from("\n")]);
    expect(problemsOf(bytes)).toEqual([
      expect.objectContaining({ rule: "invalid-utf8", at: "1:8" }),
    ]);
  });

  it("places a NUL byte and counts the others", () => {
    const [problem, ...rest] = problemsOf(Buffer.from("title: a\0b\ndesc: \0\0\n"));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: "control-character", at: "1:9" });
    expect(problem?.message).toMatch(/^a NUL byte \(and 2 more\) is not allowed.*binary file/);
  });

  it("refuses other control characters and lone surrogates", () => {
    expect(problemsOf("title: bell\u0007\n")[0]?.message).toMatch(/U\+0007/);
    expect(problemsOf("title: half \uD83C\n").map((p) => p.rule)).toEqual(["control-character"]);
  });

  it("tolerates a BOM, in bytes and in text, without shifting columns", () => {
    const text = "title: 1999\n";
    for (const source of [Buffer.from(`\uFEFF${text}`), `\uFEFF${text}`]) {
      expect(problemsOf(source)).toEqual([
        expect.objectContaining({ rule: "expected-string", at: "1:8" }),
      ]);
    }
    expect(parseCloudcast(Buffer.from("\uFEFFtitle: ok\n"), "f.yml").cloudcast?.title).toBe("ok");
  });

  it("places problems in a CRLF file exactly where they are in the LF one", () => {
    const lf = "title: x\ndesc: >\n  folded\n  text\ntags:\n  - a\n  - A\nunlisted: yes\n";
    const crlf = lf.replaceAll("\n", "\r\n");
    const where = (source: string) =>
      parseCloudcast(source, "f.yml").diagnostics.map(
        ({ line, column, endLine, endColumn, rule }) => ({
          line,
          column,
          endLine,
          endColumn,
          rule,
        }),
      );
    expect(where(crlf)).toEqual(where(lf));
    expect(where(lf)).toEqual([
      { line: 7, column: 5, endLine: 7, endColumn: 6, rule: "tag-duplicate" },
      { line: 8, column: 11, endLine: 8, endColumn: 14, rule: "boolean-word" },
    ]);
    // Also when the full parser reads it (an anchor sends the file there).
    const full = (text: string) => text.replace("tags:\n  - a", "tags: &t\n  - a");
    expect(parseFastYaml(full(lf))).toBeUndefined();
    expect(where(full(lf).replaceAll("\n", "\r\n"))).toEqual(where(full(lf)));
    expect(where(full(lf))).toEqual(where(lf));
  });
});

describe("files over 1 MiB", () => {
  it.each([
    ["bytes", Buffer.alloc(1024 * 1024 + 1, "#")],
    ["text", `title: x\ndesc: ${"é".repeat(600_000)}\n`],
  ])("are reported from their size alone (%s)", (_name, source) => {
    const problems = problemsOf(source);
    expect(problems).toEqual([expect.objectContaining({ rule: "file-too-large", at: "1:1" })]);
    expect(problems[0]?.message).toMatch(/at most 1 MiB \(1048576 bytes\)/);
  });

  it("accepts a file of exactly 1 MiB", () => {
    const head = "title: x\n";
    const text = head + "#".repeat(1024 * 1024 - head.length);
    expect(problemsOf(text)).toEqual([]);
  });
});
