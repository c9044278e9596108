/** The two references every benchmark is compared with, measured in the same run. */
export type BaselineName = 'express' | 'sqlite';

/** One figure a benchmark reports. */
export interface Metric {
  /** Stable name; a benchmark's metric is compared with the baseline's metric of the same key (or `vs`). */
  key: string;
  value: number;
  unit: string;
  better: 'lower' | 'higher';
  /** The baseline metric to compare with, when its key differs. */
  vs?: string;
  /** Kept in the JSON only, left out of the printed table. */
  detail?: boolean;
}

export interface Result {
  metrics: Metric[];
  /** What was measured, e.g. "3000 ms, 9876 requests". */
  notes?: string;
}

export interface Baseline {
  name: string;
  describe: string;
  run(): Promise<Result>;
}

/** A benchmark: one file in bench/benchmarks/, one line in bench/registry.ts. */
export interface Benchmark {
  name: string;
  baseline: BaselineName;
  describe: string;
  /** Targets an issue states, by metric key, e.g. { p99: '< 5 ms' }. */
  targets?: Record<string, string>;
  run(): Promise<Result>;
}
