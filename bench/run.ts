import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleRss } from './lib/memory';
import { compare, describeMachine, machine, markdownTable, type Entry } from './lib/report';
import type { Baseline, Benchmark } from './lib/types';
import { baselines, benchmarks } from './registry';

// Usage: npm run bench [-- name ...]  (benchmark or baseline names; a benchmark brings its baseline)
const outFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '.out/latest.json');

function select(names: string[]): { refs: Baseline[]; benches: Benchmark[] } | null {
  const all = [...Object.values(baselines).map((b) => b.name), ...benchmarks.map((b) => b.name)];
  const unknown = names.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(', ')}; known: ${all.join(', ')}`);
    return null;
  }
  const benches = names.length === 0 ? benchmarks : benchmarks.filter((b) => names.includes(b.name));
  const refs = Object.values(baselines).filter(
    (b) => names.length === 0 || names.includes(b.name) || benches.some((x) => baselines[x.baseline] === b),
  );
  return { refs, benches };
}

async function measure(
  name: string, baseline: string | null, describe: string, run: () => Promise<Entry['result']>, targets?: Record<string, string>,
): Promise<Entry> {
  process.stdout.write(`${name} ... `);
  const stop = sampleRss();
  const t0 = process.hrtime.bigint();
  const result = await run();
  const memory = stop();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${seconds.toFixed(1)} s${result.notes ? ` (${result.notes})` : ''}`);
  return { name, baseline, describe, result, memory, seconds, ...(targets ? { targets } : {}) };
}

async function main(): Promise<void> {
  const selected = select(process.argv.slice(2).filter((a) => a !== '--'));
  if (!selected) {
    process.exitCode = 2;
    return;
  }
  const { refs, benches } = selected;
  const m = machine();
  console.log(`Machine: ${describeMachine(m)}\n`);
  const entries: Entry[] = [];
  // Baselines first, in the same process and run as the benchmarks they anchor.
  for (const b of refs) entries.push(await measure(b.name, null, b.describe, () => b.run()));
  for (const b of benches) {
    entries.push(await measure(b.name, baselines[b.baseline].name, b.describe, () => b.run(), b.targets));
  }
  const rows = compare(entries);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify({ at: new Date().toISOString(), machine: m, entries, rows }, null, 2)}\n`);
  console.log(`\n${markdownTable(rows)}\n\nRatio = figure ÷ baseline figure. Written to ${path.relative(process.cwd(), outFile)}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
