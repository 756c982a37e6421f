/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The `count` distinct candidates closest to `text` by edit distance; ties keep the candidates' order. */
export function closest(text: string, candidates: readonly string[], count = 3): string[] {
  const best: { candidate: string; distance: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const worst = best.length === count ? best[count - 1].distance : Infinity;
    // The length difference is a lower bound of the distance: skip candidates that cannot enter the list.
    if (Math.abs(candidate.length - text.length) >= worst) continue;
    const distance = editDistance(text, candidate);
    if (distance >= worst) continue;
    const at = best.findIndex((entry) => entry.distance > distance);
    best.splice(at < 0 ? best.length : at, 0, { candidate, distance });
    best.length = Math.min(best.length, count);
  }
  return best.map((entry) => entry.candidate);
}
