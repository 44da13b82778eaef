/** The middle value: median([3, 1, 2]) → 2; NaN for no values. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The 90th percentile by nearest rank: p90 of 1..100 → 90. */
export function p90(values: readonly number[]): number {
  return quantile(values, 0.9);
}

/** The 95th percentile by nearest rank: p95 of 1..100 → 95. */
export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

/** Nearest-rank quantile (no interpolation, so every reported value was measured): quantile([1, 2, 3, 4], 0.5) → 2. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
