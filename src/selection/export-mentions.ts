// Which cloudcast files could name a changed tracklist export in their `tracklist:` — found by a
// search of their bytes before any of them is parsed, so that a push touching a README.txt parses
// nothing of a catalogue of thousands. The search may say yes for a file that does not name the
// export (it is in a comment or a description: the parse then decides); it never says no for one
// that does.
import { posix } from "node:path";

/** Tests a file's bytes: might its `tracklist:` name one of the exports? */
export type ExportMentions = (bytes: Uint8Array) => boolean;

const BACKSLASH = 0x5c;

/**
 * The part of an export's name that a cloudcast file naming it must hold byte for byte.
 * `tracklist:` is relative to the cloudcast file, and normalising a path drops `.`, `..` and
 * repeated slashes but never changes a segment's text, so the export's last segment is in the
 * value. YAML writes a value's characters as they are, except: whitespace may be a folded line
 * break and the next line's indentation (a long plain or quoted scalar, a `>` block), a `'` is
 * doubled in a single-quoted scalar, and a double-quoted scalar may escape any character
 * (`\x2E`, a `\` at a line's end). So the name's last run free of whitespace and quotes is there
 * verbatim unless the file holds a backslash — and such a file is always parsed. An export
 * taken for a tracklist ends with its extension, so its tail is at least `.cue`.
 */
export function literalTail(exportPath: string): string {
  const runs = posix.basename(exportPath).split(/[\s\u0085'"]+/);
  return runs[runs.length - 1] ?? "";
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** A whole tail ends here (read backwards: it starts here). */
  tail: boolean;
}

/**
 * The test for a set of exports. Each tail ends with its export's extension (`.cue`, as written
 * in the path), so the extensions are found with `indexOf` and only there is the text read
 * backwards along a trie of the reversed tails: one pass over a file per distinct extension, plus
 * at most the longest tail's length per hit — linear in the file, however many exports a push
 * touches.
 */
export function exportMentions(exportPaths: Iterable<string>): ExportMentions {
  const encoder = new TextEncoder();
  const root: TrieNode = { next: new Map(), tail: false };
  const anchors = new Map<string, Uint8Array>();
  for (const path of exportPaths) {
    const tail = literalTail(path);
    // A name with nothing literal to look for could be named by any file.
    if (tail === "") return () => true;
    addReversed(root, encoder.encode(tail));
    const anchor = posix.extname(tail) || tail;
    anchors.set(anchor, encoder.encode(anchor));
  }
  return (bytes) => {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(BACKSLASH)) return true;
    for (const anchor of anchors.values()) {
      for (let at = buffer.indexOf(anchor); at !== -1; at = buffer.indexOf(anchor, at + 1)) {
        if (endsWithTail(root, buffer, at + anchor.length)) return true;
      }
    }
    return false;
  };
}

function addReversed(root: TrieNode, tail: Uint8Array): void {
  let node = root;
  for (let i = tail.length - 1; i >= 0; i--) {
    const byte = tail[i] as number;
    let child = node.next.get(byte);
    if (child === undefined) {
      child = { next: new Map(), tail: false };
      node.next.set(byte, child);
    }
    node = child;
  }
  node.tail = true;
}

/** Whether some tail ends just before `end` in `bytes`. */
function endsWithTail(root: TrieNode, bytes: Uint8Array, end: number): boolean {
  let node: TrieNode | undefined = root;
  for (let i = end - 1; i >= 0; i--) {
    node = node.next.get(bytes[i] as number);
    if (node === undefined) return false;
    if (node.tail) return true;
  }
  return false;
}
