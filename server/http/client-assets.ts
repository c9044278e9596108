import fs from 'node:fs';
import path from 'node:path';
import type express from 'express';

/** A file name Vite gives a built asset: `<name>-<8 character hash>.<ext>`; such a file never changes. */
const hashedAsset = /^[\w.-]+-[\w-]{8}\.[a-z0-9]+$/i;
const safeName = /^[\w.-]+$/;

/** The pre-compressed copies the build writes beside each asset (vite.config.ts), best first. */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const immutable = 'public, max-age=31536000, immutable';

function exists(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * `/assets/*`: the built files, sent brotli or gzip compressed when the browser accepts it and the build wrote the
 * copy (Vary: Accept-Encoding), with the original's Content-Type; hashed names are cached for a year. A missing
 * asset is a 404, never the app shell (a browser would try to run HTML as a script).
 */
function assets(dir: string): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!safeName.test(name) || name.startsWith('.')) return void res.status(404).type('text').send('Not found');
    const file = path.join(dir, name);
    if (!exists(file)) return void res.status(404).type('text').send('Not found');

    const available = encodings.filter((e) => exists(file + e.suffix));
    // Ours first among what the browser accepts at all (browsers list gzip before br, with equal weight).
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (available.length) res.vary('Accept-Encoding');
    if (encoding) res.set('Content-Encoding', encoding.name);
    res.type(path.extname(name));
    res.sendFile(encoding ? file + encoding.suffix : file, {
      cacheControl: false,
      dotfiles: 'allow', // the name is checked above; the install directory may have a dot in its path
      acceptRanges: !encoding,
      headers: { 'Cache-Control': hashedAsset.test(name) ? immutable : 'no-cache' },
    }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

/** The built client: assets, then the app shell (index.html, never cached) for every other GET that is not the API. */
export function serveClient(app: express.Express, dist: string): void {
  const index = path.resolve(dist, 'index.html');
  app.use('/assets', assets(path.resolve(dist, 'assets')));
  // Client-side routing: every other GET that is not the API gets the app shell (the build puts nothing else in dist).
  app.get('/{*splat}', (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index, { cacheControl: false, dotfiles: 'allow', headers: { 'Cache-Control': 'no-cache' } });
    else res.status(503).type('text').send('The client is not built: run `npm run build`.');
  });
}
