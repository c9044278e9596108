import type { Db } from '../../db/client';
import type { AccountRef, AttributionContext, SessionRef } from '../../domain/attribution';
import type { Platform } from '../../domain/roster';
import { accountByIdentifier } from '../accounts/accounts.service';
import { liveSessionsOfAccount, sessionByLiveId, type SessionFull } from '../sessions/sessions.service';

const toRef = (s: SessionFull): SessionRef => ({
  id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, status: s.status, hosts: s.hosts.map((h) => ({ hostId: h.hostId, shareBp: h.shareBp })),
});

/**
 * The lookups attribution needs, read through the accounts and sessions modules and remembered for the
 * life of the context (one import batch, or one re-attribution): a big export names few accounts many times.
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
      if (!accounts.has(key)) accounts.set(key, accountByIdentifier(db, platform, identifier));
      return accounts.get(key);
    },
    // Only the account's own sessions: another account's stream that reused the id sold nothing for this one.
    // Should the account have two sessions with the id, the earlier booked one answers, whatever the read order.
    sessionByLiveId(accountId: number, liveRoomId: string) {
      const key = `${accountId}|${liveRoomId}`;
      if (!byLiveId.has(key)) {
        const session = sessionByLiveId(db, accountId, liveRoomId);
        byLiveId.set(key, session ? toRef(session) : undefined);
      }
      return byLiveId.get(key);
    },
    sessionsOfAccount(accountId: number) {
      let list = ofAccount.get(accountId);
      if (!list) {
        list = liveSessionsOfAccount(db, accountId).map(toRef);
        ofAccount.set(accountId, list);
      }
      return list;
    },
  };
}
