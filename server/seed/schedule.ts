import { addDays } from '../domain/dates';
import { localDateOf, zonedWallTimeToInstant } from '../domain/zones';
import type { Actor, AppDeps } from '../deps';
import { AppError } from '../errors';
import { brandCreate } from '../shared/api/brands';
import { createBrand } from '../modules/brands/brands.service';
import { dealCreate } from '../shared/api/deals';
import { createDeal } from '../modules/deals/deals.service';
import { roomCreate } from '../shared/api/rooms';
import { createRoom } from '../modules/rooms/rooms.service';
import { createSession, recordResults } from '../modules/sessions/sessions.service';
import { brandNames } from './names';
import type { Random } from './random';
import type { DemoHost } from './roster';

const tz = 'Asia/Shanghai';
const slots = [['10:00', '12:00'], ['14:00', '17:00'], ['19:30', '23:30']] as const;
const roomNames = ['一号直播间', '二号直播间', '三号直播间', '四号直播间', '美妆棚', '食品棚', '服饰棚', '大场演播厅'];

export interface DemoSession { id: number; hostId: number; accountId: number; startsAt: Date; endsAt: Date; past: boolean }

/** Three months of sessions (two past months and this one): past ones completed with results. */
export function seedSchedule(deps: AppDeps, actor: Actor, rng: Random, hosts: DemoHost[]): DemoSession[] {
  const rooms = roomNames.map((name, i) => createRoom(deps, actor, roomCreate.parse({ name, location: `上海市静安区 ${3 + (i >> 2)} 楼`, bufferMinutes: [0, 10, 15][i % 3] })));
  const now = deps.clock.now();
  const today = localDateOf(now, tz);
  const first = `${addDays(today.slice(0, 8) + '01', -35).slice(0, 8)}01`;
  const last = addDays(today, 21);
  const bookable = hosts.filter((h) => h.status === 'active' || h.status === 'trial');
  const sessions: DemoSession[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const busy = new Set<number>();
    for (const room of rooms) {
      for (const [from, to] of slots) {
        if (rng.chance(0.35)) continue;
        const host = rng.pick(bookable);
        if (busy.has(host.id)) continue;
        busy.add(host.id);
        const startsAt = zonedWallTimeToInstant(`${date} ${from}:00`, tz);
        const endsAt = zonedWallTimeToInstant(`${date} ${to}:00`, tz);
        const past = endsAt <= now;
        const account = rng.pick(host.accounts);
        let s: { id: number };
        try {
          s = createSession(deps, actor, {
            accountId: account.id, roomId: room.id, hosts: [{ hostId: host.id, role: 'main', shareBp: 10000 }], crew: [],
            startsAt, endsAt, title: `${room.name} ${from} 专场`, notes: '', status: past ? 'completed' : 'planned', platformLiveId: null,
          });
        } catch (err) {
          // A host whose contract has ended by then is not bookable: the slot stays free, as a scheduler would leave it.
          if (err instanceof AppError) continue;
          throw err;
        }
        if (past) {
          const late = rng.int(0, 10) * 60_000;
          recordResults(deps, actor, s.id, { actualStartAt: new Date(startsAt.getTime() + late), actualEndAt: new Date(endsAt.getTime() + rng.int(-15, 20) * 60_000), peakViewers: rng.int(800, 250_000), gmvFen: rng.int(5_000, 3_000_000) * 100 });
        }
        sessions.push({ id: s.id, hostId: host.id, accountId: account.id, startsAt, endsAt, past });
      }
    }
  }
  seedDeals(deps, actor, rng, sessions);
  return sessions;
}

function seedDeals(deps: AppDeps, actor: Actor, rng: Random, sessions: DemoSession[]): void {
  const brands = brandNames.map((name) => createBrand(deps, actor, brandCreate.parse({ name, contact: `商务 ${name}` })));
  for (let i = 0; i < 160; i += 1) {
    const first = rng.pick(sessions);
    const sessionIds = [first.id, ...(rng.chance(0.3) ? [rng.pick(sessions).id] : [])].filter((id, k, all) => all.indexOf(id) === k);
    const past = first.past;
    createDeal(deps, actor, dealCreate.parse({
      brandId: rng.pick(brands).id, sessionIds, pitFeeFen: rng.int(50, 800) * 10_000, category: rng.pick(['beauty', 'food', 'fashion', 'home', 'digital']),
      commissionRateBp: rng.pick([null, 1000, 1500, 2000, 3000]), status: past ? rng.pick(['confirmed', 'invoiced', 'confirmed']) : rng.pick(['proposed', 'confirmed']),
    }));
  }
}
