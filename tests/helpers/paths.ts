import path from 'node:path';

export const testTmpDir = path.resolve('.tmp/tests');

/**
 * The migrated template every test database is copied from: one per vitest run (named by the run's process,
 * which global setup passes to the workers), so two runs side by side never rebuild each other's template.
 */
export function templateDbPath(): string {
  return process.env.MCN_TEST_TEMPLATE_DB ?? path.join(testTmpDir, `template-${process.pid}.db`);
}
