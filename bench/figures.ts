/** Summary figures in the one format every benchmark prints, so runs can be compared. */
export function percentile(sortedValues: number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)]!;
}

export function printFigure(name: string, samples: number[], unit = 'ms'): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const format = (value: number) => value.toFixed(3);
  console.log(
    `${name}: median ${format(percentile(sorted, 0.5))} ${unit}, p95 ${format(percentile(sorted, 0.95))} ${unit}`,
  );
}

/** Times one call in milliseconds. */
export function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}
