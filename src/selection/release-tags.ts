// Which release came before this one: by version order when the tags are versions, else by
// creation time. Pure functions over tag names and dates; src/changes.ts gathers the candidates.

/** A release or tag that may have come before the current one. */
export interface TagCandidate {
  name: string;
  /** Milliseconds since the epoch; undefined when unknown. */
  createdAt: number | undefined;
}

/** A tag name that can go into a refspec as it is (git forbids these characters in refs anyway). */
export function isPlainTagName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name !== "" && !name.startsWith("-") && !/[\u0000-\u0020\u007f:*?[\\^~]|\.\./.test(name);
}

export function parseDate(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The tag released before `current`. When the tags are versions (`v1.2.3`, `2.0`, with the same
 * prefix), the highest lower version; otherwise the newest tag created before `current`.
 */
export function previousTag(
  current: string,
  currentCreatedAt: number | undefined,
  candidates: readonly TagCandidate[],
): string | undefined {
  const others = candidates.filter((c) => c.name !== current);
  const version = parseVersion(current);
  if (version !== undefined) {
    const comparable = others
      .map((c) => ({ name: c.name, version: parseVersion(c.name) }))
      .filter((c) => c.version !== undefined && c.version.prefix === version.prefix);
    if (comparable.length > 0) {
      let best: { name: string; version: Version } | undefined;
      for (const c of comparable) {
        if (c.version === undefined || compareVersions(c.version, version) >= 0) continue;
        if (best === undefined || compareVersions(c.version, best.version) > 0) {
          best = { name: c.name, version: c.version };
        }
      }
      return best?.name;
    }
  }
  const earlier = others.filter(
    (c) =>
      c.createdAt !== undefined &&
      (currentCreatedAt === undefined || c.createdAt < currentCreatedAt),
  );
  earlier.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.name.localeCompare(a.name));
  return earlier[0]?.name;
}

export interface Version {
  prefix: string;
  numbers: number[];
  /** Pre-release identifiers (`-rc.1`); a version with them comes before the one without. */
  pre: string[];
}

export function parseVersion(tag: string): Version | undefined {
  const match = /^([^\d]*?)(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(tag);
  if (!match) return undefined;
  return {
    prefix: match[1] ?? "",
    numbers: (match[2] ?? "").split(".").map(Number),
    pre: match[3] ? match[3].split(".") : [],
  };
}

export function compareVersions(a: Version, b: Version): number {
  const length = Math.max(a.numbers.length, b.numbers.length);
  for (let i = 0; i < length; i++) {
    const d = (a.numbers[i] ?? 0) - (b.numbers[i] ?? 0);
    if (d !== 0) return d;
  }
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  const n = Math.max(a.pre.length, b.pre.length);
  for (let i = 0; i < n; i++) {
    const x = a.pre[i];
    const y = b.pre[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}
