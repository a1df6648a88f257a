import { median, quantile } from "../../../bench/stats";

describe("benchmark statistics", () => {
  it("takes the middle value, or the mean of the two middle ones, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("gives quartiles interpolated between the nearest values", () => {
    const values = [5, 1, 4, 2, 3];
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 0.25)).toBe(2);
    expect(quantile(values, 0.5)).toBe(median(values));
    expect(quantile(values, 1)).toBe(5);
    expect(quantile([1, 2], 0.25)).toBeCloseTo(1.25);
  });
});
