// Elements of an XML text as events with their character offsets, over htmlparser2's tokenizer
// in XML mode. The tokenizer is forgiving by design, so nesting is checked here: a close tag that
// closes another element, a tag or elements left open at the end (the file cut short), a second
// root. That is what damage to a file a program wrote looks like; the tokenizer's speed (a 10 MB
// Traktor history in a fraction of what a validating parser takes) is why it is used.
//
// Only the attributes asked for are taken out of the text, entities decoded: Traktor writes a
// kilobyte of metadata a track, and slicing all of it would be most of the work.
import { Tokenizer } from "htmlparser2";
import type { TokenizerCallbacks } from "htmlparser2";
import { decodeXmlEntities } from "./names.js";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  /** A start tag: `depth` is 1 for the root; `start` is the offset of its `<`. */
  open(name: string, attributes: Attributes, depth: number, start: number): void;
  /** The end of an element (its close tag, or its self-closing start tag); `end` is past its `>`. */
  close(name: string, depth: number, end: number): void;
}

/** Where the XML stops being well-formed, and how. */
export interface XmlProblem {
  offset: number;
  message: string;
}

/**
 * Reads `text` into `handler`, taking the attributes named in `wanted`; the first nesting problem
 * found, if any (events up to it have been given).
 */
export function readXml(
  text: string,
  wanted: ReadonlySet<string>,
  handler: XmlHandler,
): XmlProblem | undefined {
  const events = new Events(text, wanted, handler);
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, events);
  tokenizer.write(text);
  tokenizer.end();
  return events.problem;
}

const noop = (): void => {};

/** The elements left open, outermost first; a deep nest shortened in the middle. */
function openTags(open: string[]): string {
  const tags = open.map(tag);
  if (tags.length > 6) tags.splice(2, tags.length - 5, "…");
  return tags.join(" ");
}

/** A tag's name as a message shows it: a damaged file can hold a name of any length. */
function tag(name: string): string {
  return name.length > 40 ? `<${name.slice(0, 40)}…>` : `<${name}>`;
}

/** The attributes of a tag that has none of those asked for (shared: never written to). */
const NONE: Attributes = Object.freeze({}) as Attributes;

class Events implements TokenizerCallbacks {
  problem: XmlProblem | undefined;
  private readonly open: string[] = [];
  private rootClosed = false;
  /** The start tag being read: its name (undefined between tags), its `<`, the attributes taken. */
  private tagName: string | undefined;
  private tagStart = 0;
  private attributes: Attributes = NONE;
  private attribute: string | undefined;
  private value = "";
  /**
   * The names in `wanted` by length: an attribute's name is compared in place with the few of its
   * length, never sliced out (Traktor writes some 30 attributes a track).
   */
  private readonly wanted = new Map<number, string[]>();

  constructor(
    private readonly text: string,
    wanted: ReadonlySet<string>,
    private readonly handler: XmlHandler,
  ) {
    for (const name of wanted) {
      const same = this.wanted.get(name.length) ?? [];
      this.wanted.set(name.length, [...same, name]);
    }
  }

  onopentagname(start: number, end: number): void {
    const name = this.text.slice(start, end);
    if (this.open.length === 0 && this.rootClosed)
      this.fail(start - 1, `a second root element ${tag(name)} after the first one ended`);
    this.tagName = name;
    this.tagStart = start - 1;
    this.attributes = NONE;
  }

  onattribname(start: number, end: number): void {
    this.attribute = this.wanted
      .get(end - start)
      ?.find((name) => this.text.startsWith(name, start));
    this.value = "";
  }

  onattribdata(start: number, end: number): void {
    if (this.attribute !== undefined) this.value += this.text.slice(start, end);
  }

  onattribend(): void {
    if (this.tagName === undefined || this.attribute === undefined) return;
    if (this.attributes === NONE) this.attributes = {};
    this.attributes[this.attribute] = decodeXmlEntities(this.value);
    this.attribute = undefined;
  }

  onopentagend(): void {
    const name = this.startTag();
    if (name !== undefined) this.open.push(name);
  }

  onselfclosingtag(end: number): void {
    const name = this.startTag();
    if (name !== undefined) this.handler.close(name, this.open.length + 1, end + 1);
  }

  onclosetag(start: number, end: number): void {
    if (this.problem) return;
    const expected = this.open[this.open.length - 1];
    if (expected?.length !== end - start || !this.text.startsWith(expected, start)) {
      const what = expected === undefined ? "no element is open" : `${tag(expected)} is still open`;
      const name = this.text.slice(start, end);
      this.fail(start - 2, `${tag(`/${name}`)} closes an element that is not open here (${what})`);
      return;
    }
    const depth = this.open.length;
    this.open.pop();
    if (this.open.length === 0) this.rootClosed = true;
    // The tag's `>` is the next character unless spaces come before it.
    const close = this.text.charCodeAt(end) === 0x3e ? end : this.text.indexOf(">", end);
    this.handler.close(expected, depth, close < 0 ? this.text.length : close + 1);
  }

  onend(): void {
    if (this.tagName !== undefined) {
      this.fail(this.tagStart, `the XML ends inside the ${tag(this.tagName)} tag begun here`);
    } else if (this.open.length > 0) {
      const end = this.text.trimEnd().length;
      this.fail(end, `the XML ends before its elements are closed (${openTags(this.open)})`);
    }
  }

  /** The start tag just ended, given to the handler; undefined once a problem was found. */
  private startTag(): string | undefined {
    const name = this.tagName;
    this.tagName = undefined;
    if (name === undefined || this.problem) return undefined;
    this.handler.open(name, this.attributes, this.open.length + 1, this.tagStart);
    return name;
  }

  private fail(offset: number, message: string): void {
    this.problem ??= { offset, message };
  }

  // Text, comments, CDATA, the `<?xml …?>` declaration and a DOCTYPE carry nothing read here.
  ontext = noop;
  ontextentity = noop;
  onattribentity = noop;
  oncdata = noop;
  oncomment = noop;
  ondeclaration = noop;
  onprocessinginstruction = noop;
}
