// Artist and title out of the one string many exports give: `Artist - Title`, with a hyphen, an
// en dash or an em dash between spaces (a hyphen inside a name, as in `Jay-Z`, has none).

const SEPARATOR = /\s+[-–—]\s+/;

/** Splits at the first spaced dash; undefined when there is none or either side is empty. */
export function splitArtistTitle(text: string): { artist: string; song: string } | undefined {
  const match = SEPARATOR.exec(text);
  if (!match) return undefined;
  const artist = text.slice(0, match.index).trim();
  const song = text.slice(match.index + match[0].length).trim();
  return artist && song ? { artist, song } : undefined;
}

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
