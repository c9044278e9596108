import type { Metric } from './types';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** Collects durations from process.hrtime.bigint() and summarises them in milliseconds. */
export class LatencyRecorder {
  private readonly samples: number[] = [];

  /** Starts a timer; calling the returned function records the elapsed time. */
  start(): () => void {
    const t0 = process.hrtime.bigint();
    return () => this.recordNs(process.hrtime.bigint() - t0);
  }

  recordNs(ns: bigint): void {
    this.samples.push(Number(ns) / 1e6);
  }

  summary(): LatencySummary {
    const sorted = Float64Array.from(this.samples).sort();
    // Nearest-rank percentile: the smallest sample with at least p% of samples at or below it.
    const at = (p: number) => (sorted.length === 0 ? NaN : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!);
    return { count: sorted.length, p50: at(50), p90: at(90), p99: at(99), max: at(100) };
  }
}

export function latencyMetrics(s: LatencySummary): Metric[] {
  return (['p50', 'p90', 'p99', 'max'] as const).map((key) => ({
    key, value: s[key], unit: 'ms', better: 'lower' as const, detail: key === 'p90' || key === 'max',
  }));
}
