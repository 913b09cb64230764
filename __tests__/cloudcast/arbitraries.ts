/**
 * fast-check generators of YAML-ish text: cloudcast-shaped documents written in many styles,
 * with the characters and layouts that trip YAML readers (colons, hashes, quotes, indicators,
 * odd indentation, blank and comment lines, CRLF, block scalars, empty values).
 */
import fc from "fast-check";

const KEYS = [
  "title",
  "desc",
  "tags",
  "tracks",
  "audio",
  "picture",
  "unlisted",
  "publish_date",
  "hosts",
  "key",
  "start",
  "artist",
  "track",
  "chapter",
  "Title",
  "x-y",
  "_k",
  "a b",
  "1",
];

/** Plain keys the core schema resolves to something other than their text (`True:` is `true`, `~:` the empty key). */
const RESOLVED_KEYS = [
  "true",
  "True",
  "TRUE",
  "false",
  "False",
  "FALSE",
  "null",
  "Null",
  "NULL",
  "~",
  "0",
  "1",
  "-1",
  "+2",
  "0x1F",
  "0o17",
  "1.5",
  "1e3",
  ".inf",
  "-.Inf",
  ".NaN",
];

/** `true`, `false` or `null` in any mix of case: some spellings resolve (`True`), most stay text (`tRUE`). */
const anyCaseWord = fc
  .constantFrom("true", "false", "null")
  .chain((w) =>
    fc
      .array(fc.boolean(), { minLength: w.length, maxLength: w.length })
      .map((upper) => [...w].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("")),
  );

/** Keys on either side of the 1024 characters the yaml package allows an implicit key. */
const longKey = fc
  .tuple(fc.integer({ min: 1018, max: 1030 }), fc.constantFrom("k", "title-", "_x9-"))
  .map(([length, stem]) => (stem + "k".repeat(length)).slice(0, length));

/** Keys of every kind a reader must get right: the usual ones, resolved spellings, long ones. */
const unusualKey = fc.oneof(fc.constantFrom(...RESOLVED_KEYS), anyCaseWord, longKey);

/** Mostly the usual keys, sometimes an unusual one (rarely, so most documents stay simple). */
function someKey(usual: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 15, arbitrary: fc.constantFrom(...usual) },
    { weight: 1, arbitrary: unusualKey },
  );
}

const anyKey = someKey(KEYS);

const CHARS = [..."abcXYZ019 :#-'\",[]{}&*!|>%@?~.\\/é😀", "\u2028", "\u00A0"];
/** The characters of plain words, which most text is made of. */
const PLAIN_CHARS = [..."abcXYZé019"];

const word = fc
  .array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 8 })
  .map((cs) => cs.join(""));

const plainish = fc.oneof(
  word,
  fc.constantFrom(
    "Sample & Funky",
    "1:25",
    "0",
    "42",
    "-3",
    "1.5",
    "true",
    "False",
    "yes",
    "null",
    "~",
    "0x1F",
    ".inf",
    "2025-06-01T20:00:00Z",
    "a: b",
    "a #c",
    "a#c",
    "x:",
    "https://example.com/a.mp3",
  ),
);

const quoted = fc.oneof(
  word.map((w) => `'${w.replaceAll("'", "''")}'`),
  word.map((w) => `"${w.replaceAll('"', "")}"`),
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w}`),
);

const space = fc.constantFrom("", " ", "  ", "   ");

/** Lines of a value written below its key: continuation, block scalar or nested collection. */
function belowLines(indent: number): fc.Arbitrary<string[]> {
  const pad = (n: number) => " ".repeat(Math.max(0, n));
  const delta = fc.integer({ min: -1, max: 3 });
  const continuation = fc
    .array(fc.tuple(delta, plainish), { maxLength: 3 })
    .map((ls) => ls.map(([d, w]) => pad(indent + d) + w));
  const blockBody = fc
    .array(fc.oneof(fc.tuple(delta, plainish), fc.tuple(delta, fc.constant(""))), {
      minLength: 0,
      maxLength: 4,
    })
    .map((ls) =>
      ls.map(([d, w]) => (w === "" ? pad(d + indent) : pad(indent + 2 + Math.max(d, -2)) + w)),
    );
  const listItems = fc
    .array(
      fc.tuple(
        fc.constantFrom(0, 2, 1, 3),
        fc.oneof(plainish, quoted, fc.constant(""), sectionInline()),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((items) =>
      items.flatMap(([d, v]) =>
        (pad(indent + d) + "- " + v)
          .split("\n")
          .map((l, i) => (i === 0 ? l : pad(indent + d + 2) + l)),
      ),
    );
  const mapItems = fc
    .array(fc.tuple(fc.constantFrom(2, 2, 4, 1), anyKey, fc.oneof(plainish, quoted)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((items) => items.map(([d, k, v]) => `${pad(indent + d)}${k}: ${v}`));
  return fc.oneof(continuation, blockBody, listItems, mapItems);
}

/** A section written compactly after a dash: `start: 1:25` then more keys on following lines. */
function sectionInline(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        someKey(["start", "artist", "track", "chapter", "song", "start"]),
        fc.oneof(plainish, quoted),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join("\n"));
}

/** Mostly nothing (the value is written below), else one of the ways a value can start. */
const header = fc.constantFrom(
  "",
  "",
  "",
  "",
  "",
  "",
  "|",
  ">",
  "|-",
  ">-",
  "|+",
  "|2",
  "> # c",
  "&a",
  "*a",
  "!!str",
  "[a, b]",
  "{}",
);

/** An entry written any which way: a header or value, then lines below it at any indentation. */
const messyEntry = fc
  .tuple(anyKey, fc.oneof(plainish, quoted, header), space, fc.integer({ min: 0, max: 3 }))
  .chain(([key, value, sp, _]) =>
    belowLines(0).map((below) => [`${key}:${value === "" ? sp : " " + value}`, ...below]),
  );

/**
 * An entry laid out as people write one (a value on its line, or a list, a mapping or a block
 * scalar below it, evenly indented) from the same hostile words: the fast reader takes many of
 * these, so its agreement with the yaml package is checked on them, not only its giving up.
 */
/** Words of mostly plain letters and digits, with now and then any character of CHARS. */
const tidyWord = fc
  .array(
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...PLAIN_CHARS, " ") },
      { weight: 1, arbitrary: fc.constantFrom(...CHARS) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((cs) => cs.join(""));

const tidyValue = fc.oneof(
  { weight: 4, arbitrary: tidyWord },
  { weight: 1, arbitrary: plainish },
  { weight: 1, arbitrary: quoted },
);
/** The keys the fast reader reads itself (words, `_` and `-`), and sometimes an unusual one. */
const tidyKey = someKey(KEYS.filter((key) => /^[A-Za-z_][\w-]*$/.test(key)));

const tidyEntry = fc
  .tuple(
    tidyKey,
    fc.oneof(
      tidyValue.map((value) => [` ${value}`]),
      fc
        .tuple(fc.constantFrom("", "  "), fc.array(tidyValue, { minLength: 1, maxLength: 4 }))
        .map(([indent, items]) => ["", ...items.map((item) => `${indent}- ${item}`)]),
      fc
        .uniqueArray(fc.tuple(tidyKey, tidyValue), {
          minLength: 1,
          maxLength: 3,
          selector: ([key]) => key,
        })
        .map((pairs) => ["", ...pairs.map(([key, value]) => `  ${key}: ${value}`)]),
      fc
        .tuple(
          fc.constantFrom("|", ">", "|-", ">-"),
          fc.array(tidyWord, { minLength: 1, maxLength: 3 }),
        )
        .map(([style, lines]) => [` ${style}`, ...lines.map((line) => `  ${line}`)]),
    ),
  )
  .map(([key, [first, ...below]]) => [`${key}:${first ?? ""}`, ...below]);

const entry = fc.oneof({ weight: 8, arbitrary: tidyEntry }, { weight: 1, arbitrary: messyEntry });

/** Mostly blank and comment lines, which the fast reader takes; sometimes a line that ends it. */
const extraLine = fc.constantFrom(
  "",
  "",
  "  ",
  "  ",
  "# comment",
  "# comment",
  "  # indented comment",
  "---",
  "...",
  "- x",
  "   x",
);

/** A document: entries, with stray blank/comment lines spliced in, LF or CRLF, maybe no final newline. */
export const yamlishDocument: fc.Arbitrary<string> = fc
  .tuple(
    // Duplicate keys are left to the other generators: here they would hide everything else.
    fc.uniqueArray(entry, {
      minLength: 1,
      maxLength: 6,
      selector: (lines) => lines[0]?.slice(0, lines[0].indexOf(":")),
    }),
    fc.array(fc.tuple(fc.nat(40), extraLine), { maxLength: 3 }),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom("", "  "),
  )
  .map(([entries, extras, crlf, finalNewline, topIndent]) => {
    const lines = entries.flat().map((l) => (l === "" ? l : topIndent + l));
    for (const [at, extra] of extras) lines.splice(at % (lines.length + 1), 0, extra);
    const eol = crlf ? "\r\n" : "\n";
    return lines.join(eol) + (finalNewline ? eol : "");
  });

/** Typical valid-looking cloudcasts in the styles people write, which the fast reader should take. */
export const cleanDocument: fc.Arbitrary<string> = fc
  .record({
    title: fc.constantFrom(
      "Sample & Funky",
      "Night Shift #42",
      "'Quoted: title'",
      '"Double"',
      "Déjà vu",
    ),
    desc: fc.constantFrom(
      "",
      "One line.",
      ">\n  Folded\n  text\n\n  para",
      "|-\n  Literal\n  text",
      "Multi\n  line plain",
    ),
    tags: fc.array(fc.constantFrom("House", "Disco", "'Hip hop'", "Funk"), { maxLength: 5 }),
    tracks: fc.array(
      fc.tuple(
        fc.constantFrom("0", "1:25", "'4:22'", "1:02:03"),
        fc.constantFrom("Artist", "Pino d'Angio", "A, B & C"),
        fc.constantFrom("Song", "Pumpin'", "Da Funk # live"),
      ),
      { maxLength: 4 },
    ),
    dashIndent: fc.constantFrom("", "  "),
    crlf: fc.boolean(),
  })
  .map(({ title, desc, tags, tracks, dashIndent, crlf }) => {
    const lines = [`title: ${title}`];
    if (desc !== "") lines.push(`desc: ${desc}`);
    // Flow style (`tags: [a, b]`) in half the documents, with plain words as people write them there.
    if (tags.length > 0 && crlf)
      lines.push(`tags: [${tags.map((t) => t.replaceAll("'", "")).join(", ")}]`);
    else if (tags.length > 0) lines.push("tags:", ...tags.map((t) => `${dashIndent}- ${t}`));
    if (tracks.length > 0) {
      lines.push("# the tracklist", "tracks:");
      for (const [start, artist, track] of tracks) {
        lines.push(
          `${dashIndent}- start: ${start}`,
          `${dashIndent}  artist: ${artist}`,
          `${dashIndent}  track: ${track}`,
        );
      }
    }
    return lines.join(crlf ? "\r\n" : "\n") + (crlf ? "\r\n" : "\n");
  });

const safeChars = [..."abcXYZ019 :#-'\",[]{}&*!|>%@?~./é😀"];
/** Words that mostly stay plain but carry the characters a reader must get right inside a scalar. */
const innerWord = fc
  .tuple(
    fc.constantFrom(..."abcXYZ019é"),
    fc.array(fc.constantFrom(...safeChars), { maxLength: 10 }),
  )
  .map(([first, rest]) => first + rest.join(""));

const nearValue = fc.oneof(
  { weight: 4, arbitrary: innerWord },
  { weight: 1, arbitrary: quoted },
  { weight: 1, arbitrary: fc.constantFrom("0", "85", "1:25", "true", "false", "True", "007") },
);

/** One top-level entry written in one of the common styles, with small irregularities. */
const nearEntry: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(anyKey, nearValue, fc.constantFrom("", " # note", "   "))
    .map(([k, v, tail]) => [`${k}: ${v}${tail}`]),
  fc
    .tuple(
      anyKey,
      innerWord,
      fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), innerWord), { minLength: 1, maxLength: 3 }),
    )
    .map(([k, v, more]) => [`${k}: ${v}`, ...more.map(([n, w]) => " ".repeat(n) + w)]),
  fc
    .tuple(
      anyKey,
      fc.constantFrom("|", ">", "|-", ">-", "| # c"),
      fc.array(
        fc.oneof({ weight: 4, arbitrary: innerWord }, { weight: 1, arbitrary: fc.constant("") }),
        { minLength: 1, maxLength: 4 },
      ),
      fc.constantFrom(2, 2, 4, 1),
    )
    .map(([k, h, ls, n]) => [`${k}: ${h}`, ...ls.map((l) => (l === "" ? "" : " ".repeat(n) + l))]),
  fc
    .tuple(
      anyKey,
      fc.constantFrom("", "  "),
      fc.constantFrom("- ", "-  "),
      fc.array(
        fc.oneof(
          nearValue,
          fc.array(fc.tuple(someKey(["start", "artist", "track", "chapter"]), nearValue), {
            minLength: 1,
            maxLength: 3,
          }),
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([k, indent, dash, items]) => [
      `${k}:`,
      ...items.flatMap((item) =>
        typeof item === "string"
          ? [`${indent}${dash}${item}`]
          : item.map(
              ([ik, iv], i) => `${indent}${i === 0 ? dash : " ".repeat(dash.length)}${ik}: ${iv}`,
            ),
      ),
    ]),
  fc
    .tuple(
      anyKey,
      fc.array(fc.tuple(someKey(["start", "artist", "a", "b"]), nearValue), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([k, pairs]) => [`${k}:`, ...pairs.map(([pk, pv]) => `  ${pk}: ${pv}`)]),
);

/** `key: [a, b]` on one line, with items that are mostly plain words. */
const flowListEntry: fc.Arbitrary<string[]> = fc
  .tuple(
    anyKey,
    fc.array(fc.oneof({ weight: 4, arbitrary: innerWord }, { weight: 1, arbitrary: nearValue }), {
      maxLength: 5,
    }),
    fc.constantFrom(", ", ",", " , "),
    fc.constantFrom("", " ", "  "),
    fc.constantFrom("", " # note", "]"),
  )
  .map(([key, items, comma, pad, tail]) => [`${key}: [${pad}${items.join(comma)}${pad}]${tail}`]);

/** Documents mostly inside the fast reader's subset, so the comparison with the yaml package has teeth. */
export const nearlySimpleDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof({ weight: 4, arbitrary: nearEntry }, { weight: 1, arbitrary: flowListEntry }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    fc.array(fc.tuple(fc.nat(40), fc.constantFrom("", "# comment", "  # indented", "  ")), {
      maxLength: 2,
    }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([entries, extras, crlf, finalNewline]) => {
    const lines = entries.flat();
    for (const [at, extra] of extras) lines.splice(at % (lines.length + 1), 0, extra);
    const eol = crlf ? "\r\n" : "\n";
    return lines.join(eol) + (finalNewline ? eol : "");
  });

/**
 * Small documents whose keys are all unusual (resolved spellings, `true`/`false`/`null` in any
 * case, keys around 1024 characters), at the top, in a nested mapping and in a list item.
 */
export const unusualKeyDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.tuple(fc.oneof(unusualKey, fc.constantFrom(...KEYS)), innerWord), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.constantFrom("top", "nested", "list"),
  )
  .map(([pairs, layout]) => {
    const lines = pairs.map(([k, v]) => `${k}: ${v}`);
    if (layout === "top") return `${lines.join("\n")}\n`;
    if (layout === "nested") return `outer:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
    return `items:\n${lines.map((l, i) => `${i === 0 ? "  - " : "    "}${l}`).join("\n")}\n`;
  });
