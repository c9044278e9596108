import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';
import type { BookableHost } from '../../domain/booking';
import type { SessionLike } from '../../domain/schedule';
import type { SessionSketch } from './conflict-details';

// The booking path as prepared statements, compiled once per connection: a booking runs a dozen
// small queries inside its write transaction, and building and preparing each anew (as the query
// builder does) costs several times SQLite's own work. Everything off this path goes through drizzle.

/** Non-cancelled sessions in a time window sharing the account, the room, a host or a crew member. */
export interface Neighbourhood {
  /** Bounds the index range on starts_at: a session lasts at most 24 hours. */
  startsAfter: Date;
  from: Date;
  to: Date;
  accountId: number | null;
  roomId: number | null;
  hostIds: readonly number[];
  crewUserIds: readonly number[];
}

export interface NewSession {
  accountId: number; roomId: number | null; seriesId: number | null; startsAt: Date; endsAt: Date; status: SessionLike['status'];
  title: string; notes: string; platformLiveId: string | null;
  hosts: readonly { hostId: number; role: string; shareBp: number }[];
  crew: readonly { userId: number; duty: string }[];
}

/** A neighbourhood row as an array (the statement is raw: no object with column names built per row). */
type NearRow = [id: number, accountId: number, roomId: number | null, startsAt: number, endsAt: number, status: SessionLike['status'], hostIds: string, crewUserIds: string];

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * One statement per shape (number of hosts, number of crew): each way of sharing is an index search
 * of its own, which `tests/integration/schedule-query-plan.test.ts` holds to.
 */
export function neighbourhoodSql(hostCount: number, crewCount: number): string {
  const shared = ['s.account_id = ?', 's.room_id = ?'];
  // session_starts_at is the session's start, copied onto each person's row: see schema/scheduling.ts.
  const starts = 'session_starts_at > ? AND session_starts_at < ?';
  if (hostCount) shared.push(`s.id IN (SELECT session_id FROM session_hosts WHERE host_id IN (${marks(hostCount)}) AND ${starts})`);
  if (crewCount) shared.push(`s.id IN (SELECT session_id FROM session_crew WHERE user_id IN (${marks(crewCount)}) AND ${starts})`);
  return `SELECT s.id, s.account_id AS accountId, s.room_id AS roomId, s.starts_at AS startsAt, s.ends_at AS endsAt, s.status,
      (SELECT json_group_array(host_id) FROM session_hosts h WHERE h.session_id = s.id) AS hostIds,
      (SELECT json_group_array(user_id) FROM session_crew c WHERE c.session_id = s.id) AS crewUserIds
    FROM sessions s
    WHERE s.starts_at > ? AND s.starts_at < ? AND s.ends_at > ? AND s.status <> 'cancelled' AND (${shared.join(' OR ')})`;
}

export function neighbourhoodParams(n: Neighbourhood): (number | null)[] {
  const starts = [n.startsAfter.getTime(), n.to.getTime()];
  const params = [...starts, n.from.getTime(), n.accountId, n.roomId];
  if (n.hostIds.length) params.push(...n.hostIds, ...starts);
  if (n.crewUserIds.length) params.push(...n.crewUserIds, ...starts);
  return params;
}

function compile(sqlite: Database.Database) {
  const account = sqlite.prepare('SELECT archived_at AS archivedAt FROM platform_accounts WHERE id = ?');
  const room = sqlite.prepare('SELECT id, active, buffer_minutes AS bufferMinutes FROM rooms WHERE id = ?');
  const maxBuffer = sqlite.prepare('SELECT COALESCE(MAX(buffer_minutes), 0) FROM rooms').pluck();
  const host = sqlite.prepare('SELECT stage_name AS stageName, status, archived_at AS archivedAt FROM hosts WHERE id = ?');
  const contracts = sqlite.prepare("SELECT status, start_date AS startDate, end_date AS endDate FROM contracts WHERE host_id = ? AND status = 'active'");
  const user = sqlite.prepare('SELECT 1 FROM users WHERE id = ?').pluck();
  const insertSession = sqlite.prepare(`INSERT INTO sessions (account_id, room_id, series_id, starts_at, ends_at, status, title, notes, platform_live_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`).pluck();
  // session_starts_at written here, so the copy trigger has nothing to correct (migration 0015).
  const insertHost = sqlite.prepare('INSERT INTO session_hosts (session_id, host_id, role, share_bp, position, session_starts_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertCrew = sqlite.prepare('INSERT INTO session_crew (session_id, user_id, duty, session_starts_at) VALUES (?, ?, ?, ?)');
  const near = new Map<string, Database.Statement>();
  // Read only when a booking is refused: what a person needs to recognise the session in its way.
  const sketch = sqlite.prepare(`SELECT s.title, s.room_id AS roomId, r.name AS roomName,
      (SELECT json_group_array(json_array(host_id, stage_name)) FROM (SELECT h.host_id, o.stage_name FROM session_hosts h JOIN hosts o ON o.id = h.host_id
        WHERE h.session_id = s.id ORDER BY h.position)) AS hosts
    FROM sessions s LEFT JOIN rooms r ON r.id = s.room_id WHERE s.id = ?`);

  return {
    accountUsable: (id: number) => {
      const row = account.get(id) as { archivedAt: number | null } | undefined;
      return row !== undefined && row.archivedAt === null;
    },
    room: (id: number) => {
      const row = room.get(id) as { id: number; active: number; bufferMinutes: number } | undefined;
      return row && { id: row.id, active: row.active === 1, bufferMinutes: row.bufferMinutes };
    },
    maxBufferMinutes: () => maxBuffer.get() as number,
    /** A host as the booking rule sees it, with its active contracts; undefined if there is none. */
    host: (id: number): (BookableHost & { stageName: string }) | undefined => {
      const row = host.get(id) as { stageName: string; status: BookableHost['status']; archivedAt: number | null } | undefined;
      if (!row) return undefined;
      return { stageName: row.stageName, status: row.status, archived: row.archivedAt !== null, contracts: contracts.all(id) as BookableHost['contracts'] };
    },
    userExists: (id: number) => user.get(id) !== undefined,
    /** A stored session's title, room and hosts by name, for a conflict's description. */
    sketch: (id: number): SessionSketch | undefined => {
      const row = sketch.get(id) as { title: string; roomId: number | null; roomName: string | null; hosts: string } | undefined;
      if (!row) return undefined;
      const hosts = (JSON.parse(row.hosts) as [number, string][]).map(([hostId, stageName]) => ({ hostId, stageName }));
      return { title: row.title, roomId: row.roomId, roomName: row.roomName, hosts };
    },
    neighbourhood: (n: Neighbourhood): SessionLike[] => {
      const shape = `${n.hostIds.length}:${n.crewUserIds.length}`;
      let statement = near.get(shape);
      if (!statement) {
        statement = sqlite.prepare(neighbourhoodSql(n.hostIds.length, n.crewUserIds.length)).raw(true);
        near.set(shape, statement);
      }
      return (statement.all(...neighbourhoodParams(n)) as NearRow[]).map(([id, accountId, roomId, startsAt, endsAt, status, hostIds, crewUserIds]) => ({
        id, accountId, roomId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), status,
        hostIds: JSON.parse(hostIds) as number[], crewUserIds: crewUserIds === '[]' ? [] : JSON.parse(crewUserIds) as number[],
      }));
    },
    /** Inserts a session with its hosts (in their listed order) and crew; returns its id. */
    insert: (s: NewSession, at: Date): number => {
      const id = insertSession.get(s.accountId, s.roomId, s.seriesId, s.startsAt.getTime(), s.endsAt.getTime(), s.status, s.title, s.notes,
        s.platformLiveId, at.getTime(), at.getTime()) as number;
      const startsAt = s.startsAt.getTime();
      s.hosts.forEach((h, position) => insertHost.run(id, h.hostId, h.role, h.shareBp, position, startsAt));
      for (const c of s.crew) insertCrew.run(id, c.userId, c.duty, startsAt);
      return id;
    },
  };
}

export type BookingStatements = ReturnType<typeof compile>;
export const bookingStatements = perConnection(compile);
