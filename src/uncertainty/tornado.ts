import type { DriverName } from './scenario';

/** One bar of the tornado chart: months to parity with one driver at its P10 and at its P90. */
export interface TornadoBar {
  driver: DriverName;
  /** The driver's P10 and P90 over the accepted draws. */
  low: number;
  high: number;
  /** Months to parity with this driver at `low` / `high` and every other driver at its median; null = never. */
  monthsAtLow: number | null;
  monthsAtHigh: number | null;
  /** |monthsAtHigh − monthsAtLow|; null when exactly one side never reaches parity (the widest bar). */
  swing: number | null;
}

export interface DriverRange {
  p10: number;
  p50: number;
  p90: number;
}

/**
 * One-at-a-time sensitivity: each driver that varies moves from its P10 to its P90 while the others sit
 * at their medians. Bars come widest first; a bar that reaches "never" on one side is widest of all.
 */
export function tornado(
  ranges: ReadonlyMap<DriverName, DriverRange>,
  monthsAt: (values: ReadonlyMap<DriverName, number>) => number | null,
): TornadoBar[] {
  const medians = new Map([...ranges].map(([name, range]) => [name, range.p50]));
  const bars = [...ranges]
    .filter(([, range]) => range.p10 !== range.p90)
    .map(([driver, range]): TornadoBar => {
      const monthsAtLow = monthsAt(new Map(medians).set(driver, range.p10));
      const monthsAtHigh = monthsAt(new Map(medians).set(driver, range.p90));
      const swing =
        monthsAtLow === null || monthsAtHigh === null
          ? monthsAtLow === monthsAtHigh
            ? 0
            : null
          : Math.abs(monthsAtHigh - monthsAtLow);
      return { driver, low: range.p10, high: range.p90, monthsAtLow, monthsAtHigh, swing };
    });
  const width = (bar: TornadoBar) => (bar.swing === null ? Infinity : bar.swing);
  return bars.sort((a, b) => (width(a) === width(b) ? 0 : width(a) < width(b) ? 1 : -1));
}
