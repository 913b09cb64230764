// Complexity cases of Mixcloud's error answers, which a broken gateway (or anything that answers
// at api-url) writes: an error body of up to 32 MiB is summarised into a message. The HTML shapes
// made the old regular expressions look from every `<!--` (or `<script`, or `<`) to the end of the
// page: "<html>" + "<!--" × n took 35 s at 512 KiB.
import { join } from "node:path";
import { importBundled } from "./common.mjs";

/**
 * Page bodies of one piece of markup repeated to n characters: unclosed (the old patterns' worst
 * case, where each opening looked to the end) and closed (every piece found and skipped).
 */
const SHAPES = [
  ["unclosed comments", "<!--"],
  ["unclosed scripts", "<script>"],
  ["closed tags", "<a>"],
  ["closed scripts", "<script></script>"],
];

/** Answers summarised a run: one takes well under a millisecond once the body is cut. */
const ANSWERS_A_RUN = 200;
/** Pages read a run: an unclosed script is one search to the end, a few milliseconds. */
const PAGES_A_RUN = 10;

function cachedBy(build) {
  const cache = new Map();
  return (size) => {
    if (!cache.has(size)) cache.set(size, build(size));
    return cache.get(size);
  };
}

const page = (unit) => cachedBy((size) => `<html>${unit.repeat(Math.ceil(size / unit.length))}`);

export async function complexityCases(tempDir) {
  const { errorFromAnswer, htmlToText } = await importBundled(
    "scripts/bench/answers-entry.ts",
    join(tempDir, "answers"),
  );
  const context = { what: "POST /upload/", secrets: ["token"] };
  return SHAPES.flatMap(([shape, unit]) => {
    const body = page(unit);
    return [
      {
        reader: "Mixcloud error answer, as a message",
        shape,
        // The body is read up to 64 KiB: past it, the work stays flat.
        size: 8 * 1024 * 1024,
        unit: "characters",
        clock: "cpu",
        run: (size) => {
          const answer = { status: 502, headers: {}, body: body(size) };
          for (let i = 0; i < ANSWERS_A_RUN; i++) errorFromAnswer(answer, context);
        },
      },
      {
        reader: "Mixcloud error page, its text",
        shape,
        size: 4 * 1024 * 1024,
        unit: "characters",
        clock: "cpu",
        run: (size) => {
          const html = body(size);
          for (let i = 0; i < PAGES_A_RUN; i++) htmlToText(html);
        },
      },
    ];
  });
}
