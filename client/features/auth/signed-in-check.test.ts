import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles } from '../../../server/domain/roles';
import { locales } from '../../../server/domain/text';
import { signedInView } from '../../../server/shared/api/auth';
import { signedInCheck } from './signed-in-check';

const nearlyUser = fc.record({
  id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(undefined)),
  email: fc.oneof(fc.emailAddress(), fc.integer(), fc.constant(undefined)),
  name: fc.oneof(fc.string(), fc.constant(null)),
  role: fc.oneof(fc.constantFrom(...roles), fc.string()),
  locale: fc.oneof(fc.constantFrom(...locales), fc.constant(null), fc.constant('fr'), fc.constant(undefined)),
  extra: fc.anything(),
}, { requiredKeys: ['id', 'email', 'name', 'role'] });

const answer = fc.oneof(
  fc.record({ user: nearlyUser }),
  fc.record({ user: fc.anything() }),
  fc.anything(),
);

describe('signedInCheck', () => {
  it('when any answer comes, then it accepts what the shared zod schema accepts and returns the same value', () => {
    fc.assert(fc.property(answer, (data) => {
      const ours = signedInCheck.safeParse(data);
      const zods = signedInView.safeParse(data);
      expect(ours.success).toBe(zods.success);
      if (ours.success && zods.success) expect(ours.data).toEqual(zods.data);
    }), { numRuns: 2000 });
  });

  it('when a real answer comes, then the user is read, unknown fields dropped', () => {
    const user = { id: 3, email: 'a@b.cn', name: '李四', role: 'finance', locale: null };
    expect(signedInCheck.safeParse({ user: { ...user, extra: 1 } })).toEqual({ success: true, data: { user } });
    expect(signedInCheck.safeParse({ user: { ...user, role: 'boss' } }).success).toBe(false);
  });
});
