import { buildUser } from '../../tests/factories/users';
import type { AppDeps } from '../deps';
import { createUser } from '../modules/users/users.service';

/** Demo staff, one or more per role, with known passwords: for the demo database only. */
export const demoPassword = 'mcn-demo-2026';
export const demoStaff = [
  buildUser({ email: 'manager@demo.mcn', name: '王经纪', role: 'manager', password: demoPassword }),
  buildUser({ email: 'manager2@demo.mcn', name: '李经纪', role: 'manager', password: demoPassword }),
  buildUser({ email: 'scheduler@demo.mcn', name: '赵排期', role: 'scheduler', password: demoPassword }),
  buildUser({ email: 'finance@demo.mcn', name: '钱财务', role: 'finance', password: demoPassword }),
  buildUser({ email: 'finance2@demo.mcn', name: '孙复核', role: 'finance', password: demoPassword }),
  buildUser({ email: 'viewer@demo.mcn', name: '周只读', role: 'viewer', password: demoPassword }),
];

export async function seedStaff(deps: AppDeps): Promise<number> {
  for (const user of demoStaff) await createUser(deps, null, user);
  return demoStaff.length;
}
