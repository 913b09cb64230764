import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  codeSpan,
  escapeMarkdown,
  escapeWorkflowCommandText,
  markdownLinkTarget,
  sanitizeText,
  truncateText,
} from "../../src/report/text.js";
import { cellSeparators, hasUnsafeChar, splitCodeSpans } from "./fixtures.js";

describe("sanitizeText", () => {
  it("turns every line break into one space, CRLF included", () => {
    expect(sanitizeText("a\r\nb\nc\rd\u2028e\u2029f\u0085g\vh\fi")).toBe("a b c d e f g h i");
  });

  it("replaces controls, DEL, C1 and bidi characters, keeping tabs", () => {
    expect(sanitizeText("t\tb\u0007e\u001bd\u007fc\u009b")).toBe("t\tb\uFFFDe\uFFFDd\uFFFDc\uFFFD");
    expect(sanitizeText("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")).toBe(
      "\uFFFD".repeat(9),
    );
  });

  it("replaces rather than removes, so neighbours are not joined", () => {
    expect(sanitizeText(":\u0000:")).toBe(":\uFFFD:");
  });

  it("replaces lone surrogates and keeps real astral characters", () => {
    expect(sanitizeText("a\ud800b 🎧")).toBe("a\uFFFDb 🎧");
  });

  it("leaves ordinary text, accents and emoji alone", () => {
    expect(sanitizeText("Café del Mar — 🎧 Vol. 3")).toBe("Café del Mar — 🎧 Vol. 3");
  });
});

describe("truncateText", () => {
  it("keeps short text and cuts long text with an ellipsis", () => {
    expect(truncateText("abc", 3)).toBe("abc");
    expect(truncateText("abcdef", 4)).toBe("abc…");
  });

  it("never splits a surrogate pair", () => {
    const cut = truncateText("🎧".repeat(10), 4);
    expect(cut).toBe("🎧🎧🎧…");
    expect(sanitizeText(cut)).toBe(cut);
  });
});

describe("escapeWorkflowCommandText", () => {
  it("makes text one line", () => {
    expect(escapeWorkflowCommandText("a\r\n::error::b")).toBe("a ::error::b");
  });

  it("defuses text that would begin a command, after any leading whitespace", () => {
    for (const text of ["::set-output name=x::y", "  ::error::x", "\t##[set-output name=x;]y"]) {
      const escaped = escapeWorkflowCommandText(text);
      expect(escaped.startsWith("\u200B")).toBe(true);
      expect(escaped.slice(1)).toBe(text);
    }
  });

  it("leaves a command-like text alone when it does not start the line", () => {
    expect(escapeWorkflowCommandText("key ::set-output::")).toBe("key ::set-output::");
  });

  it("never yields a line break, control or bidi character (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeWorkflowCommandText(text);
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(hasUnsafeChar(escaped)).toBe(false);
        expect(escaped.trimStart().startsWith("::")).toBe(false);
      }),
    );
  });
});

describe("escapeMarkdown", () => {
  it("shows HTML as text", () => {
    expect(escapeMarkdown("<img src=x onerror=alert(1)>")).toBe(
      "&lt;img src=x onerror=alert\\(1\\)&gt;",
    );
    expect(escapeMarkdown("a & b")).toBe("a &amp; b");
  });

  it("keeps table pipes inside their cell", () => {
    expect(escapeMarkdown("| a | b |")).toBe("\\| a \\| b \\|");
    expect(cellSeparators(`| ${escapeMarkdown("x | y \\| z")} |`)).toBe(2);
  });

  it("makes no code span, emphasis, link or strikethrough", () => {
    expect(escapeMarkdown("`x` *b* _i_ [l](u) ~~s~~ !")).toBe(
      "\\`x\\` \\*b\\* \\_i\\_ \\[l\\]\\(u\\) \\~\\~s\\~\\~ \\!",
    );
  });

  it("escapes backslashes themselves so they cannot escape our escapes", () => {
    expect(escapeMarkdown("\\|")).toBe("\\\\\\|");
  });

  it("pings no one, references no issue, and starts no math", () => {
    expect(escapeMarkdown("@octocat #12 $x$")).toBe("@&#8203;octocat #&#8203;12 &#36;x&#36;");
  });

  it("makes one line of newlines and tabs", () => {
    expect(escapeMarkdown("a\nb\r\nc\td")).toBe("a b c d");
  });

  it("never yields a raw pipe, angle bracket, backtick or line break (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(cellSeparators(escaped)).toBe(0);
        expect(escaped).not.toMatch(/[<>\r\n\t]/);
        expect(escaped.replace(/\\./g, "")).not.toMatch(/[`|*_[\]]/);
        expect(hasUnsafeChar(escaped)).toBe(false);
      }),
    );
  });
});

describe("codeSpan", () => {
  it("writes a file name as GitHub's bots do", () => {
    expect(codeSpan("cloudcasts/a-b.yml")).toBe("`cloudcasts/a-b.yml`");
    expect(codeSpan("cloudcasts/<img src=x>@dj #12 $x$.yml")).toBe(
      "`cloudcasts/<img src=x>@dj #12 $x$.yml`",
    );
  });

  it("fences backticks with a longer run, padded where the text starts or ends with one", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("a``b`c")).toBe("```a``b`c```");
    expect(codeSpan("`lead.yml")).toBe("`` `lead.yml ``");
    expect(codeSpan("tail`")).toBe("`` tail` ``");
  });

  it("keeps spaces at both ends, which a renderer strips once", () => {
    expect(codeSpan(" a ")).toBe("`  a  `");
    expect(splitCodeSpans(codeSpan(" a ")).spans).toEqual([" a "]);
    expect(codeSpan(" a")).toBe("` a`");
    expect(codeSpan("  ")).toBe("`  `");
    expect(codeSpan("")).toBe("` `");
  });

  it("makes one line, without control or bidi characters", () => {
    expect(codeSpan("a\nb\u202ec")).toBe("`a b\uFFFDc`");
  });

  it("escapes pipes only in a table cell, where GFM reads `\\|` as a pipe", () => {
    expect(codeSpan("a|b")).toBe("`a|b`");
    expect(codeSpan("a|b", { inTableCell: true })).toBe("`a\\|b`");
    expect(cellSeparators(`| ${codeSpan("a|b|c", { inTableCell: true })} |`)).toBe(2);
  });

  it("reads back as exactly the (one-line) text, whatever it holds (property)", () => {
    const alphabet = fc.constantFrom("`", " ", "a", "|", "\\", "<", "\n", "*", "é");
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 20 }), (chars) => {
        const text = chars.join("");
        const { spans, outside } = splitCodeSpans(codeSpan(text));
        expect(outside).toBe("CODE");
        expect(spans).toEqual([text.replace(/\n/g, " ")]);
      }),
    );
  });
});

describe("markdownLinkTarget", () => {
  it("keeps an ordinary https URL", () => {
    expect(markdownLinkTarget("https://www.mixcloud.com/dj/my-show/")).toBe(
      "https://www.mixcloud.com/dj/my-show/",
    );
  });

  it("percent-encodes what would end the link or split a table cell", () => {
    expect(markdownLinkTarget("https://x.test/a(b)|c'd")).toBe("https://x.test/a%28b%29%7Cc%27d");
  });

  it("refuses what is not an http(s) URL", () => {
    expect(markdownLinkTarget("javascript:alert(1)")).toBeUndefined();
    expect(markdownLinkTarget("not a url")).toBeUndefined();
    expect(markdownLinkTarget("data:text/html,<b>")).toBeUndefined();
    expect(markdownLinkTarget(`https://x.test/${"a".repeat(3000)}`)).toBeUndefined();
  });

  it("refuses a URL that carries a token or a password", () => {
    expect(
      markdownLinkTarget("https://api.mixcloud.com/upload/?access_token=SECRET"),
    ).toBeUndefined();
    expect(markdownLinkTarget("https://user:pass@x.test/")).toBeUndefined();
  });
});
