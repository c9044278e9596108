import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { newSecret } from '../auth/auth.service';
import { accountsByIds } from '../accounts/accounts.service';
import { requireHost, stageNamesOf } from '../hosts/hosts.service';
import { requireRoom, roomsByIds } from '../rooms/rooms.service';
import { currentSettings } from '../settings/settings.service';
import { sessionsInWindow, type SessionFull } from '../sessions/sessions.service';
import { findFeed, findFeedByToken, saveFeedToken, type FeedKind } from './calendars.repo';
import { buildFeed, type FeedEvent } from './ics';

const DAY = 24 * 60 * 60 * 1000;
export const feedPath = (token: string) => `/api/v1/calendars/feeds/${token}.ics`;

function requireTarget(deps: AppDeps, kind: FeedKind, id: number): string {
  return kind === 'host' ? requireHost(deps.db, id).stageName : requireRoom(deps.db, id).name;
}

/** The feed's URL path, creating its secret on first use. */
export function feedOf(deps: AppDeps, actor: Actor, kind: FeedKind, id: number) {
  requireTarget(deps, kind, id);
  const existing = findFeed(deps.db, kind, id);
  if (existing) return { kind, id, path: feedPath(existing.token) };
  return rotateFeed(deps, actor, kind, id);
}

/** A new secret: the old URL stops working at once (a phone that leaked it loses the feed). */
export function rotateFeed(deps: AppDeps, actor: Actor, kind: FeedKind, id: number) {
  requireTarget(deps, kind, id);
  const token = newSecret();
  return writeTransaction(deps.db, (tx) => {
    const at = deps.clock.now();
    saveFeedToken(tx, kind, id, token, at);
    recordAudit(tx, { actor, at, action: 'rotate', entity: `${kind}_calendar`, entityId: id });
    return { kind, id, path: feedPath(token) };
  });
}

const statusOf = (s: SessionFull): FeedEvent['status'] =>
  s.status === 'cancelled' ? 'CANCELLED' : s.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED';

/** The iCalendar text of a feed: 30 days back to a year ahead. */
export function renderFeed(deps: AppDeps, token: string): string {
  const feed = findFeedByToken(deps.db, token);
  if (!feed) throw notFound('Calendar feed');
  const { timezone } = currentSettings(deps);
  const now = deps.clock.now().getTime();
  const of = feed.kind === 'room' ? { roomId: feed.targetId } : { hostId: feed.targetId };
  const list = sessionsInWindow(deps.db, of, new Date(now - 30 * DAY), new Date(now + 366 * DAY));
  const names = {
    hosts: stageNamesOf(deps.db, [...new Set(list.flatMap((s) => s.hosts.map((h) => h.hostId)))]),
    rooms: roomsByIds(deps.db, [...new Set(list.flatMap((s) => (s.roomId ? [s.roomId] : [])))]),
    accounts: accountsByIds(deps.db, [...new Set(list.map((s) => s.accountId))]),
  };
  const events = list.map((s): FeedEvent => {
    const account = names.accounts.get(s.accountId);
    const room = s.roomId ? names.rooms.get(s.roomId) : undefined;
    const hostNames = s.hosts.map((h) => names.hosts.get(h.hostId) ?? `#${h.hostId}`).join('、');
    return {
      uid: `session-${s.id}@mcn-desk`, startsAt: s.startsAt, endsAt: s.endsAt, status: statusOf(s),
      summary: s.title || `直播 ${hostNames}`,
      description: [`主播: ${hostNames}`, account ? `账号: ${account.platform} ${account.handle ?? ''}`.trim() : ''].filter(Boolean).join('\n'),
      location: room ? [room.name, room.location].filter(Boolean).join(' · ') : '外景',
      sequence: Math.max(0, Math.floor((s.updatedAt.getTime() - s.createdAt.getTime()) / 1000)),
      lastModified: s.updatedAt,
    };
  });
  const name = requireTarget(deps, feed.kind, feed.targetId);
  return buildFeed(`MCN Desk · ${name}`, timezone, events);
}
