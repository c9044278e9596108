import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 17 item 10: the first page is the sign-in page; it must load under 150 KB of JavaScript (gzip), and
// the home page must add under 150 KB more once signed in. Weighed from the build (`npm run build` runs
// before the tests in `npm test`): Vite's manifest says which chunks a page loads, the build's .gz copies are
// the bytes a browser receives.

const dist = path.resolve('dist/client');
const budget = 150 * 1024;

type Chunk = { file: string; isEntry?: boolean; imports?: string[] };

function readManifest(): Record<string, Chunk> {
  const file = path.join(dist, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error('dist/client/.vite/manifest.json is missing: run `npm run build` first.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, Chunk>;
}

/** The chunks a module loads before it runs: itself and its static imports, all the way down. */
function closure(manifest: Record<string, Chunk>, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest.`);
    seen.add(key);
    for (const child of chunk.imports ?? []) visit(child);
  };
  keys.forEach(visit);
  return seen;
}

function gzipBytes(manifest: Record<string, Chunk>, keys: Iterable<string>): number {
  let total = 0;
  for (const key of keys) total += fs.statSync(path.join(dist, `${manifest[key]!.file}.gz`)).size;
  return total;
}

/** The JSON of a language's strings that the signed-in layout fetches (lib/i18n.ts). */
function stringsBytes(language: string): number {
  const file = fs.readdirSync(path.join(dist, 'assets')).find((f) => f.startsWith(`${language}-`) && f.endsWith('.json.gz'));
  if (!file) throw new Error(`The build has no ${language} strings.`);
  return fs.statSync(path.join(dist, 'assets', file)).size;
}

describe('the first page\'s JavaScript', () => {
  it('when the sign-in page opens, then its entry and static imports weigh under 150 KB gzip', () => {
    const manifest = readManifest();
    const entry = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry).map(([key]) => key);
    expect(entry).toEqual(['index.html']);
    const signIn = closure(manifest, entry);
    // Code-split at all: pages other than sign-in are not in it.
    expect([...signIn].map((k) => manifest[k]!.file).join(' ')).not.toMatch(/hosts|schedule|settlement|AppLayout/);
    expect(gzipBytes(manifest, signIn)).toBeLessThan(budget);
  });

  it('when the home page opens after signing in, then the layout, the page and the strings add under 150 KB gzip', () => {
    const manifest = readManifest();
    const signIn = closure(manifest, ['index.html']);
    const home = closure(manifest, ['app/layout/AppLayout.tsx', 'app/routes/home.tsx']);
    const added = [...home].filter((key) => !signIn.has(key));
    expect(added.length).toBeGreaterThan(0);
    const heaviestStrings = Math.max(stringsBytes('zh-CN'), stringsBytes('en'));
    expect(gzipBytes(manifest, added) + heaviestStrings).toBeLessThan(budget);
  });
});
