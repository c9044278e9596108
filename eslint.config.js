import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The boundaries of docs/decisions/0001-architecture.md, enforced rather than hoped for.
const features = fs.existsSync('client/features') ? fs.readdirSync('client/features') : [];

// The server's modules, bottom layer first (README, Architecture). A module imports only modules of lower
// layers, and only through their service (request and response schemas live in server/shared/api): so the graph has no
// cycles, and a change that would close one fails lint. A module that needs one above it goes through
// the Ports of server/deps.ts, wired in server/compose.ts.
const moduleLayers = [
  ['settings', 'periods'],
  ['audit', 'auth', 'hosts', 'rooms', 'brands'],
  ['users', 'accounts', 'compliance', 'contracts', 'costs'],
  ['tokens', 'sessions', 'roster-sheets'],
  ['deals', 'calendars', 'ledger'],
  ['imports', 'settlement', 'reconciliation'],
  ['reports'],
];
const known = moduleLayers.flat();
const onDisk = fs.existsSync('server/modules') ? fs.readdirSync('server/modules') : [];
const unplaced = onDisk.filter((m) => !known.includes(m));
if (unplaced.length) throw new Error(`eslint.config.js: place the module(s) ${unplaced.join(', ')} in moduleLayers`);
const alternation = (names) => names.join('|');
const moduleBoundaries = moduleLayers.flatMap((layer, i) => {
  const below = moduleLayers.slice(0, i).flat();
  const notBelow = known.filter((m) => !below.includes(m));
  return layer.map((module) => ({
    files: [`server/modules/${module}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { regex: `^\\.\\./(${alternation(notBelow.filter((m) => m !== module))})(/|$)`, message: `${module} may import only modules of lower layers (eslint.config.js, moduleLayers): ${below.join(', ') || 'none'}.` },
          ...(below.length ? [{ regex: `^\\.\\./(${alternation(below)})/(?![^/]*\\.service$)`, message: 'Modules meet only through services: import the module\'s *.service, never its repo or statements.' }] : []),
          { group: ['**/server/app', '**/compose', '**/seed/*'], message: 'Modules do not import the composition root or the seed.' },
        ],
      }],
    },
  }));
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'migrations/**', 'data/**', '.tmp/**', 'bench/.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The functional core: pure, synchronous, no framework, database, Node API or clock.
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'express', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', 'pino', 'react', 'react-*'], message: 'The domain imports no framework, database or Node API.' },
          { group: ['../*', '!../domain/*'], message: 'The domain imports only itself.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain has no clock: pass the time in.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain has no clock: pass the time in.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain is deterministic.' },
      ],
      'no-restricted-globals': ['error', 'process', 'fetch', 'setTimeout', 'setInterval'],
    },
  },
  ...moduleBoundaries,
  {
    // The layers below the modules never reach up into them.
    files: ['server/db/**/*.ts', 'server/http/**/*.ts', 'server/importers/**/*.ts', 'server/shared/**/*.ts', 'server/deps.ts', 'server/errors.ts', 'server/env.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**', '**/seed/**', '**/compose'], message: 'db, http, importers and shared sit below the modules: they import none.' }] }],
    },
  },
  {
    // The client never reaches into the server's shell: only the pure domain and shared schemas.
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/modules/*', '**/server/db/*', '**/server/http/*', 'express', 'better-sqlite3', 'drizzle-orm', 'node:*'], message: 'The client may import only server/domain and server/shared.' },
        ],
      }],
    },
  },
  ...features.map((feature) => ({
    // Features never import each other: shared code flows shared -> features -> app.
    files: [`client/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: features.filter((f) => f !== feature).map((f) => `**/features/${f}/**`), message: 'Features do not import each other; move shared code to client/lib or client/components.' },
          { group: ['**/server/modules/*', '**/server/db/*', '**/server/http/*', 'express', 'better-sqlite3', 'drizzle-orm', 'node:*'], message: 'The client may import only server/domain and server/shared.' },
        ],
      }],
    },
  })),
  {
    // Tests may print nothing to stderr on purpose; a console.error in a test is a failure.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'server/index.ts', 'server/seed/**/*.ts', 'server/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
