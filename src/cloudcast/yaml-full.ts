import { Composer, Parser, Schema, isAlias, isMap, isScalar } from "yaml";
import type {
  Alias,
  ParsedNode,
  Scalar,
  ScalarTag,
  SchemaOptions,
  YAMLError,
  YAMLMap,
  YAMLSeq,
} from "yaml";
import type { RuleId } from "./rules.js";
import type { Problem } from "./source.js";
import { trimEnd } from "./source.js";
import { MAX_DEPTH, findTooDeep, scanTokens } from "./yaml-guards.js";
import type { YKey, YMap, YNode, YPair, YScalar, YSeq } from "./tree.js";

/** The default of the yaml package's `maxAliasCount`: far more aliases than any cloudcast needs. */
export const MAX_ALIASES = 100;
/** How many nodes aliases may add when expanded, beyond which a file is an alias bomb. */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * The YAML 1.2 core schema, whatever a `%YAML 1.1` directive says, with one explicit tag more:
 * `!!timestamp` (publish_date may carry it). By default the package also resolves YAML 1.1's
 * `!!omap`, `!!pairs`, `!!set`, `!!binary` and `!!merge` into values that are not plain maps,
 * lists or scalars; a cloudcast has no use for them, so here they stay unresolved and every tag
 * but the core ones is reported where it stands (rule `yaml-tag`).
 */
const ONLY_TAGS_THE_FORMAT_USES: SchemaOptions = {
  schema: "core",
  resolveKnownTags: false,
  customTags: [explicitTimestamp()],
};

/** The package's own `!!timestamp`, taken only when written out: a plain `2030-06-01` stays text. */
function explicitTimestamp(): ScalarTag {
  const tag = new Schema({ schema: "yaml-1.1" }).tags.find(
    (t) => t.tag === "tag:yaml.org,2002:timestamp" && !("collection" in t && t.collection),
  );
  if (tag === undefined) throw new Error("the yaml package has no !!timestamp tag");
  return { ...(tag as ScalarTag), default: false };
}

export interface FullParse {
  /** The first document's content, when the YAML could be read. */
  root?: YNode;
  /** True when the document had no content at all (an empty file, or only comments). */
  empty: boolean;
  problems: Problem[];
}

/**
 * Reads any YAML with the `yaml` package and converts the first document to a tree.
 *
 * It runs the package's two stages by hand (`Parser` then `Composer`, what `parseDocument` does)
 * with guards around them (yaml-guards.ts): a hostile file is stopped before the stage that
 * would take seconds or overflow the stack on it, and only the first document is ever composed.
 */
export function parseFullYaml(text: string): FullParse {
  const scan = scanTokens(text);
  if (scan.floodAt !== undefined) return { empty: false, problems: [tooDeep(scan.floodAt)] };
  const first = scan.secondDocumentAt === undefined ? text : text.slice(0, scan.secondDocumentAt);
  const tokens = Array.from(new Parser().parse(first));
  const deepAt = findTooDeep(tokens);
  if (deepAt !== undefined) return { empty: false, problems: [tooDeep(deepAt)] };
  // Keys are checked for uniqueness while converting: the composer's own check is quadratic.
  const composer = new Composer({ uniqueKeys: false, ...ONLY_TAGS_THE_FORMAT_USES });
  const [doc] = composer.compose(tokens, true, first.length);
  const second =
    scan.secondDocumentAt === undefined ? [] : [multipleDocuments(scan.secondDocumentAt)];
  if (!doc) return { empty: true, problems: second };
  // (concat, not push(...): a hostile file can have more problems than a call has arguments)
  const yamlProblems = second.concat(
    doc.errors.map((error) => fromYamlError(error, first)),
    doc.warnings.map((error) => fromYamlError(error, first)),
  );
  if (yamlProblems.length > second.length) return { empty: false, problems: yamlProblems };
  if (doc.contents === null || isEmptyScalar(doc.contents))
    return { empty: true, problems: second };
  const converted = new TreeBuilder(text).build(doc.contents);
  const problems = second.concat(converted.problems);
  // A value behind a broken alias is unknown: checking the rest would report it as missing too.
  const readable = converted.problems.every((p) => p.rule === "duplicate-key");
  return { root: readable ? converted.root : undefined, empty: false, problems };
}

function tooDeep(offset: number): Problem {
  const message = `the YAML nests deeper than ${MAX_DEPTH} levels here; a cloudcast needs only three (file, tracks, section)`;
  return { start: offset, end: offset + 1, rule: "nesting-depth", message };
}

/** A bare `---` (or nothing) reads as an empty plain scalar, unlike an explicit `~` or `null`. */
function isEmptyScalar(node: ParsedNode): boolean {
  return isScalar(node) && node.value === null && node.source === "" && !node.tag;
}

function multipleDocuments(offset: number): Problem {
  return {
    start: offset,
    end: offset + 3,
    rule: "multiple-documents",
    message:
      "a second YAML document starts here, but a cloudcast file holds exactly one: remove this `---` and what follows, or move it to a file of its own",
  };
}

const RULE_BY_CODE: Record<string, RuleId> = {
  TAG_RESOLVE_FAILED: "yaml-tag",
  RESOURCE_EXHAUSTION: "nesting-depth",
};

function fromYamlError(error: YAMLError, text: string): Problem {
  const [start, end] = placeError(error, text);
  const rule = RULE_BY_CODE[error.code] ?? "yaml-syntax";
  const detail = error.message.split("\n")[0] ?? error.message;
  const message =
    rule !== "yaml-tag"
      ? `invalid YAML: ${detail}`
      : detail.startsWith("Unresolved tag")
        ? `the YAML tag ${writtenTag(text, start, end)} is not one a cloudcast uses: remove the tag, a cloudcast needs none`
        : `${detail}: remove the tag, a cloudcast needs none`;
  return { start, end: Math.max(end, start), rule, message };
}

/** A tag as the file spells it (`!!omap`, not `tag:yaml.org,2002:omap`); a hostile one cut short. */
function writtenTag(text: string, start: number, end: number): string {
  const tag = text.slice(start, end);
  return tag.length > 60 ? `${tag.slice(0, 60)}…` : tag;
}

/**
 * Where to show a parser error. The package puts an unclosed quote at the end of the input, past
 * the last line, where an editor or a PR annotation cannot show it; the opening quote is where the
 * mistake is. Any other position past the end is moved onto the file's last character.
 */
function placeError(error: YAMLError, text: string): [number, number] {
  const [start, end] = error.pos;
  if (start < text.trimEnd().length) return [start, end];
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  const opening = quote === "'" || quote === '"' ? openingQuote(text, quote) : undefined;
  if (opening !== undefined) return [opening, opening + 1];
  const last = Math.max(0, text.trimEnd().length - 1);
  return [last, last + 1];
}

/** The quote that opens a scalar running to the end of `text`: the last one not escaped. */
function openingQuote(text: string, quote: '"' | "'"): number | undefined {
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    if (quote === "'" && text[i - 1] === "'") {
      i--; // `''` is an escaped quote inside a single-quoted scalar
      continue;
    }
    let backslashes = 0;
    while (quote === '"' && text[i - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return undefined;
}

/** Thrown to stop converting once an alias bomb is found; caught in `build`. */
class AliasLimit extends Error {}

/**
 * Converts the yaml package's nodes to a tree. Aliases are resolved with an anchor table kept in
 * document order — the package's own `Alias.resolve` rescans the whole document for every alias,
 * which a hostile file turns into minutes — and their expansion is counted to catch alias bombs.
 */
class TreeBuilder {
  private readonly anchors = new Map<string, ParsedNode>();
  private readonly converted = new Map<ParsedNode, YNode>();
  /** How many values each converted node stands for once its aliases are expanded. */
  private readonly sizes = new Map<ParsedNode, number>();
  private readonly problems: Problem[] = [];
  private aliasCount = 0;
  private expansion = 0;

  constructor(private readonly text: string) {}

  build(contents: ParsedNode): { root?: YNode; problems: Problem[] } {
    try {
      return { root: this.node(contents), problems: this.problems };
    } catch (error) {
      if (error instanceof AliasLimit) return { problems: this.problems };
      throw error;
    }
  }

  private node(node: ParsedNode): YNode | undefined {
    if (isAlias(node)) return this.alias(node);
    // Set before the children are read, as YAML does: an alias inside refers to this node.
    if (node.anchor) this.anchors.set(node.anchor, node);
    const [result, size] = isScalar(node)
      ? [this.scalar(node), 1]
      : isMap(node)
        ? this.map(node)
        : this.seq(node);
    this.converted.set(node, result);
    this.sizes.set(node, size);
    return result;
  }

  private alias(alias: Alias.Parsed): YNode | undefined {
    const at = this.range(alias);
    if (++this.aliasCount > MAX_ALIASES) {
      this.fail(
        at,
        `more than ${MAX_ALIASES} aliases: this looks like an alias bomb; write the values out instead`,
      );
    }
    const target = this.anchors.get(alias.source);
    if (!target) {
      // `- *jingle*` in tracklist_exclude is a glob pattern to its writer and an alias to YAML.
      const glob = /[*?[\]]/.test(alias.source)
        ? `; a glob pattern that starts with * must be in quotes: "*${alias.source}"`
        : "";
      const message = `alias *${alias.source} has no anchor &${alias.source} before it: define the anchor first or write the value out${glob}`;
      this.problems.push({ ...at, rule: "alias-undefined", message });
      return undefined;
    }
    const converted = this.converted.get(target);
    if (!converted) {
      this.fail(
        at,
        `alias *${alias.source} refers to a node that contains it, which never ends when expanded: write the value out`,
      );
    }
    this.expansion += this.sizes.get(target) ?? 1;
    if (this.expansion > MAX_ALIAS_EXPANSION) {
      this.fail(
        at,
        `aliases expand to more than ${MAX_ALIAS_EXPANSION} values here: this looks like an alias bomb; write the values out instead`,
      );
    }
    return converted;
  }

  private fail(at: { start: number; end: number }, message: string): never {
    this.problems.push({ ...at, rule: "alias-limit", message });
    throw new AliasLimit(message);
  }

  private scalar(node: Scalar.Parsed): YScalar {
    const v = node.value;
    const value =
      v === null ||
      typeof v === "string" ||
      typeof v === "number" ||
      typeof v === "boolean" ||
      v instanceof Date
        ? v
        : String(v);
    return { kind: "scalar", value, ...this.range(node) };
  }

  private map(node: YAMLMap.Parsed): [YMap, number] {
    const items: YPair[] = [];
    const seen = new Set<string>();
    let size = 1;
    for (const pair of node.items) {
      const key = this.key(pair.key, pair.value);
      if (!key) continue;
      if (seen.has(key.text)) {
        // The first occurrence is the one kept (and checked).
        const message = `the key "${key.text}" appears twice in the same mapping: keep one of them`;
        this.problems.push({ start: key.start, end: key.end, rule: "duplicate-key", message });
        continue;
      }
      seen.add(key.text);
      items.push({ key, value: this.pairValue(pair.value) });
      size += 1 + this.sizeOf(pair.value);
    }
    const range = this.range(node);
    const last = items.at(-1);
    const end = node.flow || !last ? range.end : (last.value?.end ?? last.key.end);
    return [{ kind: "map", items, start: range.start, end }, size];
  }

  private seq(node: YAMLSeq.Parsed): [YSeq, number] {
    const items: YNode[] = [];
    let size = 1;
    for (const item of node.items) {
      const converted = this.node(item);
      size += this.sizeOf(item);
      if (converted) items.push(converted);
    }
    const range = this.range(node);
    const end = node.flow || items.length === 0 ? range.end : (items.at(-1)?.end ?? range.end);
    return [{ kind: "seq", items, start: range.start, end }, size];
  }

  private sizeOf(node: ParsedNode | null): number {
    if (!node) return 0;
    const target = isAlias(node) ? this.anchors.get(node.source) : node;
    return (target && this.sizes.get(target)) ?? 1;
  }

  /** `desc:` with nothing after it is an empty plain scalar: kept apart from an explicit `null`. */
  private pairValue(value: ParsedNode | null): YNode | undefined {
    if (value === null) return undefined;
    if (
      isScalar(value) &&
      value.value === null &&
      value.source === "" &&
      !value.tag &&
      !value.anchor
    ) {
      return undefined;
    }
    return this.node(value);
  }

  private key(key: ParsedNode | null, value: ParsedNode | null): YKey | undefined {
    if (key === null) {
      // `: value` — an empty key; place it where the value is.
      const at = value ? this.range(value) : { start: 0, end: 0 };
      return { text: "", start: at.start, end: at.start };
    }
    const node = this.node(key);
    if (node?.kind === "scalar") {
      const at = this.range(key);
      return { text: node.value === null ? "" : String(node.value), start: at.start, end: at.end };
    }
    if (node) {
      const message = "a key must be a plain word such as `title`, not a list or a mapping";
      this.problems.push({ start: node.start, end: node.end, rule: "key-type", message });
    }
    return undefined;
  }

  private range(node: ParsedNode): { start: number; end: number } {
    const [start, end] = node.range;
    return { start, end: trimEnd(this.text, start, end) };
  }
}
