/**
 * Keeping a rendered report under a size limit by leaving out whole entries (table rows, list
 * items), never cutting one in half.
 *
 * A report is fixed text plus groups of entries; `render(shown)` draws it with the first
 * `shown[i]` entries of group i, one entry per line (or block) joined by a newline, and a note
 * counting what was left out. For the arithmetic below to hold, `render` must:
 * - draw each group's heading whether or not any of its entries are shown, and
 * - write a note that never grows when more entries are shown (fewer left out: no more digits).
 * Then the size of any selection is at most the size with none shown plus, for each entry shown,
 * its size and one newline.
 *
 * Groups may be ranked in tiers: the budget goes to the first tier's groups (shared fairly among
 * them), what is left to the next tier, and so on — so whole tracklists are left out before the
 * changes of an edit, and those before any problem or warning.
 */

export interface FitRequest {
  /** The entries of each group, in the order they appear. */
  groups: readonly (readonly string[])[];
  /** Draws the report with the first `shown[i]` entries of each group. */
  render: (shown: readonly number[]) => string;
  limit: number;
  /** Size as the limit counts it: UTF-8 bytes, UTF-16 code units, … (additive over concatenation). */
  measure: (text: string) => number;
  /** Each group's tier, index for index: lower tiers are served first. Default: one tier. */
  tiers?: readonly number[];
}

const NEWLINE_COST = 1;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Max-min fair shares of the budget: a group that needs less than an equal share gets what it
 * needs, and the others split the rest — so 5,000 problems cannot crowd out every table row.
 */
function fairShares(needs: readonly number[], budget: number): number[] {
  const shares = needs.map(() => 0);
  let remaining = budget;
  let open = needs.map((_, i) => i);
  while (open.length > 0) {
    const equal = remaining / open.length;
    const satisfied = open.filter((i) => (needs[i] ?? 0) <= equal);
    if (satisfied.length === 0) {
      for (const i of open) shares[i] = equal;
      break;
    }
    for (const i of satisfied) {
      shares[i] = needs[i] ?? 0;
      remaining -= needs[i] ?? 0;
    }
    open = open.filter((i) => !satisfied.includes(i));
  }
  return shares;
}

/** How many leading entries fit in `room`, starting after the first `from`. */
function extendPrefix(costs: readonly number[], from: number, room: number): number {
  let count = from;
  let used = 0;
  while (count < costs.length && used + (costs[count] ?? 0) <= room) {
    used += costs[count] ?? 0;
    count += 1;
  }
  return count;
}

/** Entries per group within the budget: fair shares first, then leftovers to groups in order. */
function allocate(costs: readonly (readonly number[])[], budget: number): number[] {
  const shares = fairShares(costs.map(sum), budget);
  const shown = costs.map((c, i) => extendPrefix(c, 0, shares[i] ?? 0));
  let left = budget - sum(costs.map((c, i) => sum(c.slice(0, shown[i]))));
  costs.forEach((c, i) => {
    const before = shown[i] ?? 0;
    const after = extendPrefix(c, before, left);
    left -= sum(c.slice(before, after));
    shown[i] = after;
  });
  return shown;
}

/** Entries per group, tier by tier: each tier shares what the tiers before it left. */
function allocateByTier(
  costs: readonly (readonly number[])[],
  tiers: readonly number[],
  budget: number,
): number[] {
  const shown = costs.map(() => 0);
  let left = budget;
  for (const tier of [...new Set(tiers)].sort((a, b) => a - b)) {
    const members = costs.map((_, i) => i).filter((i) => tiers[i] === tier);
    const taken = allocate(
      members.map((i) => costs[i] ?? []),
      left,
    );
    members.forEach((group, k) => {
      shown[group] = taken[k] ?? 0;
      left -= sum((costs[group] ?? []).slice(0, shown[group]));
    });
  }
  return shown;
}

/** Takes one more entry away from the last group that shows any; false when none do. */
function dropLast(shown: number[]): boolean {
  for (let i = shown.length - 1; i >= 0; i -= 1) {
    if ((shown[i] ?? 0) > 0) {
      shown[i] = (shown[i] ?? 0) - 1;
      return true;
    }
  }
  return false;
}

/**
 * The whole report when it fits; otherwise as many leading entries of each group as fit.
 * Throws a RangeError only when the limit cannot hold even the fixed text (a caller's mistake).
 */
export function fitToLimit({ groups, render, limit, measure, tiers }: FitRequest): string {
  const costs = groups.map((g) => g.map((entry) => measure(entry) + NEWLINE_COST));
  // Every entry is in the full report with its newline, so when they alone exceed the limit,
  // drawing the full report (which may run to many megabytes) is wasted work.
  if (sum(costs.map(sum)) <= limit) {
    const full = render(groups.map((g) => g.length));
    if (measure(full) <= limit) return full;
  }

  const bare = render(groups.map(() => 0));
  const budget = limit - measure(bare);
  if (budget < 0) {
    throw new RangeError(
      `A report limit of ${limit} is too small: its fixed text alone takes ${measure(bare)}.`,
    );
  }
  const shown = allocateByTier(costs, tiers ?? groups.map(() => 0), budget);
  let text = render(shown);
  // Guards the invariant above should `render` ever break it: smaller, never over the limit.
  while (measure(text) > limit && dropLast(shown)) text = render(shown);
  return text;
}
