import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountIdentifiers, platformAccounts, sessions } from '../../db/schema';
import type { AccountRef, AttributionContext, SessionRef } from '../../domain/attribution';
import type { Platform } from '../../domain/roster';
import { withPeople, type SessionFull } from '../sessions/sessions.repo';

const toRef = (s: SessionFull): SessionRef => ({
  id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, status: s.status, hosts: s.hosts.map((h) => ({ hostId: h.hostId, shareBp: h.shareBp })),
});

/**
 * The lookups attribution needs, read from the database and remembered for the life of the
 * context (one import batch, or one re-attribution): a big export names few accounts many times.
 */
export function attributionContext(db: Db, graceMinutes: number): AttributionContext {
  const accounts = new Map<string, AccountRef | undefined>();
  const byLiveId = new Map<string, SessionRef | undefined>();
  const ofAccount = new Map<number, SessionRef[]>();
  return {
    graceMinutes,
    // An archived account keeps its identifiers (they stay reserved): its orders, old and re-imported, still find it.
    accountsByIdentifier(platform: Platform, identifier: string) {
      const key = `${platform}|${identifier}`;
      if (!accounts.has(key)) {
        const row = db.select({ accountId: platformAccounts.id, hostId: platformAccounts.hostId }).from(accountIdentifiers)
          .innerJoin(platformAccounts, eq(platformAccounts.id, accountIdentifiers.accountId))
          .where(and(eq(accountIdentifiers.platform, platform), eq(accountIdentifiers.identifier, identifier))).get();
        accounts.set(key, row);
      }
      return accounts.get(key);
    },
    // Only the account's own sessions: another account's stream that reused the id sold nothing for this one.
    // Should the account have two sessions with the id, the earlier booked one answers, whatever the read order.
    sessionByLiveId(accountId: number, liveRoomId: string) {
      const key = `${accountId}|${liveRoomId}`;
      if (!byLiveId.has(key)) {
        const row = db.select().from(sessions)
          .where(and(eq(sessions.platformLiveId, liveRoomId), eq(sessions.accountId, accountId), ne(sessions.status, 'cancelled')))
          .orderBy(asc(sessions.id)).limit(1).get();
        byLiveId.set(key, row ? toRef(withPeople(db, [row])[0]!) : undefined);
      }
      return byLiveId.get(key);
    },
    sessionsOfAccount(accountId: number) {
      let list = ofAccount.get(accountId);
      if (!list) {
        const rows = db.select().from(sessions).where(and(eq(sessions.accountId, accountId), ne(sessions.status, 'cancelled'))).all();
        list = withPeople(db, rows).map(toRef);
        ofAccount.set(accountId, list);
      }
      return list;
    },
  };
}
