// When two tracks are "by the same artist" or "from the same album" for Mixcloud's licensing
// rules. Names are compared as a person reading a tracklist would: ignoring case, accents and
// spaces, and counting `A feat. B` as A's track. Everything else stays as written: a name with
// `&`, `and`, `x`, `vs` or a comma is one act (Simon & Garfunkel, Chase & Status, Crosby, Stills
// & Nash), and splitting it would count tracks against artists that did not make them.

/**
 * Where a featured artist starts: `feat.`, `feat`, `ft.`, `ft` or `featuring` as a word of its
 * own, after a space or opening a bracket (`A feat. B`, `A (ft. B)`, `A [featuring B]`). Matched
 * on text whose white space is collapsed, so no pattern here can backtrack over a long run of it.
 */
const FEATURING = /[ ([] ?(?:featuring|feat|ft)(?=[. ]|$)/iu;

/** Every spelling FEATURING looks for contains one of these. */
const MAY_FEATURE = /f(?:ea)?t/i;

/** Left at the end of the main artist once the featured part is cut: `A, feat. B`, `A (ft. B)`. */
const TRAILING = new Set([" ", ",", ";", "(", "["]);

/** The main artist as written: `Moodymann feat. Andrés` → `Moodymann`. */
export function primaryArtist(artist: string): string {
  const text = collapseSpaces(artist);
  // Most names hold no `ft` or `feat` at all: they skip the word-boundary search.
  if (!MAY_FEATURE.test(text)) return text;
  // From the second character: a name that starts with "Feat" is someone's name.
  const at = text.slice(1).search(FEATURING);
  if (at < 0) return text;
  let end = at + 1;
  while (end > 0 && TRAILING.has(text[end - 1] ?? "")) end -= 1;
  return end === 0 ? text : text.slice(0, end);
}

/**
 * The form two names are compared in: Unicode compatibility decomposition (NFKD, so `ﬁ` is `fi`
 * and full-width letters are plain), combining marks removed (`é` is `e`), lower case, and no
 * white space at all (`Daft Punk`, `daft  punk` and `DaftPunk` are one name).
 */
export function comparableName(name: string): string {
  // Plain ASCII has nothing to decompose: most names skip the Unicode work.
  const decomposed = PLAIN_ASCII.test(name) ? name : name.normalize("NFKD").replace(/\p{M}/gu, "");
  return withoutSpaces(decomposed.toLowerCase());
}

/** White space other than a plain space, or two spaces in a row: what the regex work is for. */
const UNUSUAL_SPACE = /[^\S ]| {2}/u;

// Nearly every name is words and single spaces: those take the string methods, not a regex.
function collapseSpaces(text: string): string {
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text).trim();
}

function withoutSpaces(text: string): string {
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/gu, " ") : text).replaceAll(" ", "");
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * The key under which a track counts against its artist. Remembered: a repository's shows play
 * the same artists again and again, and validating hundreds of files asks for each many times.
 */
export function artistKey(artist: string): string {
  let key = knownKeys.get(artist);
  if (key === undefined) {
    key = comparableName(primaryArtist(artist));
    if (knownKeys.size >= MAX_KNOWN_KEYS) knownKeys.clear();
    knownKeys.set(artist, key);
  }
  return key;
}

/** Enough for every artist of a large catalogue; a hostile file cannot make it grow past this. */
const MAX_KNOWN_KEYS = 50_000;
const knownKeys = new Map<string, string>();
