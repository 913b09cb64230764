// Generators for the property suite: cloudcast files assembled key by key from values that are
// valid or deliberately wrong, with media references among existing, missing and escaping paths,
// and an oracle of what a correct validator must say about each (valid or not, and the title).
import fc from "fast-check";

/** Repository paths the property suite's workspace provides (see property.test.ts). */
export const MEDIA = {
  audio: "media/ok.wav",
  picture: "media/cover.png",
  linkOut: "media/link-out.wav",
  folderOut: "media/outdir/real.wav",
  canaryThroughFolder: "media/outdir/canary.txt",
  hardLink: "media/hard.mp3",
  fifo: "media/pipe.mp3",
  empty: "media/empty.wav",
} as const;

/** One `key: value` of a file (several lines for `tracks`), and whether it is valid. */
export interface Field {
  line: string;
  valid: boolean;
}

/** Values of a field a correct validator accepts (`good`) and ones it must refuse (`bad`). */
interface FieldGen<T extends Field> {
  good: fc.Arbitrary<T>;
  bad: fc.Arbitrary<T>;
}

/** A generated cloudcast file and what the oracle expects of it. */
export interface GeneratedFile {
  /** The text as written (before any BOM/CRLF/damage). */
  text: string;
  /** Write `cloudcasts/<stem>.wav` beside it (the default audio). */
  siblingAudio: boolean;
  /** Every field valid, media included (a batch may still refuse it as a duplicate). */
  fieldsValid: boolean;
  /**
   * What the file publishes to (`key`, else its title with white space collapsed), when it
   * reads as a cloudcast at all — media aside: such a file claims it even if its media fail.
   */
  identity?: string;
  /** The title a valid file must yield. */
  title: string;
  key?: string;
  publishDate?: string;
  unlisted?: boolean;
  /** How many Pro-only keys it uses (`false` flags are free). */
  proKeys: number;
}

/** A YAML double-quoted scalar: printable characters as they are, everything else escaped. */
export function yamlQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff)
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += char;
  }
  return `${out}"`;
}

const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 ]*[A-Za-z0-9]$/;
const RESERVED_PLAIN = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** Plain style when the text reads back as the same string, else double-quoted. */
function scalar(text: string, preferPlain: boolean): string {
  return preferPlain && PLAIN_SAFE.test(text) && !RESERVED_PLAIN.test(text)
    ? text
    : yamlQuote(text);
}

const HOSTILE_TEXT = [
  "::set-output name=x::y",
  "%0A::error::x",
  "<script>alert(1)</script>",
  "Night Drive 12",
  "1999",
  "true",
  "~",
  "- item",
  "key: value",
  "# not a comment",
  "&anchor",
  "*alias",
  "!tag",
  "---",
  "a\u202Eb",
  "tab\there",
  "line\nbreak",
  "\u001b[31mred",
  "  padded  ",
  "Ünïcödé 🎧",
  "\u2028",
];

const title: FieldGen<Field & { title: string }> = {
  good: fc
    .tuple(
      fc
        .oneof(
          fc.constantFrom(...HOSTILE_TEXT),
          fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
          fc.string({ unit: "binary", minLength: 1, maxLength: 20 }),
        )
        .filter((t) => t.trim() !== ""),
      fc.boolean(),
    )
    .map(([text, plain]) => ({ line: `title: ${scalar(text, plain)}`, valid: true, title: text })),
  bad: fc.constantFrom(
    { line: "title: 1999", valid: false, title: "" },
    { line: 'title: "   "', valid: false, title: "" },
    { line: "title: [a, b]", valid: false, title: "" },
    { line: "title:", valid: false, title: "" },
    { line: "titel: Typo", valid: false, title: "" },
  ),
};

const desc: FieldGen<Field> = {
  good: fc.string({ unit: "grapheme", maxLength: 60 }).map((d) => ({
    line: `desc: ${yamlQuote(d)}`,
    // Mixcloud counts characters (code points), and a grapheme may hold several.
    valid: [...d.trim()].length <= 1000,
  })),
  bad: fc.constantFrom(
    { line: `desc: ${"x".repeat(1001)}`, valid: false },
    { line: "desc: 42", valid: false },
    { line: "desc: {a: b}", valid: false },
  ),
};

const tagWord = fc.oneof(
  fc.constantFrom("House", "house", "Deep House", "Techno", "::x::", "<b>", "Drum & Bass"),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }),
);

function tagsLine(words: string[]): Field {
  const seen = new Set(words.map((t) => t.trim().toLowerCase()));
  const valid = words.length <= 5 && seen.size === words.length && !seen.has("");
  return { line: `tags: [${words.map((t) => yamlQuote(t)).join(", ")}]`, valid };
}

const tags: FieldGen<Field> = {
  good: fc
    .uniqueArray(tagWord, {
      maxLength: 5,
      selector: (t) => t.trim().toLowerCase(),
    })
    .map((words) => tagsLine(words.filter((t) => t.trim() !== ""))),
  bad: fc.array(tagWord, { minLength: 6, maxLength: 8 }).map(tagsLine),
};

interface Start {
  text: string;
  seconds?: number;
}

const goodStart: fc.Arbitrary<Start> = fc.oneof(
  fc.nat({ max: 7200 }).map((s) => ({ text: String(s), seconds: s })),
  fc.tuple(fc.nat({ max: 59 }), fc.nat({ max: 59 })).map(([m, s]) => ({
    text: `"${m}:${String(s).padStart(2, "0")}"`,
    seconds: m * 60 + s,
  })),
);
const badStart: fc.Arbitrary<Start> = fc.constantFrom<Start>(
  { text: '"1:75"' },
  { text: "-5" },
  { text: "1.5" },
  { text: "" },
);

const goodBody = fc.constantFrom(["artist: Kerri Chandler", "track: Rain"], ["chapter: Intro"]);
const badBody = fc.constantFrom(
  ["artist: Only Artist"],
  ["chapter: Both", "artist: A", "track: B"],
  ["song: Wrong Key", "artist: A"],
);

/** `tracks:` with its sections; valid when every section is and starts never go back. */
function tracksLine(
  sections: ReadonlyArray<{ start: Start; body: readonly string[]; bodyValid: boolean }>,
): Field {
  if (sections.length === 0) return { line: "tracks: []", valid: true };
  let previous = 0;
  let valid = true;
  const lines = ["tracks:"];
  for (const { start, body, bodyValid } of sections) {
    const all = [...(start.text === "" ? [] : [`start: ${start.text}`]), ...body];
    lines.push(`  - ${all[0] ?? "{}"}`, ...all.slice(1).map((l) => `    ${l}`));
    if (start.seconds === undefined || start.seconds < previous || !bodyValid) valid = false;
    if (start.seconds !== undefined) previous = start.seconds;
  }
  return { line: lines.join("\n"), valid };
}

const tracks: FieldGen<Field> = {
  good: fc
    .array(fc.tuple(goodStart, goodBody), { maxLength: 4 })
    .map((list) => [...list].sort(([a], [b]) => (a.seconds ?? 0) - (b.seconds ?? 0)))
    .map((list) => tracksLine(list.map(([start, body]) => ({ start, body, bodyValid: true })))),
  bad: fc
    .array(
      fc.oneof(
        fc.tuple(goodStart, goodBody).map(([start, body]) => ({ start, body, bodyValid: true })),
        fc.tuple(badStart, goodBody).map(([start, body]) => ({ start, body, bodyValid: true })),
        fc.tuple(goodStart, badBody).map(([start, body]) => ({ start, body, bodyValid: false })),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map(tracksLine),
};

const flag = (name: string): FieldGen<Field & { value?: boolean }> => ({
  good: fc.constantFrom(
    { line: `${name}: true`, valid: true, value: true },
    { line: `${name}: false`, valid: true, value: false },
  ),
  bad: fc.constantFrom(
    { line: `${name}: yes`, valid: false },
    { line: `${name}: 1`, valid: false },
    { line: `${name}: "true"`, valid: false },
  ),
});

const publishDate: FieldGen<Field & { value?: string }> = {
  good: fc.constantFrom(
    {
      line: 'publish_date: "2099-05-01T10:00:00+02:00"',
      valid: true,
      value: "2099-05-01T08:00:00Z",
    },
    { line: 'publish_date: "2020-05-01T10:00:00Z"', valid: true, value: "2020-05-01T10:00:00Z" },
  ),
  bad: fc.constantFrom(
    { line: 'publish_date: "2099-05-01"', valid: false },
    { line: "publish_date: tomorrow", valid: false },
  ),
};

const hosts: FieldGen<Field & { count: number }> = {
  good: fc.constantFrom(
    { line: "hosts: [dj-kay]", valid: true, count: 1 },
    { line: "hosts: [dj-kay, guest_1]", valid: true, count: 2 },
    { line: "hosts: []", valid: true, count: 0 },
  ),
  bad: fc.constantFrom(
    { line: "hosts: [a, b, c]", valid: false, count: 0 },
    { line: "hosts: ['@someone']", valid: false, count: 0 },
    { line: "hosts: [dj-kay, DJ-KAY]", valid: false, count: 0 },
  ),
};

/** Owners of generated keys: the account's, the account's in other case, someone else's. */
export const KEY_OWNERS = ["dj-kay", "DJ-Kay", "someone-else"] as const;

const key: FieldGen<Field & { value?: string }> = {
  good: fc
    .tuple(fc.constantFrom(...KEY_OWNERS), fc.constantFrom("night-drive", "mix-2", "a"))
    .map(([owner, slug]) => {
      const value = `/${owner}/${slug}/`;
      return { line: `key: ${value}`, valid: true, value };
    }),
  bad: fc.constantFrom(
    { line: "key: not-a-key", valid: false },
    { line: "key: /a/", valid: false },
  ),
};

const unknown: FieldGen<Field> = {
  good: fc.constant({ line: "", valid: true }),
  bad: fc.constantFrom(
    { line: "genre: House", valid: false },
    { line: "Title: x", valid: false },
    // Keys YAML reads as true, false and the empty key, and one longer than YAML allows.
    { line: "True: 3", valid: false },
    { line: "FALSE: b", valid: false },
    { line: "Null: 0", valid: false },
    { line: `${"k".repeat(1025)}: x`, valid: false },
  ),
};

/**
 * An `audio:` or `picture:` line (none: the default), whether the medium is good, and whether
 * the reference itself reads (`parses`): a path out of the repository or a plain-http URL is
 * refused with the YAML, the rest only when the medium is checked.
 */
export interface MediaChoice extends Field {
  sibling: boolean;
  parses: boolean;
}

const badMedia = (line: string, parses = true): MediaChoice => ({
  line,
  valid: false,
  sibling: false,
  parses,
});

const audio: FieldGen<MediaChoice> = {
  good: fc.constantFrom<MediaChoice>(
    { line: `audio: ${MEDIA.audio}`, valid: true, sibling: false, parses: true },
    { line: `audio: ./${MEDIA.audio}`, valid: true, sibling: false, parses: true },
    { line: "", valid: true, sibling: true, parses: true },
  ),
  bad: fc.constantFrom<MediaChoice>(
    badMedia(""),
    badMedia("audio: media/missing.wav"),
    badMedia("audio: ../outside/real.wav", false),
    badMedia("audio: /etc/passwd", false),
    badMedia(`audio: ${MEDIA.linkOut}`),
    badMedia(`audio: ${MEDIA.folderOut}`),
    badMedia(`audio: ${MEDIA.canaryThroughFolder}`),
    badMedia(`audio: ${MEDIA.hardLink}`),
    badMedia(`audio: ${MEDIA.fifo}`),
    badMedia(`audio: ${MEDIA.empty}`),
    badMedia("audio: media"),
    badMedia(`audio: ${MEDIA.picture}`),
    badMedia("audio: http://mixes.example.com/show.mp3", false),
    badMedia("audio: http://127.0.0.1:1/show.mp3"),
  ),
};

const picture: FieldGen<MediaChoice> = {
  good: fc.constantFrom<MediaChoice>(
    { line: "", valid: true, sibling: false, parses: true },
    { line: `picture: ${MEDIA.picture}`, valid: true, sibling: false, parses: true },
  ),
  bad: fc.constantFrom<MediaChoice>(
    badMedia(`picture: ${MEDIA.audio}`),
    badMedia(`picture: ${MEDIA.linkOut}`),
    badMedia("picture: ../cover.png", false),
    badMedia("picture: media/outdir/cover.png"),
  ),
};

/** The optional fields, each present or not; `title`, `audio` and `picture` always decide. */
const OPTIONAL = {
  desc,
  tags,
  tracks,
  unlisted: flag("unlisted"),
  disableComments: flag("disable_comments"),
  hideStats: flag("hide_stats"),
  publishDate,
  hosts,
  key,
  unknown,
};
type OptionalName = keyof typeof OPTIONAL;
const OPTIONAL_NAMES = Object.keys(OPTIONAL) as OptionalName[];
type FieldName = OptionalName | "title" | "audio" | "picture";
const FIELD_NAMES: FieldName[] = ["title", "audio", "picture", ...OPTIONAL_NAMES];

/**
 * Most files are valid or wrong in one field (so that "valid" is tested as often as
 * "invalid"); some are wrong anywhere.
 */
type Mode = { kind: "valid" } | { kind: "one-wrong"; field: FieldName } | { kind: "chaos" };

const mode: fc.Arbitrary<Mode> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "valid" as const }) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...FIELD_NAMES)
      .map((field) => ({ kind: "one-wrong" as const, field })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "chaos" as const }) },
);

function pick<T extends Field>(gen: FieldGen<T>, name: FieldName, m: Mode): fc.Arbitrary<T> {
  if (m.kind === "valid") return gen.good;
  if (m.kind === "one-wrong") return m.field === name ? gen.bad : gen.good;
  return fc.oneof(gen.good, gen.bad);
}

function partsFor(m: Mode) {
  return fc.record({
    title: pick(title, "title", m),
    audio: pick(audio, "audio", m),
    picture: pick(picture, "picture", m),
    optional: fc.record(
      Object.fromEntries(
        OPTIONAL_NAMES.map((name) => [
          name,
          fc.option(pick<Field>(OPTIONAL[name], name, m), { nil: undefined }),
        ]),
      ) as {
        [K in OptionalName]: fc.Arbitrary<
          (typeof OPTIONAL)[K] extends FieldGen<infer F> ? F | undefined : never
        >;
      },
    ),
    // A wrong field must be there to be wrong.
    forced: fc.constant(m.kind === "one-wrong" ? m.field : undefined),
    seed: fc.nat(),
  });
}

/** Assembles a file from its parts, in a shuffled order, and works out what the oracle expects. */
export const generatedFile: fc.Arbitrary<GeneratedFile> = mode
  .chain(partsFor)
  .chain((p) => {
    const forced = p.forced as OptionalName | undefined;
    if (
      forced === undefined ||
      !OPTIONAL_NAMES.includes(forced) ||
      p.optional[forced] !== undefined
    )
      return fc.constant(p);
    return (OPTIONAL[forced].bad as fc.Arbitrary<Field>).map((f) => ({
      ...p,
      optional: { ...p.optional, [forced]: f },
    }));
  })
  .map((p) => {
    const o = p.optional;
    const plain = [p.title, ...OPTIONAL_NAMES.map((n) => o[n])].filter(
      (f): f is Field => f !== undefined && f.line !== "",
    );
    const media = [p.audio, p.picture].filter((m) => m.line !== "");
    const keyed = o.key?.valid === true;
    // Without `audio:`, a missing default is fine for a file with a key (it adopts an upload).
    const audioValid = p.audio.valid || (p.audio.line === "" && keyed);
    const reads = plain.every((f) => f.valid) && p.audio.parses && p.picture.parses;
    const text = p.title.title.trim();
    const identity = o.key?.value ?? `title:${text.replace(/\s+/g, " ").trim()}`;
    return {
      text: `${rotate(
        [...plain, ...media].map((f) => f.line),
        p.seed,
      ).join("\n")}\n`,
      siblingAudio: p.audio.sibling,
      fieldsValid: reads && audioValid && p.picture.valid,
      ...(reads ? { identity } : {}),
      title: text,
      ...(o.key?.value === undefined ? {} : { key: o.key.value }),
      ...(o.publishDate?.value === undefined ? {} : { publishDate: o.publishDate.value }),
      ...(o.unlisted?.value === undefined ? {} : { unlisted: o.unlisted.value }),
      proKeys:
        (o.publishDate?.value !== undefined ? 1 : 0) +
        (o.disableComments?.value === true ? 1 : 0) +
        (o.hideStats?.value === true ? 1 : 0) +
        ((o.hosts?.count ?? 0) > 0 ? 1 : 0),
    };
  });

function rotate<T>(items: T[], by: number): T[] {
  const n = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(n), ...items.slice(0, n)];
}

/** How a file is saved: as written, with a BOM and CRLF, or damaged (validity then unknown). */
export type Encoding =
  | { kind: "plain" }
  | { kind: "bom-crlf" }
  | { kind: "cut"; at: number }
  | { kind: "insert"; at: number; text: string };

export const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: "plain" as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: "bom-crlf" as const }) },
  { weight: 1, arbitrary: fc.nat().map((at) => ({ kind: "cut" as const, at })) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.nat(),
        fc.constantFrom("\t", ":", "[", "]", "'", '"', "\u0000", "\n  ", "&a ", "*a", "\uFEFF"),
      )
      .map(([at, text]) => ({ kind: "insert" as const, at, text })),
  },
);

/** The text of a file saved as `how`, and whether the oracle still knows its validity. */
export function encode(file: GeneratedFile, how: Encoding): { text: string; knowable: boolean } {
  const chars = Array.from(file.text);
  switch (how.kind) {
    case "plain":
      return { text: file.text, knowable: true };
    case "bom-crlf":
      return { text: `\uFEFF${file.text.replace(/\n/g, "\r\n")}`, knowable: true };
    case "cut":
      return { text: chars.slice(0, how.at % (chars.length + 1)).join(""), knowable: false };
    case "insert": {
      const at = how.at % (chars.length + 1);
      return {
        text: [...chars.slice(0, at), how.text, ...chars.slice(at)].join(""),
        knowable: false,
      };
    }
  }
}

/**
 * An account to plan against. Its cloudcasts' names refer to the run's valid titles by index
 * (sometimes with the white space changed, and sometimes twice, making a title ambiguous), or
 * are names of their own.
 */
export type AccountName = { title: number; spaced: boolean } | { name: string };

export const accountSpec = fc.record({
  username: fc.constantFrom("dj-kay", "DJ-KAY"),
  isPro: fc.boolean(),
  names: fc.array(
    fc.oneof(
      fc.record({ title: fc.nat(), spaced: fc.boolean() }),
      fc.constantFrom("Night Drive 12", "Existing cloudcast 1", "Twin").map((name) => ({ name })),
    ),
    { maxLength: 6 },
  ),
});
