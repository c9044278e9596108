import type { Server } from 'node:http';
import { composeDeps } from './compose';
import { sweepUploads } from './http/upload';
import pino from 'pino';
import { createApp } from './app';
import { startCheckpointer } from './db/checkpointer';
import { openDb } from './db/client';
import { migrateDb } from './db/migrate';
import { seedDemo } from './seed';
import { systemClock, type AppDeps } from './deps';
import { readEnv } from './env';
import { failInterruptedImports } from './modules/imports/import-runner';
import { createHttpServer } from './http/node-server';
import { ensureFirstAdmin } from './modules/users/bootstrap';

async function main(): Promise<void> {
  const env = readEnv();
  const logger = pino({ level: env.LOG_LEVEL });
  const handle = openDb(env.DATABASE_PATH);
  migrateDb(handle.db);
  const checkpointer = startCheckpointer(handle.sqlite, { onError: (message) => logger.warn({ message }, 'background WAL checkpoint failed') });
  const deps: AppDeps = composeDeps({ db: handle.db, sqlite: handle.sqlite, env, logger, clock: systemClock });

  const interrupted = failInterruptedImports(deps);
  if (interrupted) console.warn(`${interrupted} import(s) were interrupted by the last stop and are marked failed.`);
  const swept = sweepUploads(env);
  if (swept) console.warn(`${swept} upload(s) left by the last stop were removed.`);
  const admin = await ensureFirstAdmin(deps);
  if (admin) {
    console.log(`Created the first admin: ${admin.email}`);
    if (admin.generatedPassword) console.log(`  password (shown once, change it after signing in): ${admin.generatedPassword}`);
    if (env.SEED_DEMO === '1') {
      const summary = await seedDemo(deps);
      console.log(`New database: filled with the demo agency (${summary}). Set SEED_DEMO=0 to start empty.`);
    }
  }

  const server: Server = createHttpServer(createApp(deps)).listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    console.log(`MCN Desk is running at http://localhost:${port} (database ${env.DATABASE_PATH})`);
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      void (checkpointer?.stop() ?? Promise.resolve()).then(() => {
        handle.close();
        process.exit(0);
      });
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
