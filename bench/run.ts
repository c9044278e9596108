import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampleRss } from './lib/memory';
import { compare, describeMachine, machine, markdownTable, type Entry } from './lib/report';
import type { Baseline, Benchmark } from './lib/types';
import { baselines, benchmarks } from './registry';

// Usage: npm run bench [-- name ...]  (benchmark or baseline names; a benchmark brings its baseline)
const thisFile = fileURLToPath(import.meta.url);
const outFile = path.resolve(path.dirname(thisFile), '.out/latest.json');
const childFlag = '--measure-one';

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
  const stop = sampleRss();
  const t0 = process.hrtime.bigint();
  const result = await run();
  const memory = stop();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { name, baseline, describe, result, memory, seconds, ...(targets ? { targets } : {}) };
}

/** In a child process: measures the one baseline or benchmark named, and sends its entry to the parent. */
async function measureOne(name: string): Promise<void> {
  const ref = Object.values(baselines).find((b) => b.name === name);
  const bench = benchmarks.find((b) => b.name === name);
  const entry = ref
    ? await measure(ref.name, null, ref.describe, () => ref.run())
    : bench
      ? await measure(bench.name, baselines[bench.baseline].name, bench.describe, () => bench.run(), bench.targets)
      : null;
  if (!entry) throw new Error(`Unknown benchmark ${name}`);
  await new Promise<void>((resolve, reject) => process.send!(entry, (err: Error | null) => (err ? reject(err) : resolve())));
}

/**
 * Each baseline and benchmark runs in a fresh Node process of its own (same flags and loader as this
 * one), so none inherits another's heap, JIT or allocation-site state. Measured: after the bare
 * Express baseline had run in the same process, the booking benchmark's young-generation collections
 * promoted about 1.7 MB each and took 2.5 ms, against 0.15 MB and 0.9 ms in a fresh process.
 */
function inChild(name: string): Promise<Entry> {
  process.stdout.write(`${name} ... `);
  return new Promise((resolve, reject) => {
    const child = fork(thisFile, [childFlag, name], { execArgv: process.execArgv });
    let entry: Entry | undefined;
    child.on('message', (message) => { entry = message as Entry; });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!entry) return reject(new Error(`${name} exited with ${code} before reporting`));
      console.log(`${entry.seconds.toFixed(1)} s${entry.result.notes ? ` (${entry.result.notes})` : ''}`);
      resolve(entry);
    });
  });
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
  // Baselines first, in the same run as the benchmarks they anchor.
  for (const b of [...refs, ...benches]) entries.push(await inChild(b.name));
  const rows = compare(entries);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify({ at: new Date().toISOString(), machine: m, entries, rows }, null, 2)}\n`);
  console.log(`\n${markdownTable(rows)}\n\nRatio = figure ÷ baseline figure. Written to ${path.relative(process.cwd(), outFile)}`);
}

const oneIndex = process.argv.indexOf(childFlag);
(oneIndex >= 0 ? measureOne(process.argv[oneIndex + 1] ?? '') : main()).catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
