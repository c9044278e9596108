import type { Role } from '../../server/domain/roles';

let sequence = 0;

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** A staff user with overrides; shared by the tests and the demo seed. */
export function buildUser(overrides: Partial<UserInput> = {}): UserInput {
  sequence += 1;
  const role = overrides.role ?? 'viewer';
  return {
    email: `${role}${sequence}@example.test`,
    name: `${role} ${sequence}`,
    role,
    password: 'correct-horse-battery',
    ...overrides,
  };
}
