import { eq } from 'drizzle-orm';
import type { Actor, AppDeps } from '../deps';
import { users } from '../db/schema';
import { periodOf, previousPeriod } from '../domain/periods';
import { localDateOf } from '../domain/zones';
import { createCost } from '../modules/costs/costs.service';
import { closePeriod } from '../modules/settlement/periods-close.service';
import { runSettlement } from '../modules/settlement/settlement.service';
import { approveStatement, payStatement, searchStatements } from '../modules/settlement/statements.service';
import { currentSettings } from '../modules/settings/settings.service';
import type { DemoHost } from './roster';
import type { Random } from './random';

// The money's last mile in the demo (issue 14): last month settled, approved by a second finance user,
// paid and closed; this month open with drafts. So a new user sees every state of a statement and a period.

function actorOf(deps: AppDeps, email: string): Actor {
  const user = deps.db.select().from(users).where(eq(users.email, email)).get();
  if (!user) throw new Error(`The demo seed needs ${email}`);
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: 'session' };
}

function seedCosts(deps: AppDeps, finance: Actor, rng: Random, hosts: DemoHost[], period: string): void {
  const kinds = ['ad_spend', 'samples', 'other'] as const;
  const notes = { ad_spend: '千川投流', samples: '样品寄送', other: '场地杂费' };
  for (const host of hosts.filter((h) => h.status === 'active').slice(0, 12)) {
    const kind = rng.pick([...kinds]);
    createCost(deps, finance, { hostId: host.id, period, amountFen: rng.int(50, 800) * 100, kind, note: notes[kind] });
  }
}

export function seedSettlement(deps: AppDeps, rng: Random, hosts: DemoHost[]): string {
  const finance = actorOf(deps, 'finance@demo.mcn');
  const reviewer = actorOf(deps, 'finance2@demo.mcn');
  const { timezone } = currentSettings(deps);
  const current = periodOf(deps.clock.now(), timezone);
  const last = previousPeriod(current);
  seedCosts(deps, finance, rng, hosts, last);
  seedCosts(deps, finance, rng, hosts, current);
  runSettlement(deps, finance, last);
  const { items } = searchStatements(deps, finance, { period: last, page: 1, pageSize: 200 });
  const paidOn = localDateOf(deps.clock.now(), timezone);
  for (const s of items) {
    approveStatement(deps, reviewer, s.id);
    if (s.netFen > 0) payStatement(deps, reviewer, s.id, { reference: `ICBC-${last.replace('-', '')}-${String(s.id).padStart(4, '0')}`, paidOn });
  }
  closePeriod(deps, finance, last);
  const drafts = runSettlement(deps, finance, current).statements.length;
  return `${items.length} statements in ${last} (closed), ${drafts} drafts in ${current}`;
}
