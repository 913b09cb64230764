/**
 * The known name a mistyped or borrowed key most likely meant, if any: first the names other
 * tools use for the same thing (`description` → `desc`), then the closest spelling.
 */
export function suggestName(
  unknown: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>>,
): string | undefined {
  const lower = unknown.toLowerCase().replaceAll(/[\s-]+/g, "_");
  const alias = Object.hasOwn(aliases, lower) ? aliases[lower] : undefined;
  if (alias !== undefined) return alias;
  const budget = Math.min(2, Math.max(1, Math.floor(lower.length / 3)));
  let best: string | undefined;
  let bestDistance = budget + 1;
  for (const name of known) {
    // Each edit changes the length by at most one: most names are out of reach at a glance.
    if (Math.abs(name.length - lower.length) >= bestDistance) continue;
    const distance = editDistance(lower, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: Levenshtein plus transposition of neighbours (`tilte`). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const prev = rows[i - 1] as number[];
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}
