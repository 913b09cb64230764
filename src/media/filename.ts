import type { HttpResponse } from "./http.js";
import { headerValue } from "./http.js";
import type { MediaKind, SniffedType } from "./types.js";

// The file name a URL's medium is uploaded under: Mixcloud sees it, so it should be what the
// server calls the file, and safe to use as a name in a temporary folder.

const EXTENSIONS: Record<string, string> = { jpeg: "jpg" };

/** From Content-Disposition, else the last segment of the final or original URL, else `audio.mp3`-like. */
export function urlFilename(
  kind: MediaKind,
  urls: URL[],
  response: HttpResponse | undefined,
  type: SniffedType | undefined,
): string {
  const disposition =
    response && dispositionFilename(headerValue(response.headers, "content-disposition"));
  const fromUrl = urls.map(lastSegment).find((name) => name !== "");
  const name = safeFilename(disposition ?? fromUrl ?? "") || kind;
  if (type === undefined || name.includes(".")) return name;
  return `${name}.${EXTENSIONS[type.type] ?? type.type}`;
}

/**
 * The name for content found to be of another type than first thought: an extension that
 * urlFilename added for the first type (the name had none of its own) follows the content.
 */
export function retypedFilename(name: string, from: string, to: string): string {
  const added = `.${EXTENSIONS[from] ?? from}`;
  const stem = name.slice(0, -added.length);
  if (!name.endsWith(added) || stem === "" || stem.includes(".")) return name;
  return `${stem}.${EXTENSIONS[to] ?? to}`;
}

function dispositionFilename(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(value)?.[1];
  if (extended !== undefined) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(value);
  return (plain?.[1] ?? plain?.[2])?.trim();
}

function lastSegment(url: URL): string {
  const segment = url.pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A name without folders, control characters or a leading dot, at most 200 characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  return base
    .split("")
    .filter((c) => !isControl(c.charCodeAt(0)))
    .join("")
    .replace(/^\.+/, "")
    .slice(0, 200)
    .trim();
}

function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}
