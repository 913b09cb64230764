import { editDistance } from "../suggest.js";

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
