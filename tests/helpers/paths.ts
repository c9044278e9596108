import path from 'node:path';

export const testTmpDir = path.resolve('.tmp/tests');
export const templateDbPath = path.join(testTmpDir, 'template.db');
