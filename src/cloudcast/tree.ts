/**
 * The YAML of a cloudcast file as a small tree of values with their places in the text.
 *
 * Two parsers build it — a fast one for the plain YAML most files are written in, and the full
 * `yaml` package for everything else — so the rules are checked against one shape whichever
 * parser read the file. Offsets are character offsets into the decoded text; `end` is just past
 * the last visible character of the node (never past trailing spaces, comments or line breaks).
 */
export type YNode = YScalar | YMap | YSeq;

export interface YScalar {
  kind: "scalar";
  /** As YAML 1.2 (core schema) resolves it; a Date only for an explicit `!!timestamp`. */
  value: string | number | boolean | null | Date;
  start: number;
  end: number;
}

export interface YKey {
  text: string;
  start: number;
  end: number;
}

export interface YPair {
  key: YKey;
  /** Undefined when nothing follows the colon (`desc:` on its own). */
  value: YNode | undefined;
}

export interface YMap {
  kind: "map";
  items: YPair[];
  start: number;
  end: number;
}

export interface YSeq {
  kind: "seq";
  items: YNode[];
  start: number;
  end: number;
}

/** How a value reads to a person, for "must be text, but … is a list" messages. */
export function describeNode(node: YNode): string {
  if (node.kind === "map") return "a mapping (key: value pairs)";
  if (node.kind === "seq") return "a list";
  const v = node.value;
  if (v === null) return "empty (null)";
  if (v instanceof Date) return "a timestamp";
  if (typeof v === "number") return "a number";
  if (typeof v === "boolean") return `the boolean ${String(v)}`;
  return "text";
}
