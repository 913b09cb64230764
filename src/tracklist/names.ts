// Artist and title out of the one string many exports give: `Artist - Title`, with a hyphen, an
// en dash or an em dash between spaces (a hyphen inside a name, as in `Jay-Z`, has none).

/**
 * Splits at the first spaced dash; undefined when there is none or either side is empty. Scanned
 * by hand rather than with `/\s+[-–—]\s+/`: that pattern retries its `\s+` from every space of a
 * long run, which is quadratic in the run (a hostile line of spaces took seconds).
 */
export function splitArtistTitle(text: string): { artist: string; song: string } | undefined {
  const dash = spacedDash(text);
  if (dash < 0) return undefined;
  const artist = text.slice(0, dash).trim();
  const song = text.slice(dash + 1).trim();
  return artist && song ? { artist, song } : undefined;
}

/** The first hyphen, en or em dash with white space on both sides; -1 when there is none. */
function spacedDash(text: string): number {
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (
      (c === 0x2d || c === 0x2013 || c === 0x2014) &&
      isSpace(text, i - 1) &&
      isSpace(text, i + 1)
    )
      return i;
  }
  return -1;
}

/** White space as `\s` has it, for one character. */
export function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c > 0x7f && SPACE.test(text.charAt(at));
}

const SPACE = /^\s$/;

/** `Title (Remix)` unless the title already names the remix (VirtualDJ writes it both ways). */
export function withRemix(song: string, remix: string | undefined): string {
  const r = remix?.trim();
  if (!r || song.toLowerCase().includes(r.toLowerCase())) return song;
  return `${song} (${r})`;
}

/** The five predefined XML entities and numeric references, for text read outside an XML parser. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (whole, hex, dec, name) => {
      if (name) return NAMED[name as keyof typeof NAMED];
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as const;
