// The hostile corpus: repositories built to break a cloudcast publisher — malformed and
// malicious YAML, binary and mis-encoded files, path traversal, links and special files out of
// the workspace, disguised media, and URLs that redirect, lie or never end. Each case says
// where the run must refuse it: the file, the rule id and the line (and column where the
// position is exact). Every repository also holds a valid show (unless a case says otherwise),
// so a refused batch that still published anything would show as an upload.
import type { CaseContext, Entry } from "./sandbox.js";
import {
  HTML_PAGE,
  MP3_FRAME,
  PDF_BYTES,
  PNG_BYTES,
  TRUNCATED_FLAC,
  ZIP_BYTES,
  billionLaughs,
  deepBlockList,
  deepBlockMap,
  garbage,
  lfsPointer,
  manyUnknownKeys,
  wavBytes,
  wavHeader,
} from "./samples.js";

export type Family =
  | "yaml-syntax"
  | "alias-bomb"
  | "size"
  | "nesting"
  | "documents"
  | "top-level"
  | "encoding"
  | "bom-crlf"
  | "wrong-type"
  | "duplicate"
  | "injection"
  | "path-traversal"
  | "links"
  | "special-files"
  | "lfs"
  | "audio-content"
  | "polyglot"
  | "url";

export interface Expected {
  file: string;
  /** A rule id; ending in `*`, a prefix of one (`audio-url-*`). */
  rule: string;
  line: number;
  column?: number;
}

export interface HostileCase {
  name: string;
  family: Family;
  entries: (context: CaseContext) => Entry[];
  /** Diagnostics that must all be among the run's (others may be there too). */
  expect: Expected[];
  /** Leave out the valid companion show (when the layout under test has no room for it). */
  companion?: false;
  /** Also run through the bundled action (one case per family is enough). */
  bundle?: true;
}

export const SHOW = "cloudcasts/show.yml";
const SHOW_AUDIO = "cloudcasts/show.wav";

/** The show file with `text`. */
const show = (text: string): Entry => ({ path: SHOW, text });
/** The show file with `text`, and real audio beside it. */
const showWithAudio = (text: string): Entry[] => [show(text), audioBeside()];
const audioBeside = (): Entry => ({ path: SHOW_AUDIO, bytes: wavBytes(1) });
const at = (line: number, column: number | undefined, rule: string, file = SHOW): Expected =>
  column === undefined ? { file, rule, line } : { file, rule, line, column };

/** A case whose only entry is the show file with `text`, refused by `rule` at line:column. */
function yamlCase(
  family: Family,
  name: string,
  text: string | Uint8Array,
  expected: Expected,
  options: Partial<HostileCase> = {},
): HostileCase {
  const entry: Entry = typeof text === "string" ? show(text) : { path: SHOW, bytes: text };
  return { family, name, entries: () => [entry, audioBeside()], expect: [expected], ...options };
}

/** A show with an `audio:` value on line 2 (column 8), and `extra` entries. */
function audioCase(
  family: Family,
  name: string,
  audio: string,
  expected: Expected,
  extra: (context: CaseContext) => Entry[] = () => [],
  options: Partial<HostileCase> = {},
): HostileCase {
  return {
    family,
    name,
    entries: (context) => [show(`title: Hostile show\naudio: ${audio}\n`), ...extra(context)],
    expect: [expected],
    ...options,
  };
}

/** A show without `audio:` whose default audio (`cloudcasts/show.*`) is `entries`. */
function defaultAudioCase(
  family: Family,
  name: string,
  entries: (context: CaseContext) => Entry[],
  rule: string,
): HostileCase {
  return {
    family,
    name,
    entries: (context) => [show("title: Hostile show\n"), ...entries(context)],
    expect: [at(1, 1, rule)],
  };
}

/** A show with real audio and a `picture:` value on line 3 (column 10). */
function pictureCase(
  family: Family,
  name: string,
  picture: string,
  expected: Expected,
  extra: (context: CaseContext) => Entry[] = () => [],
): HostileCase {
  return {
    family,
    name,
    entries: (context) => [
      ...showWithAudio(`title: Hostile show\ndesc: With a picture\npicture: ${picture}\n`),
      ...extra(context),
    ],
    expect: [expected],
  };
}

const BOM = "\uFEFF";

const YAML_SYNTAX: HostileCase[] = [
  yamlCase(
    "yaml-syntax",
    "unclosed double quote (reported where the quote opens)",
    'title: "Night Drive\ndesc: x\ntags: [House]\n',
    at(1, 8, "yaml-syntax"),
  ),
  yamlCase(
    "yaml-syntax",
    "unclosed single quote (reported where the quote opens)",
    "title: 'Night Drive\ndesc: x\n",
    at(1, 8, "yaml-syntax"),
  ),
  yamlCase(
    "yaml-syntax",
    "list item indented less than its siblings",
    "title: x\ntags:\n  - House\n - Techno\n",
    at(4, 1, "yaml-syntax"),
  ),
  yamlCase(
    "yaml-syntax",
    "tab as indentation",
    "title: x\ntracks:\n\t- start: 0\n\t  chapter: Intro\n",
    at(3, 1, "yaml-syntax"),
    { bundle: true },
  ),
  yamlCase(
    "yaml-syntax",
    "stray ] after a flow list",
    "title: x\ntags: [House, Techno]]\n",
    at(2, 22, "yaml-syntax"),
  ),
  yamlCase("yaml-syntax", "stray ] on a line of its own", "title: x\n]\n", at(2, 1, "yaml-syntax")),
  yamlCase(
    "yaml-syntax",
    "flow list never closed before the next key",
    "title: x\ntags: [House, Techno\ndesc: y\n",
    at(3, 1, "yaml-syntax"),
  ),
  yamlCase(
    "yaml-syntax",
    "mapping nested in a compact mapping",
    "title: Night: Drive\n",
    at(1, 8, "yaml-syntax"),
  ),
  yamlCase(
    "yaml-syntax",
    "unknown YAML tag (a deserialisation gadget)",
    "title: !!python/object/apply:os.system [id]\n",
    at(1, 8, "yaml-tag"),
  ),
  yamlCase("yaml-syntax", "alias without an anchor", "title: *nope\n", at(1, 8, "alias-undefined")),
  yamlCase("yaml-syntax", "a list as a key", "title: x\n[a, b]: c\n", at(2, 1, "key-type")),
  yamlCase(
    "yaml-syntax",
    "old Mac line ends (CR only): one line to a YAML 1.2 reader",
    "title: x\runlisted: yes\r",
    at(1, undefined, "yaml-syntax"),
  ),
];

const ALIAS_BOMBS: HostileCase[] = [
  yamlCase(
    "alias-bomb",
    "billion laughs (9 levels of 9 aliases)",
    billionLaughs(9, 9),
    at(6, 12, "alias-limit"),
    { bundle: true },
  ),
  yamlCase(
    "alias-bomb",
    "alias inside the node it names",
    "title: x\nloop: &l [*l]\n",
    at(2, 11, "alias-limit"),
  ),
  yamlCase(
    "alias-bomb",
    "101 aliases",
    `title: x\nanchor: &a v\nmany: [${Array<string>(101).fill("*a").join(", ")}]\n`,
    at(3, undefined, "alias-limit"),
  ),
];

const SIZES: HostileCase[] = [
  yamlCase(
    "size",
    "900 KB title, then an error on line 2",
    `title: "${"a".repeat(900_000)}"\nunlisted: yes\n`,
    at(2, 11, "boolean-word"),
  ),
  yamlCase(
    "size",
    "900 KB description",
    `title: x\ndesc: "${"a".repeat(900_000)}"\n`,
    at(2, 7, "desc-too-long"),
  ),
  yamlCase(
    "size",
    "file over 1 MiB (valid YAML padded with comments)",
    `title: x\n${"# padding\n".repeat(110_000)}`,
    at(1, 1, "file-too-large"),
    { bundle: true },
  ),
  yamlCase(
    "size",
    "1 MiB + 1 bytes of NULs",
    new Uint8Array(1024 * 1024 + 1),
    at(1, 1, "file-too-large"),
  ),
  yamlCase(
    "size",
    "500 problems in one file: the list stops at 100",
    manyUnknownKeys(500),
    at(102, 1, "too-many-problems"),
  ),
];

const NESTING: HostileCase[] = [
  yamlCase(
    "nesting",
    "10,000 nested flow lists",
    `title: x\ntags: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`,
    at(2, undefined, "nesting-depth"),
    { bundle: true },
  ),
  yamlCase(
    "nesting",
    "10,000 flow lists never closed",
    `title: x\ntags: ${"[".repeat(10_000)}\n`,
    at(2, undefined, "nesting-depth"),
  ),
  yamlCase(
    "nesting",
    "10,000 compact list items on one line",
    `title: x\ntracks:\n${"- ".repeat(10_000)}x\n`,
    at(3, undefined, "nesting-depth"),
  ),
  yamlCase(
    "nesting",
    "10,000 nested flow mappings",
    `title: x\ndesc: ${"{a: ".repeat(10_000)}${"}".repeat(10_000)}\n`,
    at(2, undefined, "nesting-depth"),
  ),
  yamlCase(
    "nesting",
    "300 indented block lists",
    deepBlockList(300),
    // Line n holds the (n-1)th level: the root mapping is on line 1, `tracks:`'s list on line 3.
    at(66, undefined, "nesting-depth"),
  ),
  yamlCase(
    "nesting",
    "100 indented block mappings",
    deepBlockMap(100),
    at(66, 65, "nesting-depth"),
  ),
];

const DOCUMENTS: HostileCase[] = [
  yamlCase(
    "documents",
    "two documents",
    "title: First\n---\ntitle: Second\n",
    at(2, 1, "multiple-documents"),
    { bundle: true },
  ),
  yamlCase(
    "documents",
    "document end marker, then more",
    "title: First\n...\ntitle: Second\n",
    at(3, 1, "multiple-documents"),
  ),
  yamlCase(
    "documents",
    "10,000 documents",
    `title: x\n${"---\ntitle: y\n".repeat(10_000)}`,
    at(2, 1, "multiple-documents"),
  ),
  yamlCase(
    "documents",
    "explicit start, then a second document",
    "---\ntitle: First\n---\ntitle: Second\n",
    at(3, 1, "multiple-documents"),
  ),
];

const TOP_LEVEL: HostileCase[] = [
  yamlCase("top-level", "a list", "- title: x\n- title: y\n", at(1, 1, "top-level-mapping"), {
    bundle: true,
  }),
  yamlCase("top-level", "a scalar", "Just a title\n", at(1, 1, "top-level-mapping")),
  yamlCase("top-level", "an explicit null (~)", "~\n", at(1, 1, "top-level-mapping")),
  yamlCase("top-level", "a JSON array", '["title", "x"]\n', at(1, 1, "top-level-mapping")),
  yamlCase("top-level", "an empty file", "", at(1, 1, "empty-file")),
  yamlCase("top-level", "only comments", "# title: x\n# desc: y\n", at(1, 1, "empty-file")),
  yamlCase("top-level", "only a document marker", "---\n", at(1, 1, "empty-file")),
  yamlCase("top-level", "only blank lines", "\n\n   \n\t\n", at(1, 1, "empty-file")),
];

const ENCODING: HostileCase[] = [
  yamlCase("encoding", "binary garbage", garbage(4096), at(1, 1, "invalid-utf8"), {
    bundle: true,
  }),
  yamlCase(
    "encoding",
    "Latin-1 é on line 3",
    Buffer.concat([Buffer.from("title: x\ndesc: y\ntags: [Caf"), Buffer.from([0xe9, 0x5d, 0x0a])]),
    at(3, 11, "invalid-utf8"),
  ),
  yamlCase(
    "encoding",
    "UTF-16 with a BOM",
    Buffer.from("\uFEFFtitle: x\n", "utf16le"),
    at(1, 1, "invalid-utf8"),
  ),
  yamlCase("encoding", "a PNG saved as .yml", PNG_BYTES, at(1, 1, "invalid-utf8")),
  yamlCase(
    "encoding",
    "overlong UTF-8 encoding of /",
    Buffer.concat([Buffer.from("title: x\ndesc: "), Buffer.from([0xc0, 0xaf, 0x0a])]),
    at(2, 7, "invalid-utf8"),
  ),
  yamlCase(
    "encoding",
    "a UTF-16 surrogate encoded as UTF-8 (CESU-8)",
    Buffer.concat([Buffer.from("title: a"), Buffer.from([0xed, 0xa0, 0x80, 0x0a])]),
    at(1, 9, "invalid-utf8"),
  ),
  yamlCase(
    "encoding",
    "NUL byte on line 2",
    "title: x\ndesc: a\u0000b\n",
    at(2, 8, "control-character"),
  ),
  yamlCase(
    "encoding",
    "raw ESC colour sequence in the title",
    "title: Night\u001b[31m Drive\n",
    at(1, 13, "control-character"),
  ),
  yamlCase(
    "encoding",
    "raw C1 control (CSI) in the title",
    "title: Night\u009b31m Drive\n",
    at(1, 13, "control-character"),
  ),
];

const BOM_CRLF: HostileCase[] = [
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: yes for a boolean on line 3",
    `${BOM}title: x\r\ndesc: y\r\nunlisted: yes\r\n`,
    at(3, 11, "boolean-word"),
    { bundle: true },
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: misspelt key on line 4",
    `${BOM}title: x\r\ndesc: y\r\ntags: [a]\r\ntitel: z\r\n`,
    at(4, 1, "unknown-key"),
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: unclosed flow list",
    `${BOM}title: x\r\ntags: [a, b\r\ndesc: y\r\n`,
    at(3, 1, "yaml-syntax"),
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: tab indentation",
    `${BOM}title: x\r\ntracks:\r\n\t- start: 0\r\n`,
    at(3, 1, "yaml-syntax"),
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: Latin-1 byte on line 2",
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("title: x\r\ndesc: "),
      Buffer.from([0xe9, 0x0d, 0x0a]),
    ]),
    at(2, 7, "invalid-utf8"),
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: NUL byte on line 3",
    `${BOM}title: x\r\ndesc: y\r\ntags: [a\u0000]\r\n`,
    at(3, 9, "control-character"),
  ),
  yamlCase(
    "bom-crlf",
    "BOM + CRLF: minutes field of 75",
    `${BOM}title: x\r\ntracks:\r\n  - start: "1:75"\r\n    chapter: Intro\r\n`,
    at(3, 12, "start-range"),
  ),
];

const WRONG_TYPES: HostileCase[] = [
  {
    family: "wrong-type",
    name: "every key given a wrong type",
    entries: () =>
      showWithAudio(
        [
          "title: [Night, Drive]",
          "desc: {text: long}",
          "tags: House",
          "tracks: intro",
          "audio: 42",
          "picture: [cover.png]",
          'unlisted: "true"',
          "publish_date: 2026",
          "disable_comments: 1",
          "hide_stats: ~",
          "hosts: dj-kay",
          "key: 12345",
          "",
        ].join("\n"),
      ),
    expect: [
      at(1, 8, "expected-string"),
      at(2, 7, "expected-string"),
      at(3, 7, "expected-list"),
      at(4, 9, "expected-list"),
      at(5, 8, "expected-string"),
      at(6, 10, "expected-string"),
      at(7, 11, "expected-boolean"),
      at(8, 15, "expected-string"),
      at(9, 19, "expected-boolean"),
      at(10, 13, "expected-boolean"),
      at(11, 8, "expected-list"),
      at(12, 6, "expected-string"),
    ],
    bundle: true,
  },
  yamlCase("wrong-type", "title read as a number", "title: 1999\n", at(1, 8, "expected-string")),
  yamlCase("wrong-type", "title read as a boolean", "title: true\n", at(1, 8, "expected-string")),
  yamlCase(
    "wrong-type",
    "a list in a tag",
    "title: x\ntags: [[House]]\n",
    at(2, 8, "expected-string"),
  ),
  yamlCase(
    "wrong-type",
    "a number as a section",
    "title: x\ntracks: [1]\n",
    at(2, 10, "expected-mapping"),
  ),
  yamlCase(
    "wrong-type",
    "an artist read as a number",
    "title: x\ntracks:\n  - start: 0\n    artist: 808\n    track: State\n",
    at(4, 13, "expected-string"),
  ),
  yamlCase(
    "wrong-type",
    "a list as a start",
    "title: x\ntracks:\n  - start: [1]\n    chapter: Intro\n",
    at(3, 12, "start-format"),
  ),
];

const DUPLICATES: HostileCase[] = [
  yamlCase(
    "duplicate",
    "title twice",
    "title: First\ndesc: x\ntitle: Second\n",
    at(3, 1, "duplicate-key"),
  ),
  yamlCase(
    "duplicate",
    "start twice in a section",
    "title: x\ntracks:\n  - start: 0\n    start: 10\n    chapter: Intro\n",
    at(4, 5, "duplicate-key"),
  ),
  {
    family: "duplicate",
    name: "two files with one title",
    entries: () => [
      { path: "cloudcasts/a.yml", text: "title: Twin\n" },
      { path: "cloudcasts/a.wav", bytes: wavBytes(1) },
      { path: "cloudcasts/b.yml", text: "desc: The other one\ntitle: Twin\n" },
      { path: "cloudcasts/b.wav", bytes: wavBytes(1) },
    ],
    expect: [at(2, 8, "duplicate-title", "cloudcasts/b.yml")],
  },
  {
    family: "duplicate",
    name: "two files with one key",
    entries: () => [
      { path: "cloudcasts/a.yml", text: "title: One\nkey: /dj-kay/night-drive/\n" },
      { path: "cloudcasts/b.yml", text: "title: Two\nkey: /dj-kay/night-drive/\n" },
    ],
    expect: [at(2, 6, "duplicate-key", "cloudcasts/b.yml")],
  },
];

const INJECTION: HostileCase[] = [
  yamlCase(
    "injection",
    "workflow commands in duplicate tags (the message quotes them)",
    'title: x\ntags:\n  - "::set-output name=x::y"\n  - "::SET-OUTPUT name=x::y"\n',
    at(4, 5, "tag-duplicate"),
    { bundle: true },
  ),
  yamlCase(
    "injection",
    "a workflow command as a key",
    'title: x\n"::error file=x,line=1::pwned": 1\n',
    at(2, 1, "unknown-key"),
  ),
  yamlCase(
    "injection",
    "an encoded line break and command in a missing audio path",
    'title: x\naudio: "%0A::error::injected.mp3"\n',
    at(2, 8, "audio-missing"),
  ),
  yamlCase(
    "injection",
    "a bidi override hiding a key",
    'title: x\n"\u202Eeltit": y\n',
    at(2, 1, "unknown-key"),
  ),
  yamlCase(
    "injection",
    "a line break and a command in a key",
    'title: x\nkey: "/a/b/\\n::set-env name=NODE_OPTIONS::--require=/tmp/x"\n',
    at(2, 6, "key-format"),
  ),
];

const PATH_TRAVERSAL: HostileCase[] = [
  audioCase(
    "path-traversal",
    "../../etc/passwd",
    "../../etc/passwd",
    at(2, 8, "media-path"),
    undefined,
    {
      bundle: true,
    },
  ),
  audioCase("path-traversal", "/etc/passwd", "/etc/passwd", at(2, 8, "media-path")),
  audioCase(
    "path-traversal",
    "cloudcasts/../../x",
    "cloudcasts/../../x.mp3",
    at(2, 8, "media-path"),
  ),
  audioCase(
    "path-traversal",
    "./ and .. mixed",
    "cloudcasts/./../../../etc/passwd",
    at(2, 8, "media-path"),
  ),
  audioCase("path-traversal", "..\\..\\x (backslashes)", "'..\\..\\x.mp3'", at(2, 8, "media-path")),
  audioCase("path-traversal", "C:\\ drive path", "'C:\\Windows\\win.ini'", at(2, 8, "media-path")),
  audioCase("path-traversal", "~ home path", "~/mix.mp3", at(2, 8, "media-path")),
  audioCase(
    "path-traversal",
    "percent-encoded %2e%2e/ (taken literally: no such folder)",
    "'%2e%2e/%2e%2e/etc/passwd'",
    at(2, 8, "audio-missing"),
  ),
  audioCase(
    "path-traversal",
    "fullwidth dots (taken literally: no such folder)",
    "\uFF0E\uFF0E/\uFF0E\uFF0E/etc/passwd",
    at(2, 8, "audio-missing"),
  ),
  audioCase(
    "path-traversal",
    "a NUL inside the path",
    '"cloudcasts/show.wav\\0.png"',
    at(2, 8, "media-path"),
    () => [audioBeside()],
  ),
  audioCase("path-traversal", "a folder (trailing /)", "cloudcasts/", at(2, 8, "media-path")),
  audioCase(
    "path-traversal",
    "a folder (no trailing /)",
    "cloudcasts",
    at(2, 8, "audio-not-regular"),
  ),
  audioCase("path-traversal", "file:// URL", "file:///etc/passwd", at(2, 8, "media-url")),
  pictureCase(
    "path-traversal",
    "picture ../outside/cover.png",
    "../outside/cover.png",
    at(3, 10, "media-path"),
  ),
];

const LINKS: HostileCase[] = [
  audioCase(
    "links",
    "audio is a symlink to real audio outside",
    "cloudcasts/linked.wav",
    at(2, 8, "audio-symlink-escape"),
    ({ outside }) => [{ path: "cloudcasts/linked.wav", symlink: `${outside}/real.wav` }],
    { bundle: true },
  ),
  defaultAudioCase(
    "links",
    "default audio is a symlink outside",
    ({ outside }) => [{ path: SHOW_AUDIO, symlink: `${outside}/real.wav` }],
    "audio-symlink-escape",
  ),
  audioCase(
    "links",
    "a symlinked folder pointing out",
    "cloudcasts/media/real.wav",
    at(2, 8, "audio-symlink-escape"),
    ({ outside }) => [{ path: "cloudcasts/media", symlink: outside }],
  ),
  audioCase(
    "links",
    "a relative symlink up two levels",
    "cloudcasts/up/outside/real.wav",
    at(2, 8, "audio-symlink-escape"),
    () => [{ path: "cloudcasts/up", symlink: "../.." }],
  ),
  audioCase(
    "links",
    "a symlink to /dev/null",
    "cloudcasts/null.mp3",
    at(2, 8, "audio-symlink-escape"),
    () => [{ path: "cloudcasts/null.mp3", symlink: "/dev/null" }],
  ),
  defaultAudioCase(
    "links",
    "default audio is a symlink to /dev/zero",
    () => [{ path: "cloudcasts/show.mp3", symlink: "/dev/zero" }],
    "audio-symlink-escape",
  ),
  pictureCase(
    "links",
    "picture is a symlink to /etc/passwd",
    "cloudcasts/cover.png",
    at(3, 10, "picture-symlink-escape"),
    () => [{ path: "cloudcasts/cover.png", symlink: "/etc/passwd" }],
  ),
  audioCase("links", "a loop of symlinks", "cloudcasts/a.mp3", at(2, 8, "audio-missing"), () => [
    { path: "cloudcasts/a.mp3", symlink: "b.mp3" },
    { path: "cloudcasts/b.mp3", symlink: "a.mp3" },
  ]),
  audioCase("links", "a dangling symlink", "cloudcasts/gone.mp3", at(2, 8, "audio-missing"), () => [
    { path: "cloudcasts/gone.mp3", symlink: "nowhere/gone.mp3" },
  ]),
  audioCase(
    "links",
    "a hard link to a text file outside (read, never shown)",
    "cloudcasts/hard.mp3",
    at(2, 8, "audio-unknown-type"),
    ({ outside }) => [{ path: "cloudcasts/hard.mp3", hardlink: `${outside}/canary.txt` }],
  ),
  {
    family: "links",
    name: "the cloudcast file is a symlink outside",
    entries: ({ outside }) => [{ path: "cloudcasts/linked.yml", symlink: `${outside}/canary.yml` }],
    expect: [at(1, 1, "file-symlink-escape", "cloudcasts/linked.yml")],
  },
  {
    family: "links",
    name: "the cloudcasts folder is a symlink outside",
    entries: ({ outside }) => [{ path: "cloudcasts", symlink: `${outside}/cloudcasts` }],
    expect: [at(1, 1, "file-symlink-escape", "cloudcasts/canary.yml")],
    companion: false,
  },
];

const SPECIAL_FILES: HostileCase[] = [
  audioCase(
    "special-files",
    "audio is a FIFO",
    "cloudcasts/pipe.mp3",
    at(2, 8, "audio-not-regular"),
    () => [{ path: "cloudcasts/pipe.mp3", fifo: true }],
    { bundle: true },
  ),
  defaultAudioCase(
    "special-files",
    "default audio is a FIFO",
    () => [{ path: "cloudcasts/show.mp3", fifo: true }],
    "audio-not-regular",
  ),
  pictureCase(
    "special-files",
    "picture is a FIFO",
    "cloudcasts/cover.png",
    at(3, 10, "picture-not-regular"),
    () => [{ path: "cloudcasts/cover.png", fifo: true }],
  ),
  audioCase(
    "special-files",
    "audio is a Unix socket",
    "cloudcasts/sock.mp3",
    at(2, 8, "audio-not-regular"),
    () => [{ path: "cloudcasts/sock.mp3", socket: true }],
  ),
  defaultAudioCase(
    "special-files",
    "default audio is a folder",
    () => [{ path: "cloudcasts/show.wav", dir: true }],
    "audio-not-regular",
  ),
  {
    family: "special-files",
    name: "a FIFO named like a cloudcast file is never opened",
    entries: () => [
      { path: "cloudcasts/pipe.yml", fifo: true },
      ...showWithAudio("title: x\nunlisted: no\n"),
    ],
    expect: [at(2, 11, "boolean-word")],
  },
];

const LFS: HostileCase[] = [
  defaultAudioCase(
    "lfs",
    "default audio is a Git LFS pointer",
    () => [{ path: SHOW_AUDIO, bytes: lfsPointer(734_003_200) }],
    // No LFS server can be reached (none is known, or it refuses connections): never a crash.
    "audio-lfs-unreachable",
  ),
  pictureCase(
    "lfs",
    "picture is a Git LFS pointer",
    "cloudcasts/cover.png",
    at(3, 10, "picture-lfs-unreachable"),
    () => [{ path: "cloudcasts/cover.png", bytes: lfsPointer(52_000) }],
  ),
  audioCase(
    "lfs",
    "an LFS pointer of the pre-release spec (hawser)",
    "cloudcasts/old.mp3",
    at(2, 8, "audio-lfs-unreachable"),
    () => [
      {
        path: "cloudcasts/old.mp3",
        bytes: lfsPointer(1000, "https://hawser.github.com/spec/v1"),
      },
    ],
    { bundle: true },
  ),
];

const AUDIO_CONTENT: HostileCase[] = [
  defaultAudioCase(
    "audio-content",
    "zero-byte audio",
    () => [{ path: SHOW_AUDIO, bytes: new Uint8Array(0) }],
    "audio-empty",
  ),
  defaultAudioCase(
    "audio-content",
    "WAV cut short",
    () => [{ path: SHOW_AUDIO, bytes: wavBytes(1).subarray(0, 1000) }],
    "audio-truncated",
  ),
  defaultAudioCase(
    "audio-content",
    "FLAC cut inside its metadata",
    () => [{ path: "cloudcasts/show.flac", bytes: TRUNCATED_FLAC }],
    "audio-truncated",
  ),
  defaultAudioCase(
    "audio-content",
    "audio over 4 GiB (sparse)",
    () => [{ path: SHOW_AUDIO, sparse: wavHeader(8000), size: 4 * 1024 ** 3 + 1 }],
    "audio-too-large",
  ),
  pictureCase(
    "audio-content",
    "picture over 10 MiB (sparse)",
    "cloudcasts/cover.png",
    at(3, 10, "picture-too-large"),
    () => [{ path: "cloudcasts/cover.png", sparse: PNG_BYTES, size: 10 * 1024 ** 2 + 1 }],
  ),
  pictureCase(
    "audio-content",
    "zero-byte picture",
    "cloudcasts/cover.png",
    at(3, 10, "picture-empty"),
    () => [{ path: "cloudcasts/cover.png", bytes: new Uint8Array(0) }],
  ),
  defaultAudioCase(
    "audio-content",
    "two candidate default audios",
    () => [audioBeside(), { path: "cloudcasts/show.mp3", bytes: MP3_FRAME }],
    "audio-ambiguous",
  ),
  defaultAudioCase("audio-content", "no audio at all", () => [], "audio-missing"),
];

const POLYGLOTS: HostileCase[] = [
  defaultAudioCase(
    "polyglot",
    "PNG bytes named .mp3",
    () => [{ path: "cloudcasts/show.mp3", bytes: PNG_BYTES }],
    "audio-unknown-type",
  ),
  defaultAudioCase(
    "polyglot",
    "a ZIP named .mp3",
    () => [{ path: "cloudcasts/show.mp3", bytes: ZIP_BYTES }],
    "audio-unknown-type",
  ),
  defaultAudioCase(
    "polyglot",
    "an HTML download page named .wav",
    () => [{ path: SHOW_AUDIO, bytes: HTML_PAGE }],
    "audio-unknown-type",
  ),
  defaultAudioCase(
    "polyglot",
    "a WAV header promising 1 MB, then an HTML page",
    () => [{ path: SHOW_AUDIO, bytes: Buffer.concat([wavHeader(1_000_000), HTML_PAGE]) }],
    "audio-truncated",
  ),
  defaultAudioCase(
    "polyglot",
    "a GIF/PHP polyglot named .mp3",
    () => [
      { path: "cloudcasts/show.mp3", bytes: Buffer.from("GIF89a<?php system($_GET['c']); ?>") },
    ],
    "audio-unknown-type",
  ),
  pictureCase(
    "polyglot",
    "MP3 audio named .png",
    "cloudcasts/cover.png",
    at(3, 10, "picture-unknown-type"),
    () => [{ path: "cloudcasts/cover.png", bytes: MP3_FRAME }],
  ),
  pictureCase(
    "polyglot",
    "a PDF named .jpg",
    "cloudcasts/cover.jpg",
    at(3, 10, "picture-unknown-type"),
    () => [{ path: "cloudcasts/cover.jpg", bytes: PDF_BYTES }],
  ),
];

const urlCase = (name: string, path: string, rule: string, bundle = false): HostileCase =>
  ({
    family: "url",
    name,
    entries: ({ server }) => [show(`title: Hostile show\naudio: ${server}${path}\n`)],
    expect: [at(2, 8, rule)],
    ...(bundle ? { bundle: true } : {}),
  }) as HostileCase;

// Plain http:// to a private address (10.255.255.1, [::ffff:10.0.0.1]) is valid in the file:
// the URL policy decides, and these suites run with private addresses allowed (the CLI's policy,
// or the action's with `allow-private-urls: true`), where it is fetched. The action's default
// refuses it without connecting: __tests__/media/network-policy.test.ts.
const URLS: HostileCase[] = [
  audioCase(
    "url",
    "plain http to a public address (refused without connecting)",
    "http://93.184.216.34/show.mp3",
    at(2, 8, "audio-url-insecure"),
  ),
  audioCase(
    "url",
    "credentials in the URL",
    "https://dj:hunter2@mixes.example.com/show.mp3",
    at(2, 8, "media-url"),
  ),
  audioCase("url", "ftp://", "ftp://mixes.example.com/show.mp3", at(2, 8, "media-url")),
  audioCase("url", "javascript:", "javascript:alert(1)", at(2, 8, "media-url")),
  urlCase("a 404", "/missing.mp3", "audio-url-status", true),
  urlCase(
    "redirect to plain http on a public host",
    "/to-plain-http.mp3",
    "audio-url-redirect-refused",
  ),
  urlCase(
    "redirect to https on a private address",
    "/to-private.mp3",
    "audio-url-redirect-refused",
  ),
  urlCase(
    "redirect to http on a private address",
    "/to-private-http.mp3",
    "audio-url-redirect-refused",
  ),
  urlCase("redirect to file://", "/to-file.mp3", "audio-url-redirect-refused"),
  urlCase("a redirect loop", "/loop.mp3", "audio-url-redirect-limit"),
  urlCase("an endless body", "/endless.mp3", "audio-url-unknown-type"),
  urlCase("Content-Length of 10 TiB", "/huge.mp3", "audio-url-too-large"),
  urlCase("Content-Length of 1 MiB, 40 bytes sent", "/short.mp3", "audio-url-*"),
  urlCase("Content-Length of 0", "/empty.mp3", "audio-url-empty"),
  urlCase("an HTML page", "/page.mp3", "audio-url-unknown-type"),
  urlCase("PNG bytes served as octet-stream", "/png-bytes.mp3", "audio-url-unknown-type"),
  {
    family: "url",
    name: "audio served as the picture",
    entries: ({ server }) =>
      showWithAudio(`title: Hostile show\ndesc: x\npicture: ${server}/audio-as-picture.png\n`),
    expect: [at(3, 10, "picture-url-unknown-type")],
  },
  audioCase(
    "url",
    "connection refused on loopback",
    "http://127.0.0.1:1/show.mp3",
    at(2, 8, "audio-url-unreachable"),
  ),
];

export const CORPUS: HostileCase[] = [
  ...YAML_SYNTAX,
  ...ALIAS_BOMBS,
  ...SIZES,
  ...NESTING,
  ...DOCUMENTS,
  ...TOP_LEVEL,
  ...ENCODING,
  ...BOM_CRLF,
  ...WRONG_TYPES,
  ...DUPLICATES,
  ...INJECTION,
  ...PATH_TRAVERSAL,
  ...LINKS,
  ...SPECIAL_FILES,
  ...LFS,
  ...AUDIO_CONTENT,
  ...POLYGLOTS,
  ...URLS,
];

/** The valid show every case's repository also holds: it must come out `skipped`, never uploaded. */
export const COMPANION = "cloudcasts/0-companion.yml";
export const companionEntries = (): Entry[] => [
  { path: COMPANION, text: "title: Companion show\ndesc: Valid, and must not be published\n" },
  { path: "cloudcasts/0-companion.wav", bytes: wavBytes(1) },
];

/** Whether diagnostic `rule` is what `expected` names (exactly, or by a `*` prefix). */
export function ruleMatches(expected: string, rule: string): boolean {
  return expected.endsWith("*") ? rule.startsWith(expected.slice(0, -1)) : rule === expected;
}
