import type { AppDeps } from '../../http/context';
import { seedStaff } from './staff';

/** Fills a new database with the demo agency. Runs once, only on a new database, and only with SEED_DEMO=1. */
export async function seedDemo(deps: AppDeps): Promise<string> {
  const staff = await seedStaff(deps);
  return `${staff} staff users`;
}
