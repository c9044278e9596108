import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiOrigin = 'http://localhost:3000';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every built script, style sheet, SVG and JSON (the strings), compressed once at
 * the best level, so the server sends them as they are (server/http/client-assets.ts).
 */
function precompress(): Plugin {
  return {
    name: 'mcn-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? '';
      const files = Object.values(bundle).filter((file) => /\.(js|css|svg|json)$/.test(file.fileName));
      await Promise.all(files.map(async (file) => {
        const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        const target = path.join(dir, file.fileName);
        await Promise.all([
          brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
            .then((out) => writeFile(`${target}.br`, out)),
          gzip(bytes, { level: 9 }).then((out) => writeFile(`${target}.gz`, out)),
        ]);
      }));
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react(), tailwindcss(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page loads (tests/unit/bundle-budget.test.ts weighs the first page).
    manifest: true,
    rolldownOptions: {
      // The precompress plugin spends most of the build on brotli's best level, on purpose: no warning for it.
      checks: { bundlerTimings: false },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys. Only the libraries
        // every page uses are grouped; the others (zod, charts, pickers) go with the pages that load them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](@tanstack|i18next|react-i18next|clsx)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': {
        target: apiOrigin,
        changeOrigin: true,
        // The API refuses cookie-authenticated writes whose Origin is not its own (CSRF rule, SPEC 10).
        // In development the page is served by Vite on another port, so the proxy speaks for it.
        configure: (proxy) => {
          proxy.on('proxyReq', (proxyReq) => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', apiOrigin);
          });
        },
      },
    },
  },
});
