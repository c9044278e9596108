import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from './roster-kit';
import { moneyTables, settlementWorld, type SettlementWorld } from './settlement-kit';

// SPEC section 8 step 2 over HTTP: a deal's fee divided equally among its sessions (each part in its
// session's period), then among the session's hosts by share; and the lock once the period is closed.

let world: SettlementWorld;
afterEach(() => world?.server.close());

const withPitFees = [{ hostShare: { mode: 'flat', rateBp: 5000 }, includePitFees: true }];

async function bookedDeal() {
  const { admin } = world;
  const [a, b] = [...world.hosts.values()] as [number, number];
  const account = ((await admin.get(`/api/v1/hosts/${a}/accounts`)).body.items as { id: number }[])[0]!;
  const people = [{ hostId: a, role: 'main', shareBp: 3333 }, { hostId: b, role: 'assistant', shareBp: 6667 }];
  const session = async (startsAt: string, endsAt: string, status: string) => {
    const res = await admin.post('/api/v1/sessions', { accountId: account.id, hosts: people, startsAt, endsAt, status, title: '品牌专场' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };
  // The 30th in Shanghai; a session over the turn of the month belongs to the period it starts in.
  const s1 = await session('2026-11-28T12:00:00+08:00', '2026-11-28T14:00:00+08:00', 'completed');
  const s2 = await session('2026-11-30T23:00:00+08:00', '2026-12-01T01:00:00+08:00', 'completed');
  const s3 = await session('2026-12-20T20:00:00+08:00', '2026-12-20T22:00:00+08:00', 'planned');
  const brand = (await admin.post('/api/v1/brands', { name: '完美日记' })).body.id as number;
  const deal = await admin.post('/api/v1/deals', { brandId: brand, sessionIds: [s3, s1, s2], pitFeeFen: 100_001, category: 'beauty', status: 'confirmed' });
  expect(deal.status, JSON.stringify(deal.body)).toBe(201);
  return { a, b, deal: deal.body.id as number, sessions: [s1, s2, s3] };
}

describe('pit fees in the settlement', () => {
  it('when a confirmed deal spans three sessions over two months, then each host gets its share of each session\'s part in that session\'s period', async () => {
    world = await settlementWorld(withPitFees);
    const { a, b } = await bookedDeal();
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    const nov = new Map(((await world.finance.get('/api/v1/statements?period=2026-11')).body.items as { hostId: number; pitFeesFen: number; id: number }[]).map((s) => [s.hostId, s]));
    // 100,001 over 3 sessions: 33,334 (earliest), 33,334, 33,333. November holds the first two: 66,668.
    // Each session part 33,334 to 3333/6667: 11,110.2 and 22,223.8 -> 11,110 and 22,224.
    expect(nov.get(a)!.pitFeesFen).toBe(2 * 11_110);
    expect(nov.get(b)!.pitFeesFen).toBe(2 * 22_224);
    const detail = (await world.finance.get(`/api/v1/statements/${nov.get(a)!.id}`)).body;
    expect(detail.lines.pitFees.parts).toHaveLength(2);
    expect(detail.lines.pitFees.parts[0]).toMatchObject({ dealFeeFen: 100_001, sessionCount: 3, sessionFeeFen: 33_334, shareBp: 3333, amountFen: 11_110 });
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-12' });
    const dec = new Map(((await world.finance.get('/api/v1/statements?period=2026-12')).body.items as { hostId: number; pitFeesFen: number }[]).map((s) => [s.hostId, s]));
    // 33,333 to 3333/6667: 11,109.8889 and 22,223.1111 -> 11,110 and 22,223 (the larger dropped fraction first).
    expect(dec.get(a)!.pitFeesFen + dec.get(b)!.pitFeesFen).toBe(33_333);
    expect(dec.get(a)!.pitFeesFen).toBe(11_110);
  });

  it('when November is closed, then the deal\'s fee and status and its November sessions\' shares and times are 409 period_locked', async () => {
    world = await settlementWorld(withPitFees);
    const { a, b, deal, sessions } = await bookedDeal();
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    for (const s of (await world.finance.get('/api/v1/statements?period=2026-11')).body.items as { id: number }[]) {
      expect((await world.approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    }
    expect((await world.finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
    const before = moneyTables(world);
    expectError(await world.admin.patch(`/api/v1/deals/${deal}`, { pitFeeFen: 200_000 }) as never, 409, 'period_locked');
    expectError(await world.admin.patch(`/api/v1/deals/${deal}`, { status: 'invoiced' }) as never, 409, 'period_locked');
    const shares = [{ hostId: a, role: 'main', shareBp: 5000 }, { hostId: b, role: 'assistant', shareBp: 5000 }];
    expectError(await world.admin.patch(`/api/v1/sessions/${sessions[0]}`, { hosts: shares }) as never, 409, 'period_locked');
    expectError(await world.admin.patch(`/api/v1/sessions/${sessions[2]}`, { startsAt: '2026-11-20T20:00:00+08:00', endsAt: '2026-11-20T22:00:00+08:00' }) as never, 409, 'period_locked');
    expect(moneyTables(world)).toBe(before);
    // The December session moves within December: its fee part stays where it was booked.
    const moved = await world.admin.patch(`/api/v1/sessions/${sessions[2]}`, { startsAt: '2026-12-21T20:00:00+08:00', endsAt: '2026-12-21T22:00:00+08:00' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  });
});
