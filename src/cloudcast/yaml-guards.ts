import { CST, Lexer } from "yaml";

/**
 * Guards that keep hostile YAML from the stages of the `yaml` package that would take seconds
 * (its parser on a megabyte of `[`, its composer on thousands of documents) or recurse past
 * the stack (its composer on deep nesting).
 */

/** A cloudcast needs three levels (file → tracks → section); this leaves room without risking the stack. */
export const MAX_DEPTH = 64;
/** Past this many levels the lexer alone stops a file, before the parser spends seconds on it. */
const FLOOD_DEPTH = 4 * MAX_DEPTH;

export interface TokenScan {
  /** Where brackets or stacked indicators pass FLOOD_DEPTH levels, if they do. */
  floodAt?: number;
  /** Where a second document starts, if one does: only the text before it is parsed. */
  secondDocumentAt?: number;
}

/**
 * One pass over the lexer's tokens. Brackets (`[[[[…`) and list or key indicators stacked on one
 * line (`- - - …`) each open a level, so their count is a lower bound of the depth; nesting
 * below FLOOD_DEPTH is measured exactly on the parser's tokens (findTooDeep).
 */
export function scanTokens(text: string): TokenScan {
  return mayNeedScan(text) ? lexerScan(text) : {};
}

const DOCUMENT_MARKER_AFTER_START = /\n(?:---|\.\.\.)(?:[ \t\r\n]|$)/;

/**
 * Whether a flood or a second document is possible at all: the lexer costs as much as the
 * parser, so ordinary files (and dense ones without brackets) skip it.
 */
function mayNeedScan(text: string): boolean {
  if (DOCUMENT_MARKER_AFTER_START.test(text)) return true;
  let brackets = 0;
  let indicators = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b)
      brackets++; // [ {
    else if (c === 0x2d || c === 0x3f) indicators++; // - ?
  }
  return brackets > FLOOD_DEPTH || indicators > FLOOD_DEPTH;
}

function lexerScan(text: string): TokenScan {
  let offset = 0;
  let flow = 0;
  let compact = 0;
  let afterScalarMarker = false;
  const doc = { started: false, hasContent: false };
  for (const token of new Lexer().lex(text)) {
    // The lexer interleaves one-character control tokens that are not part of the text.
    if (token === CST.DOCUMENT || token === CST.FLOW_END || token === CST.SCALAR) {
      if (token === CST.DOCUMENT && doc.hasContent) return { secondDocumentAt: offset };
      afterScalarMarker = token === CST.SCALAR;
      continue;
    }
    const type = afterScalarMarker ? "scalar" : CST.tokenType(token);
    afterScalarMarker = false;
    if (type === "doc-start") {
      if (doc.started || doc.hasContent) return { secondDocumentAt: offset };
      doc.started = true;
    } else if (
      type !== "space" &&
      type !== "newline" &&
      type !== "comment" &&
      type !== "directive-line"
    ) {
      doc.hasContent = true;
    }
    if (type === "flow-seq-start" || type === "flow-map-start") flow++;
    else if ((type === "flow-seq-end" || type === "flow-map-end") && flow > 0) flow--;
    else if ((type === "seq-item-ind" || type === "explicit-key-ind") && flow === 0) compact++;
    else if (type === "newline") compact = 0;
    if (flow + compact > FLOOD_DEPTH) return { floodAt: offset };
    offset += token.length;
  }
  return {};
}

/** The offset of the first collection nested deeper than MAX_DEPTH, walking the token tree with an explicit stack. */
export function findTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: Array<[CST.Token, number]> = tokens.map((t) => [t, 0]);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [token, depth] = next;
    if (token.type === "document") {
      if (token.value) stack.push([token.value, depth]);
    } else if (CST.isCollection(token)) {
      if (depth + 1 > MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}
