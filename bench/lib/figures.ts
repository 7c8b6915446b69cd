/** The figures every benchmark prints: percentiles of a list of milliseconds, one line per step. */

/** The p-th percentile (nearest rank) of an ascending list. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]

/** "label   p50 …  p95 …  mean …  max …" with the label padded to `width`. */
export function summary(label: string, values: number[], width = 34) {
  const sorted = [...values].sort((a, b) => a - b)
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  const f = (n: number) => n.toFixed(1).padStart(7)
  return `${label.padEnd(width)} p50 ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  mean ${f(mean)}  max ${f(sorted[sorted.length - 1])}`
}
