import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The module graph the README draws is the one the code has: every arrow an import of another module's
// service (or shared schemas), none missing, none extra, and no cycle. `settings` is left out of the
// drawing (every module reads it), so it is left out here too.

const modulesDir = 'server/modules';
const modules = fs.readdirSync(modulesDir).filter((m) => fs.statSync(path.join(modulesDir, m)).isDirectory());

function codeEdges(): Set<string> {
  const edges = new Set<string>();
  for (const module of modules) {
    for (const file of fs.readdirSync(path.join(modulesDir, module)).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(modulesDir, module, file), 'utf8');
      for (const [, target] of source.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
        if (target !== module && target !== 'settings' && modules.includes(target!)) edges.add(`${module} -> ${target}`);
      }
    }
  }
  return edges;
}

function readmeEdges(): Set<string> {
  const readme = fs.readFileSync('README.md', 'utf8');
  const mermaid = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const edges = new Set<string>();
  for (const [, from, targets] of mermaid.matchAll(/^\s*([a-z-]+) --> (.+)$/gm)) {
    for (const to of targets!.split('&').map((t) => t.trim())) edges.add(`${from} -> ${to}`);
  }
  return edges;
}

function hasCycle(edges: Set<string>): boolean {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const [from, to] = e.split(' -> ') as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const visit = (m: string): boolean => {
    if (state.get(m) === 'open') return true;
    if (state.get(m) === 'done') return false;
    state.set(m, 'open');
    const found = (next.get(m) ?? []).some(visit);
    state.set(m, 'done');
    return found;
  };
  return [...next.keys()].some(visit);
}

describe('the module graph', () => {
  it('when the README draws the modules, then its arrows are exactly the imports between modules', () => {
    expect([...readmeEdges()].sort()).toEqual([...codeEdges()].sort());
  });

  it('when the imports between modules are followed, then they never come back to where they started', () => {
    expect(hasCycle(codeEdges())).toBe(false);
    // The check itself finds a loop where there is one.
    expect(hasCycle(new Set(['a -> b', 'b -> c', 'c -> a']))).toBe(true);
  });
});
