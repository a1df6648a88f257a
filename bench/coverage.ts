/** One range of V8's function coverage (the DevTools protocol's `Profiler.CoverageRange`). */
export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/** One function of a script's coverage: its first range is the function itself. */
export interface FunctionCoverage {
  ranges: readonly CoverageRange[];
}

/**
 * How many characters of a script's source had not run, from `Profiler.takePreciseCoverage`. V8 reports each function
 * with its whole range, and a nested function inside it as another entry, so the ranges are applied outermost first
 * and each inner one overrides what encloses it.
 */
export function charactersNotRun(sourceLength: number, functions: readonly FunctionCoverage[]): number {
  const ran = new Uint8Array(sourceLength).fill(1);
  const ranges = functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const range of ranges) {
    ran.fill(range.count > 0 ? 1 : 0, Math.max(0, range.startOffset), Math.min(sourceLength, range.endOffset));
  }
  return ran.reduce((notRun, value) => notRun + (value === 0 ? 1 : 0), 0);
}
