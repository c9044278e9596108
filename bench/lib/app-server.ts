import pino from 'pino';
import { composeDeps } from '../../server/compose';
import { createApp } from '../../server/app';
import { startCheckpointer } from '../../server/db/checkpointer';
import { readEnv } from '../../server/env';
import { systemClock, type AppDeps, type Clock } from '../../server/deps';
import { createHttpServer } from '../../server/http/node-server';
import { createUser } from '../../server/modules/users/users.service';
import { listenLocal } from './listen';
import { tempDb } from './temp-db';

export interface BenchApp {
  url: string;
  deps: AppDeps;
  /** Headers of a browser signed in as a new admin: the session cookie and our Origin. */
  signInAdmin(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

const adminPassword = 'bench-password-123';

/** The real MCN Desk app on a fresh migrated database, listening on 127.0.0.1 at a free port (the system clock unless given one). */
export async function startBenchApp(options: { clock?: Clock } = {}): Promise<BenchApp> {
  const handle = tempDb({ migrate: true });
  const env = readEnv({ NODE_ENV: 'production', DATABASE_PATH: handle.file, LOG_LEVEL: 'silent', CLIENT_DIST: './dist/client' });
  // As in production (server/index.ts): WAL checkpoints run in a worker thread, off the event loop.
  const checkpointer = startCheckpointer(handle.sqlite);
  const deps: AppDeps = composeDeps({ db: handle.db, sqlite: handle.sqlite, env, logger: pino({ level: 'silent' }), clock: options.clock ?? systemClock });
  const server = await listenLocal(createHttpServer(createApp(deps)));
  let admins = 0;

  return {
    url: server.url,
    deps,
    async signInAdmin() {
      admins += 1;
      const email = `bench-admin-${admins}@example.test`;
      await createUser(deps, null, { email, name: `Bench admin ${admins}`, role: 'admin', password: adminPassword });
      const res = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email, password: adminPassword }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (res.status !== 200 || !cookie) throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
      return { cookie, origin: server.url };
    },
    async close() {
      await server.close();
      await checkpointer?.stop();
      handle.close();
    },
  };
}
