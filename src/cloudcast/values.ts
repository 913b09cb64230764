import type { RuleId } from "./rules.js";
import { emptyTextMessage } from "./section-rules.js";
import type { Problem } from "./source.js";
import { describeNode } from "./tree.js";
import type { YNode } from "./tree.js";

/** Where a problem sits: a node, a key, or any start/end pair of offsets. */
export interface At {
  start: number;
  end: number;
}

/** Collects the problems of one file while its values are read; the text is kept for quoting values back. */
export class Checker {
  readonly problems: Problem[] = [];

  constructor(readonly text: string) {}

  report(at: At, rule: RuleId, message: string): void {
    this.problems.push({ start: at.start, end: at.end, rule, message });
  }

  /** The value as it is written in the file. */
  source(at: At): string {
    return this.text.slice(at.start, at.end);
  }

  /**
   * Text, or undefined after reporting why not. YAML reads `title: 1999` as a number and
   * `title: true` as a boolean; they are reported with the quoted form to write instead
   * (`title: "1999"`, or `- "1999"` for an `item` of a list).
   */
  string(node: YNode, field: string, form: "key" | "item" = "key"): string | undefined {
    if (node.kind === "scalar" && typeof node.value === "string") return node.value;
    if (node.kind === "scalar" && node.value === null) {
      this.report(
        node,
        "empty-value",
        `${field} is empty (null): write a value or remove the line`,
      );
      return undefined;
    }
    if (node.kind === "scalar") {
      const written = this.source(node);
      const quoted = JSON.stringify(written);
      this.report(
        node,
        "expected-string",
        `${field} must be text, but YAML reads ${written} as ${describeNode(node)}: put it in quotes, ${form === "key" ? `${field}:` : "-"} ${quoted}`,
      );
      return undefined;
    }
    this.report(node, "expected-string", `${field} must be text, not ${describeNode(node)}`);
    return undefined;
  }

  /** Text that is not empty once trimmed, trimmed. */
  nonEmptyString(
    node: YNode,
    field: string,
    rule: RuleId = "empty-value",
    form: "key" | "item" = "key",
  ): string | undefined {
    const value = this.string(node, field, form)?.trim();
    if (value === "") this.report(node, rule, emptyTextMessage(field));
    return value === "" ? undefined : value;
  }

  list(node: YNode, field: string, example: string): YNode[] | undefined {
    if (node.kind === "seq") return node.items;
    const hint =
      node.kind === "scalar"
        ? `; write each item on a line of its own under ${field}:, as "- ${example}"`
        : "";
    this.report(node, "expected-list", `${field} must be a list, not ${describeNode(node)}${hint}`);
    return undefined;
  }

  boolean(node: YNode, field: string): boolean | undefined {
    if (node.kind === "scalar" && typeof node.value === "boolean") return node.value;
    if (
      node.kind === "scalar" &&
      typeof node.value === "string" &&
      YAML11_BOOLEANS.test(node.value)
    ) {
      this.report(
        node,
        "boolean-word",
        `${field}: ${node.value} is text in YAML 1.2, not a boolean: use true or false`,
      );
      return undefined;
    }
    this.report(
      node,
      "expected-boolean",
      `${field} must be true or false, not ${describeNode(node)}`,
    );
    return undefined;
  }
}

/** The YAML 1.1 spellings of booleans, which YAML 1.2 reads as plain text. */
const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
