// Adversarial cloudcast files for the complexity check (complexity-yaml.mjs) and the hang-guard
// test (__tests__/cloudcast/linear.test.ts): the shapes that make a backtracking pattern or a
// rescanning loop quadratic — long runs of spaces, digits, colons, quotes, backslashes, comment
// and blank lines — each placed where one of the format's patterns or the readers' loops meets it.
// `make(n)` gives the text for n units; `size` is the n the bench starts from (2n stays under the
// 1 MiB a cloudcast file may hold), `reader` which reader it is for: "cloudcast" (parseCloudcast,
// whichever YAML reader takes it, and every check) or "fast" (the fast YAML reader alone);
// `repeat` how many reads one timed run makes, so that a read of a few milliseconds is timed over
// enough of them for a garbage collection not to decide the ratio.

const S = (n) => " ".repeat(n);

export const YAML_SHAPES = [
  // parseCloudcast: the YAML readers and the checks of each field.
  {
    reader: "cloudcast",
    name: "a run of spaces inside a plain scalar",
    repeat: 40,
    unit: "spaces",
    size: 200_000,
    make: (n) => `title: x\ndesc: a${S(n)}b\n`,
  },
  {
    reader: "cloudcast",
    name: "a run of spaces before a key's colon",
    repeat: 40,
    unit: "spaces",
    size: 200_000,
    make: (n) => `title: x\ndesc${S(n)}: b\n`,
  },
  {
    reader: "cloudcast",
    name: "a run of spaces between a value and a comment",
    repeat: 100,
    unit: "spaces",
    size: 200_000,
    make: (n) => `title: a${S(n)}# c\n`,
  },
  {
    reader: "cloudcast",
    name: "a run of colons and spaces",
    unit: "pairs",
    size: 100_000,
    make: (n) => `title: x\ndesc: ${": ".repeat(n)}\n`,
  },
  {
    reader: "cloudcast",
    name: "an unclosed double quote over escaped quotes",
    repeat: 12,
    unit: "escapes",
    size: 100_000,
    make: (n) => `title: "${'\\"'.repeat(n)}\n`,
  },
  {
    reader: "cloudcast",
    name: "an unclosed single quote over doubled quotes",
    repeat: 12,
    unit: "pairs",
    size: 100_000,
    make: (n) => `title: '${"''".repeat(n)}\n`,
  },
  {
    reader: "cloudcast",
    name: "a start of digits that never ends well (m:ss)",
    repeat: 60,
    unit: "digits",
    size: 200_000,
    make: (n) =>
      `title: x\ntracks:\n  - start: "${"1".repeat(n)}:${"1".repeat(n)}x"\n    chapter: c\n`,
  },
  {
    reader: "cloudcast",
    name: "a publish_date with a run of spaces before the time",
    repeat: 120,
    unit: "spaces",
    size: 200_000,
    make: (n) => `title: x\npublish_date: "2030-01-01${S(n)}x"\n`,
  },
  {
    reader: "cloudcast",
    name: "a publish_date with a run of fraction digits and spaces",
    repeat: 70,
    unit: "digits",
    size: 100_000,
    make: (n) => `title: x\npublish_date: "2030-01-01 10:00:00.${"0".repeat(n)}${S(n)}x"\n`,
  },
  {
    reader: "cloudcast",
    name: "a key (upload path) of one long slug without its closing slash",
    repeat: 120,
    unit: "characters",
    size: 200_000,
    make: (n) => `title: x\nkey: "https://www.mixcloud.com/u/${"a".repeat(n)} "\n`,
  },
  {
    reader: "cloudcast",
    name: "an audio path of ./ repeated",
    repeat: 90,
    unit: "segments",
    size: 100_000,
    make: (n) => `title: x\naudio: "${"./".repeat(n)}a b"\n`,
  },
  {
    reader: "cloudcast",
    name: "an artist of spaces and tabs (licensing names)",
    repeat: 16,
    unit: "spaces",
    size: 100_000,
    make: (n) =>
      `title: x\ntracks:\n  - start: 0\n    artist: "a${" \\t".repeat(n)}b ft"\n    track: t\n`,
  },
  {
    reader: "cloudcast",
    name: "an artist of ( f repeated (featuring search)",
    repeat: 120,
    unit: "repeats",
    size: 100_000,
    make: (n) =>
      `title: x\ntracks:\n  - start: 0\n    artist: "${"( f".repeat(n)}"\n    track: t\n`,
  },
  {
    reader: "cloudcast",
    name: "comment lines between list items",
    unit: "lines",
    size: 50_000,
    make: (n) => `title: x\ntags:\n  - a\n${"    # c\n".repeat(n)}  - b\n`,
  },
  {
    reader: "cloudcast",
    name: "a plain scalar over many short lines",
    repeat: 6,
    unit: "lines",
    size: 100_000,
    make: (n) => `title: x\ndesc: a\n${"  b\n".repeat(n)}`,
  },
  {
    reader: "cloudcast",
    name: "many unknown keys (each gets a suggestion)",
    unit: "keys",
    size: 20_000,
    make: (n) => `title: x\n${Array.from({ length: n }, (_, i) => `titel${i}: v\n`).join("")}`,
  },
  {
    reader: "cloudcast",
    // From 10,500: between 7,500 and 10,000 sections the time per section doubles once, as the
    // heap outgrows V8's young generation (measured: 1.8 → 3.5 µs, flat on either side).
    name: "many sections",
    repeat: 3,
    unit: "sections",
    size: 10_500,
    make: (n) =>
      `title: x\ntracks:\n${Array.from({ length: n }, (_, i) => `  - start: ${i}\n    artist: A${i % 7}\n    track: T${i}\n`).join("")}`,
  },
  {
    reader: "cloudcast",
    name: "opening brackets",
    repeat: 50,
    unit: "brackets",
    size: 200_000,
    make: (n) => `title: ${"[".repeat(n)}\n`,
  },
  {
    reader: "cloudcast",
    name: "list indicators on one line",
    repeat: 70,
    unit: "indicators",
    size: 100_000,
    make: (n) => `${"- ".repeat(n)}x\n`,
  },
  {
    reader: "cloudcast",
    name: "document markers",
    repeat: 12,
    unit: "documents",
    size: 100_000,
    make: (n) => `title: x\n${"---\n".repeat(n)}`,
  },
  {
    reader: "cloudcast",
    name: "control characters",
    repeat: 20,
    unit: "characters",
    size: 200_000,
    make: (n) => `title: x\ndesc: ${"\x01".repeat(n)}\n`,
  },
  {
    reader: "cloudcast",
    name: "a flow mapping of empty keys and colons (full parser)",
    unit: "pairs",
    size: 20_000,
    make: (n) => `title: x\ndesc: {${": ,".repeat(n)}}\n`,
  },
  // The fast reader alone: its hand-written scans over lines.
  {
    reader: "fast",
    name: "a run of spaces inside a plain scalar",
    repeat: 180,
    unit: "spaces",
    size: 200_000,
    make: (n) => `title: x\ndesc: a${S(n)}b\n`,
  },
  {
    reader: "fast",
    name: "a key-like run of letters without its colon",
    repeat: 180,
    unit: "letters",
    size: 200_000,
    make: (n) => `title: x\n${"a".repeat(n)}\n`,
  },
  {
    reader: "fast",
    name: "a flow list of many words",
    repeat: 14,
    unit: "words",
    size: 100_000,
    make: (n) => `tags: [${"a, ".repeat(n)}a]\n`,
  },
  {
    reader: "fast",
    name: "a single-quoted scalar of doubled quotes",
    repeat: 35,
    unit: "pairs",
    size: 100_000,
    make: (n) => `title: '${"''".repeat(n)}'\n`,
  },
  {
    reader: "fast",
    name: "comment and blank lines after each list item",
    repeat: 28,
    unit: "lines",
    size: 50_000,
    make: (n) =>
      `tags:\n${Array.from({ length: n / 50 }, () => `  - a\n${"  # c\n\n".repeat(25)}`).join("")}`,
  },
  {
    reader: "fast",
    name: "a block scalar over many blank lines",
    repeat: 18,
    unit: "lines",
    size: 100_000,
    make: (n) => `title: x\ndesc: |\n  a\n${"\n".repeat(n)}  b\n`,
  },
  {
    reader: "fast",
    // Past the 1 MiB a file may hold: below 100,000 keys the time per key still grows with the
    // heap (a garbage-collection step between 40,000 and 80,000 keys), not with the work.
    name: "many keys",
    unit: "keys",
    size: 100_000,
    make: (n) => Array.from({ length: n }, (_, i) => `k${i}: v\n`).join(""),
  },
];
