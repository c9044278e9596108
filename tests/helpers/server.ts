import type { AddressInfo } from 'node:net';
import { composeDeps } from '../../server/compose';
import pino from 'pino';
import { createApp } from '../../server/app';
import type { Role } from '../../server/domain/roles';
import { readEnv } from '../../server/env';
import type { AppDeps, Clock } from '../../server/deps';
import { createHttpServer } from '../../server/http/node-server';
import { createUser } from '../../server/modules/users/users.service';
import { buildUser, type UserInput } from '../factories/users';
import { ApiClient } from './api-client';
import { freshDb } from './db';

export interface TestServer {
  url: string;
  deps: AppDeps;
  /** A client with no session. */
  anonymous(): ApiClient;
  /** Creates a user of the role (or with the overrides) and returns a client signed in as them. */
  signIn(role: Role, overrides?: Partial<UserInput>): Promise<ApiClient & { user: { id: number; email: string } }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  clock?: Clock;
  env?: Record<string, string>;
  clientDist?: string;
  /** The address to listen on (default 127.0.0.1); `url` still names loopback. */
  host?: string;
}

/** The real app on a fresh database, listening on a free port, spoken to over HTTP. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const handle = freshDb();
  const env = readEnv({ NODE_ENV: 'test', DATABASE_PATH: handle.file, LOG_LEVEL: 'silent', CLIENT_DIST: options.clientDist ?? './dist/client', ...options.env });
  const deps: AppDeps = composeDeps({ db: handle.db, sqlite: handle.sqlite, env, logger: pino({ level: 'silent' }), clock: options.clock ?? { now: () => new Date() } });
  const server = createHttpServer(createApp(deps)).listen(0, options.host ?? '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    deps,
    anonymous: () => new ApiClient(url),
    async signIn(role, overrides = {}) {
      const input = buildUser({ role, ...overrides });
      const user = await createUser(deps, null, input);
      const client = new ApiClient(url);
      await client.login(input.email, input.password);
      return Object.assign(client, { user });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      handle.close();
    },
  };
}
