import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Db } from './db/client';
import type { Role } from './db/schema';
import type { Env } from './env';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every service receives: the database, the configuration, a logger and the clock. */
export interface AppDeps {
  db: Db;
  sqlite: Database.Database;
  env: Env;
  logger: Logger;
  clock: Clock;
}

/** The signed-in staff member a request acts for, and how they proved it. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  via: 'session' | 'token';
  sessionId?: string;
}

export interface RequestMeta {
  ip: string;
}
