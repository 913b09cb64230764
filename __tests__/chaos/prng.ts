// A small seeded PRNG (mulberry32) for the chaos tests: the same seed gives the same stream of
// fault decisions. What a seed fixes in a soak is the fault schedule — which fault each
// connection gets, in the order the proxy accepts them, and where each cuts — not which request
// opens which connection: two uploads at once, retries after timeouts and kept-alive connections
// make that a matter of timing. Running a failed soak again with its seed meets the same faults
// in the same order, which reproduces many failures but not every one.

/** A generator of floats in [0, 1), like Math.random, but reproducible from its seed. */
export type Random = () => number;

/** mulberry32: 32 bits of state, good enough spread for picking faults, and tiny. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number in [min, max], both included. */
export function integerBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One of the keys of `weights`, each chosen in proportion to its (non-negative) weight. */
export function pickWeighted<K extends string>(
  random: Random,
  weights: ReadonlyArray<readonly [K, number]>,
): K {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  if (!(total > 0)) throw new RangeError("pickWeighted: the weights must add up to more than 0");
  let point = random() * total;
  for (const [key, weight] of weights) {
    if (point < weight) return key;
    point -= weight;
  }
  // Rounding can leave `point` a hair above the last bound: the last positive weight takes it.
  return [...weights].reverse().find(([, weight]) => weight > 0)?.[0] as K;
}

/**
 * The seed of item number `index` of a stream seeded `seed` (a soak's runs, a proxy's
 * connections): each gets its own stream, so one can be run again alone
 * (`SOAK_SEED=… SOAK_FIRST=index SOAK_RUNS=1`).
 */
export function deriveSeed(seed: number, index: number): number {
  return (mulberry32((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0)() * 4_294_967_296) >>> 0;
}
