/**
 * What Outlook's native callbacks hand office.js: a one-dimensional SafeArray (a `VBArray` in script), whose
 * values office.js reads with `toArray()` and whose shape it checks with `dimensions()`.
 */
export interface NativeSafeArray {
  toArray(): unknown[];
  dimensions(): number;
  getItem(index: number): unknown;
  lbound(): number;
  ubound(): number;
}

export function toSafeArray(values: readonly unknown[]): NativeSafeArray {
  const copy = [...values];
  return {
    toArray: () => [...copy],
    dimensions: () => 1,
    getItem: (index) => copy[index],
    lbound: () => 0,
    ubound: () => copy.length - 1,
  };
}
