/** Small helpers shared by the benchmarks: medians, quartiles and a printed table. */
/** The value below which a fraction q of the values lie, interpolated between the two nearest (q from 0 to 1). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)];
  const above = sorted[Math.ceil(at)];
  return below + (above - below) * (at - Math.floor(at));
}

/** The middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export interface BenchRow {
  benchmark: string;
  variant: string;
  figure: string;
  /** Against the baseline measured in the same run (1.00 for the baseline itself). */
  ratio: string;
}

export function printTable(rows: readonly BenchRow[]): void {
  const headers: Array<keyof BenchRow> = ["benchmark", "variant", "figure", "ratio"];
  const widths = headers.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ");
  console.log(line(headers));
  console.log(widths.map((width) => "-".repeat(width)).join("-|-"));
  for (const row of rows) console.log(line(headers.map((key) => row[key])));
}
