import { fenToYuanString, percentTextToBp } from '../../../server/domain/money';
import { checkShares, validateSessionTimes, type HostRole } from '../../../server/domain/schedule';
import type { SessionStatus } from '../../../server/domain/session-status';
import type { Session, SessionBody } from './api';
import { fromLocalInput, iso, toLocalInput } from './time';

// The session form's values as typed (text), and their reading into an API body with the domain's own
// checks, so that the form says what the server would refuse before it is sent.

export type HostRow = { hostId: string; role: HostRole; share: string };
export type CrewRow = { userId: string; duty: string };

export type Draft = {
  accountHostId: string;
  accountId: string;
  roomId: string;
  hosts: HostRow[];
  crew: CrewRow[];
  startsAt: string;
  endsAt: string;
  title: string;
  notes: string;
  status: SessionStatus;
};

export const emptyDraft: Draft = { accountHostId: '', accountId: '', roomId: '', hosts: [], crew: [], startsAt: '', endsAt: '', title: '', notes: '', status: 'planned' };

// Bp and fen share their two-decimal layout: 10000 bp reads '100.00' (percent).
const percentText = (bp: number) => fenToYuanString(bp);

export function draftFromSession(s: Session, accountHostId: number | null, timeZone: string): Draft {
  return {
    accountHostId: accountHostId === null ? '' : String(accountHostId), accountId: String(s.accountId), roomId: s.roomId === null ? '' : String(s.roomId),
    hosts: s.hosts.map((h) => ({ hostId: String(h.hostId), role: h.role, share: percentText(h.shareBp) })),
    crew: s.crew.map((c) => ({ userId: String(c.userId), duty: c.duty })),
    startsAt: toLocalInput(s.startsAt, timeZone), endsAt: toLocalInput(s.endsAt, timeZone),
    title: s.title, notes: s.notes, status: s.status,
  };
}

/** The first host of a booking takes the whole share; later ones start at 0 and the user divides. */
export const hostRow = (hostId: string, first: boolean): HostRow => ({ hostId, role: first ? 'main' : 'assistant', share: first ? '100' : '0' });

export const shareCodes = ['no_hosts', 'invalid_share', 'duplicate_host', 'no_main_host', 'shares_not_whole', 'chooseHost'] as const;
export type ShareCode = (typeof shareCodes)[number];
const asShareCode = (code: string): ShareCode => shareCodes.find((c) => c === code) ?? 'invalid_share';
export type TimeCode = 'missing' | 'end_not_after_start' | 'too_long';

export type DraftProblems = { times?: TimeCode; shares: { code: ShareCode; total?: string }[]; account?: boolean; crew?: boolean };

function readShare(text: string): number {
  try {
    return percentTextToBp(text);
  } catch {
    return Number.NaN;
  }
}

type People = Pick<SessionBody, 'accountId' | 'roomId' | 'hosts' | 'crew' | 'title' | 'notes'>;

/** Who and where (shared by a session and a series), or null with the problems to show. */
export function readPeople(d: Draft): { people: People | null; problems: DraftProblems } {
  const problems: DraftProblems = { shares: [] };
  const hosts = d.hosts.map((h) => ({ hostId: Number(h.hostId), role: h.role, shareBp: readShare(h.share) }));
  if (hosts.some((h) => !h.hostId)) problems.shares.push({ code: 'chooseHost' });
  const total = hosts.reduce((sum, h) => sum + (Number.isNaN(h.shareBp) ? 0 : h.shareBp), 0);
  const checked = checkShares(hosts.map((h) => ({ ...h, shareBp: Number.isNaN(h.shareBp) ? -1 : h.shareBp })));
  problems.shares.push(...checked.map((p) => ({ code: asShareCode(p.code), total: percentText(total) })));
  if (!d.accountId) problems.account = true;
  const crew = d.crew.map((c) => ({ userId: Number(c.userId), duty: c.duty.trim() }));
  if (crew.some((c) => !Number.isInteger(c.userId) || c.userId <= 0 || !c.duty)) problems.crew = true;
  if (problems.shares.length > 0 || problems.account || problems.crew) return { people: null, problems };
  return { people: { accountId: Number(d.accountId), roomId: d.roomId ? Number(d.roomId) : null, hosts, crew, title: d.title.trim(), notes: d.notes }, problems };
}

function timeProblem(start: Date | null, end: Date | null): TimeCode | undefined {
  if (!start || !end) return 'missing';
  const code = validateSessionTimes(start, end)[0]?.code;
  return code === undefined ? undefined : code === 'too_long' ? 'too_long' : 'end_not_after_start';
}

type Read = { body: SessionBody | null; candidate: SessionBody | null; problems: DraftProblems };

/**
 * The body to send, or null with the problems to show; and the candidate for the conflict prediction,
 * which needs only the times, the account, the room and who is booked (shares and duties may be unfinished).
 */
export function readDraft(d: Draft, timeZone: string): Read {
  const { people, problems } = readPeople(d);
  const start = fromLocalInput(d.startsAt, timeZone);
  const end = fromLocalInput(d.endsAt, timeZone);
  problems.times = timeProblem(start, end);
  if (problems.times || !start || !end || !d.accountId) return { body: null, candidate: null, problems };
  const when = { startsAt: iso(start, timeZone), endsAt: iso(end, timeZone), status: d.status };
  const candidate: SessionBody = {
    accountId: Number(d.accountId), roomId: d.roomId ? Number(d.roomId) : null, title: '', notes: '', ...when,
    hosts: d.hosts.filter((h) => h.hostId).map((h) => ({ hostId: Number(h.hostId), role: h.role, shareBp: 0 })),
    crew: d.crew.filter((c) => /^\d+$/.test(c.userId.trim())).map((c) => ({ userId: Number(c.userId), duty: c.duty })),
  };
  return { body: people ? { ...people, ...when } : null, candidate, problems };
}
