/**
 * Making text from cloudcast files (titles, tags, file names, messages that quote them) safe to
 * show: in markdown (job summary, PR comment) and in workflow commands (annotations, log lines).
 *
 * Outputs are left alone: they are data, written by @actions/core with a random heredoc
 * delimiter, and JSON-encoded where structured.
 */

const REPLACEMENT = "\uFFFD";
const ELLIPSIS = "…";

/** Line terminators for the runner (CR, LF), markdown (VT, FF) or Unicode (NEL, LS, PS). */
function isLineBreak(codePoint: number): boolean {
  return (
    (codePoint >= 0x0a && codePoint <= 0x0d) ||
    codePoint === 0x85 ||
    codePoint === 0x2028 ||
    codePoint === 0x2029
  );
}

/**
 * Characters that are invisible or act on the terminal/renderer: C0 controls except tab, DEL,
 * C1 controls, bidirectional embeddings/overrides/isolates (they can make text read differently
 * from what it is — "Trojan Source"), and lone surrogates (not text at all).
 */
function isUnsafe(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff)
  );
}

/**
 * A quick test that lets ordinary text skip the character loop below. It over-matches (every
 * surrogate, also those of a well-formed pair); the loop decides.
 */
const MAY_NEED_SANITIZING =
  // eslint-disable-next-line no-control-regex -- finding control characters is its purpose
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * One line of plain, visible text: every line break (CRLF counts once) becomes a space, every
 * other unsafe character becomes U+FFFD. Replaced rather than removed, so that removing one
 * cannot join its neighbours into something meaningful (`:\x00:` must not become `::`).
 */
export function sanitizeText(text: string): string {
  if (!MAY_NEED_SANITIZING.test(text)) return text;
  let out = "";
  let previous = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (char === "\n" && previous === "\r") {
      previous = char;
      continue;
    }
    if (isLineBreak(codePoint)) out += " ";
    else if (isUnsafe(codePoint)) out += REPLACEMENT;
    else out += char;
    previous = char;
  }
  return out;
}

/** At most `maxChars` code points (never half a surrogate pair), ending in "…" when cut. */
export function truncateText(text: string, maxChars: number): string {
  // A string has at least as many UTF-16 units as code points: short ones need no count.
  if (text.length <= maxChars) return text;
  let count = 0;
  let cutAt = 0;
  for (let i = 0; i < text.length; count += 1) {
    if (count === maxChars - 1) cutAt = i;
    if (count === maxChars) return text.slice(0, cutAt) + ELLIPSIS;
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return text;
}

/** Where a line could start a workflow command (`::cmd::`, or the legacy `##[cmd]`). */
const COMMAND_START = /^\s*(::|##\[)/;
/** Not whitespace to the runner's TrimStart(), so a command prefix after it is inert. */
const ZERO_WIDTH_SPACE = "\u200B";

/**
 * File-derived text for an annotation message or title, or a log line: one line, no control or
 * bidi characters, and never the start of a workflow command even when printed on a line of
 * its own. (@actions/core escapes `%`, CR and LF in messages, and `:` and `,` in properties, so
 * within a command the text cannot end it early; this covers every other place it may go.)
 */
export function escapeWorkflowCommandText(text: string): string {
  const line = sanitizeText(text);
  return COMMAND_START.test(line) ? ZERO_WIDTH_SPACE + line : line;
}

/**
 * How a character is written so that markdown shows it literally. HTML-significant characters
 * become entities (these work in markdown and inline HTML alike); `$` too, as GitHub's math
 * scans the source for it; `@` and `#` get a zero-width space after them, so a title never
 * pings a user or cross-references an issue ("Episode #12" would otherwise show up on issue 12).
 */
const MARKDOWN_REPLACEMENTS: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  $: "&#36;",
  "@": "@&#8203;",
  "#": "#&#8203;",
  "\t": " ",
};
/**
 * The characters above, and the ASCII punctuation that starts markdown syntax (emphasis, code,
 * links, tables, lists, …), which a backslash makes literal.
 */
const MARKDOWN_SPECIAL = /[&<>$@#\t\\`*_{}[\]()+\-.!|~]/g;

/**
 * Text that renders as itself in GitHub markdown, in a table cell, list item or link text:
 * `| a | b |` stays in its cell, `<img src=x>` shows as text, backticks make no code span.
 * One line (see {@link sanitizeText}). Not for inside code spans, where escapes do not apply.
 */
export function escapeMarkdown(text: string): string {
  return sanitizeText(text).replace(
    MARKDOWN_SPECIAL,
    (char) => MARKDOWN_REPLACEMENTS[char] ?? "\\" + char,
  );
}

/**
 * Text as a code span, as GitHub's own bots write file names (`` `cloudcasts/a-b.yml` ``): shown
 * as it is, in a monospace font, with no markdown, HTML, mention, reference or math inside it.
 * One line (see {@link sanitizeText}). Per CommonMark, the fence is one backtick longer than the
 * longest run of backticks in the text, and a space pads both ends when the text starts or ends
 * with a backtick (or with spaces at both ends, which a renderer would strip).
 *
 * In a table cell a `|` still ends the cell, even inside a code span; GFM takes `\|` there as a
 * literal pipe, which `inTableCell` writes. Anywhere else the backslash would show.
 */
export function codeSpan(text: string, options: { inTableCell?: boolean } = {}): string {
  let content = sanitizeText(text);
  if (options.inTableCell) content = content.replace(/\|/g, "\\|");
  if (content === "") return "` `";
  const longestRun = (content.match(/`+/g) ?? []).reduce(
    (most, run) => Math.max(most, run.length),
    0,
  );
  const fence = "`".repeat(longestRun + 1);
  const stripped = content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
  const pad = content.startsWith("`") || content.endsWith("`") || stripped ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Characters a markdown link destination or a table cell would take as syntax. */
const LINK_UNSAFE = /[()|<>"'`\\\s]/g;
const MAX_URL_CHARS = 2000;

/** Mixcloud takes its token in the query string; a link carrying one must not be shown. */
function carriesCredentials(url: URL): boolean {
  return url.username !== "" || url.password !== "" || url.searchParams.has("access_token");
}

/**
 * A URL fit for `[text](…)`, or undefined when it is not an http(s) URL one would want to link
 * (malformed, another scheme, carrying credentials, absurdly long). Syntax characters are
 * percent-encoded, which leaves the address the same.
 */
export function markdownLinkTarget(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
  if (carriesCredentials(parsed) || parsed.href.length > MAX_URL_CHARS) return undefined;
  return parsed.href.replace(
    LINK_UNSAFE,
    (char) => "%" + char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"),
  );
}

/** `[text](url)` when the URL is linkable, else just the text (already escaped markdown). */
export function markdownLink(escapedText: string, url: string | undefined): string {
  const target = url === undefined ? undefined : markdownLinkTarget(url);
  return target === undefined ? escapedText : `[${escapedText}](${target})`;
}
