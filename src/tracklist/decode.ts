// Bytes of a tracklist file to text. DJ programs write UTF-8 (with or without a BOM), UTF-16 with
// a BOM (rekordbox), and old CUE sheets are Windows-1252. Windows-1252 is decoded with a table of
// our own: Node 20's TextDecoder("windows-1252") maps 0x80–0x9F to C1 control characters
// (Latin-1), so `’` (0x92) and `–` (0x96) would come out as mojibake on the CLI's Node.

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type Decoded =
  | { text: string; encoding: TextEncoding; binary?: undefined }
  | { text?: undefined; encoding?: undefined; binary: { offset: number; byte: number } };

/** Windows-1252 0x80–0x9F; the five bytes it leaves undefined map to the C1 controls of the same value. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes a tracklist file. A BOM decides the encoding; without one, text that is valid UTF-8 is
 * UTF-8 and anything else is Windows-1252 (every byte decodes, so this never fails). Bytes that
 * no text file holds (NUL, most C0 controls, the 0x81/0x8D/0x8F/0x90/0x9D holes of Windows-1252)
 * mean a binary file: `binary` gives the first such byte.
 */
export function decodeTracklist(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, "utf-16be");
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  let text: string;
  let encoding: TextEncoding = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    text = decodeWindows1252(body);
    encoding = "windows-1252";
  }
  const binary = NOT_TEXT[encoding === "utf-8" ? "unicode" : "windows1252"].exec(text);
  if (!binary) return { text, encoding };
  // The offset of that character in the file's bytes: Windows-1252 has one byte a character.
  const before =
    encoding === "utf-8" ? Buffer.byteLength(text.slice(0, binary.index)) : binary.index;
  return { binary: { offset: bom + before, byte: body[before] ?? 0 } };
}

/**
 * Characters no text file holds: NUL and C0 controls other than tab, LF, form feed, CR and SUB
 * (an old DOS end-of-file mark); in Windows-1252 also the five bytes it leaves undefined.
 */
const NOT_TEXT = {
  // eslint-disable-next-line no-control-regex
  unicode: /[\x00-\x08\x0B\x0E-\x19\x1B-\x1F]/,
  // eslint-disable-next-line no-control-regex
  windows1252: /[\x00-\x08\x0B\x0E-\x19\x1B-\x1F\x81\x8D\x8F\x90\x9D]/,
};

/** Windows-1252 by table: 0x00–0x7F and 0xA0–0xFF are the code points of the same value. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join("");
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): Decoded {
  // A lone surrogate becomes U+FFFD rather than failing: a damaged character should not hide the
  // rest of the file, and the replacement is visible in the title it lands in.
  const text = new TextDecoder(encoding).decode(bytes.subarray(2));
  const binary = NOT_TEXT.unicode.exec(text);
  if (!binary) return { text, encoding };
  return { binary: { offset: 2 + binary.index * 2, byte: text.charCodeAt(binary.index) } };
}
