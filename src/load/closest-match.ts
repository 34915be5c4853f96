// "Did you mean" suggestions: the candidate nearest to what was written, by optimal string
// alignment distance (Damerau-Levenshtein where a transposition counts as one edit: `owmer`,
// `onwer` → `owner`).

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: the transposition looks two rows back.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2] + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

/**
 * The candidate closest to `value` (case-insensitive), when it is close enough to be a likely
 * slip: at most `maxDistance` edits (default: 1 for short words, 2 from five letters) and
 * unambiguous (a tie between two candidates suggests neither).
 */
export function closestMatch(value: string, candidates: Iterable<string>, maxDistance?: number): string | undefined {
  const wanted = value.toLowerCase();
  const limit = maxDistance ?? (wanted.length <= 4 ? 1 : 2);
  let best: string | undefined;
  let bestDistance = Infinity;
  let isTied = false;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      isTied = false;
    } else if (distance === bestDistance && candidate !== best) {
      isTied = true;
    }
  }
  if (best === undefined || bestDistance > limit || isTied) return undefined;
  return best;
}
