import os from 'node:os';
import type { MemoryPeak } from './memory';
import type { Metric, Result } from './types';

/** One measured thing of a run, as written to bench/.out/latest.json. */
export interface Entry {
  name: string;
  /** The baseline's name, or null for a baseline itself. */
  baseline: string | null;
  describe: string;
  result: Result;
  memory: MemoryPeak;
  seconds: number;
  targets?: Record<string, string>;
}

export interface Row {
  name: string;
  metric: string;
  unit: string;
  value: number;
  baseline: string | null;
  baselineValue: number | null;
  /** Benchmark figure divided by the baseline's figure. */
  ratio: number | null;
  target: string;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

export function describeMachine(m = machine()): string {
  return `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}`;
}

function withMemory(entry: Entry): Metric[] {
  return [...entry.result.metrics, { key: 'peak RSS', value: entry.memory.peakRssMb, unit: 'MB', better: 'lower' }];
}

/** Each metric of each entry next to the same metric of its baseline from the same run. */
export function compare(entries: Entry[]): Row[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  return entries.flatMap((entry) => {
    const reference = entry.baseline ? byName.get(entry.baseline) : undefined;
    const referenceMetrics = reference ? withMemory(reference) : [];
    return withMemory(entry).filter((m) => !m.detail).map((m): Row => {
      const base = referenceMetrics.find((b) => b.key === (m.vs ?? m.key));
      return {
        name: entry.name, metric: m.key, unit: m.unit, value: m.value,
        baseline: entry.baseline, baselineValue: base?.value ?? null,
        ratio: base && base.value !== 0 ? m.value / base.value : null,
        target: entry.targets?.[m.key] ?? '—',
      };
    });
  });
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
  if (unit === 'µs') return `${value.toFixed(2)} µs`;
  if (unit === 'MB') return `${value.toFixed(0)} MB`;
  if (unit === '×') return `×${value.toFixed(2)}`;
  return `${Math.round(value).toLocaleString('en')} ${unit}`;
}

/** A Markdown table, padded so it also reads well in a terminal; paste it into BENCHMARKS.md. */
export function markdownTable(rows: Row[]): string {
  const header = ['Benchmark', 'Metric', 'Figure', 'Baseline', 'Baseline figure', 'Ratio', 'Target'];
  const cells = rows.map((r) => [
    r.name, r.metric, formatValue(r.value, r.unit), r.baseline ?? '—',
    r.baselineValue === null ? '—' : formatValue(r.baselineValue, r.unit),
    r.ratio === null ? '—' : `×${r.ratio.toFixed(2)}`, r.target,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const numeric = new Set([2, 4, 5]);
  const line = (c: string[]) => `| ${c.map((s, i) => (numeric.has(i) ? s.padStart(widths[i]!) : s.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...cells.map(line)].join('\n');
}
