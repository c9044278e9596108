import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Db } from './db/client';
import type { Role } from './domain/roles';
import type { Env } from './env';
import type { Locale } from './domain/text';
import type { DealStatus } from './domain/deals';
import type { Category } from './domain/roster';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What the process provides: the database, the configuration, a logger and the clock. */
export interface BaseDeps {
  db: Db;
  sqlite: Database.Database;
  env: Env;
  logger: Logger;
  clock: Clock;
}

/** A session booked, moved, re-staffed, renamed to another live room or cancelled. */
export interface SessionChange {
  /** null for a session just created: it holds no orders yet. */
  sessionId: number | null;
  /** Its account before and after. */
  accountIds: number[];
  /** The union of its old and new windows. */
  from: Date;
  to: Date;
  /** A live-room id the session newly carries (or carries on a new account): its accounts' orders naming it. */
  platformLiveId: string | null;
}

/**
 * What a module asks of a module above it, inside its own transaction (dependency inversion): the
 * module graph runs one way (README, Architecture), yet a booking must re-attribute the ledger's orders
 * and check what the session's deals sell. Wired once, in server/compose.ts; no module imports the
 * module it reaches through here.
 */
export interface Ports {
  /** The ledger: attribute again the orders a session change may move (SPEC section 6); how many moved. */
  reattributeForSession(tx: Db, change: SessionChange): number;
  /** The ledger: attribute again an account's orders and the unmatched ones of its platform. */
  reattributeForAccount(tx: Db, account: { id: number; platform: string }): number;
  /** Deals: the deals a session is sold in (the qualification rule of SPEC section 4, the pit fees' period lock). */
  dealsOfSession(tx: Db, sessionId: number): { category: Category | null; status: DealStatus; pitFeeFen: number }[];
}

/** What every service receives: the process's dependencies and the ports. */
export interface AppDeps extends BaseDeps {
  ports: Ports;
}

/** The signed-in staff member a request acts for, and how they proved it. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  via: 'session' | 'token';
  sessionId?: string;
  /** The interface language the user chose, read with the session or token (null: the browser's). */
  locale?: Locale | null;
}

export interface RequestMeta {
  ip: string;
}
