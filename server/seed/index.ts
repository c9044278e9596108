import { eq } from 'drizzle-orm';
import type { AppDeps, Actor } from '../deps';
import { users } from '../db/schema';
import { seededRandom } from './random';
import { seedRoster } from './roster';
import { seedOrders } from './orders';
import { seedSchedule } from './schedule';
import { seedSettlement } from './settlement';
import { seedStaff } from './staff';

/** Fills a new database with the demo agency. Runs once, only on a new database, and only with SEED_DEMO=1. */
export async function seedDemo(deps: AppDeps): Promise<string> {
  const staff = await seedStaff(deps);
  const admin = deps.db.select().from(users).where(eq(users.role, 'admin')).get();
  if (!admin) throw new Error('The demo seed needs the first admin');
  const actor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: 'admin', via: 'session' };
  const agents = deps.db.select({ id: users.id }).from(users).where(eq(users.role, 'manager')).all().map((u) => u.id);
  const rng = seededRandom(20261125);
  const hosts = seedRoster(deps, actor, rng, agents);
  const sessions = seedSchedule(deps, actor, rng, hosts);
  const orders = await seedOrders(deps, actor, hosts, sessions);
  const settlement = seedSettlement(deps, rng, hosts);
  return `${staff} staff users, ${hosts.length} hosts, ${sessions.length} sessions, ${orders} orders, ${settlement}`;
}
