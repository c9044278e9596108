import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatuses } from '../../server/domain/ledger';
import { isOlderState, type RowState } from '../../server/domain/order-freshness';

const row = (status: RowState['status'], sourceUpdatedAt: number | null = null): RowState => ({ status, sourceUpdatedAt });

describe('isOlderState', () => {
  it.each([
    ['the row was updated earlier than the stored one, even at a later status', row('settled', 100), row('paid', 200), true],
    ['the row was updated later, even at an earlier status', row('paid', 300), row('settled', 200), false],
    ['same update time, earlier status (a refund the platform made without moving the time)', row('settled', 200), row('invalid', 200), true],
    ['same update time, same status (the same row again)', row('settled', 200), row('settled', 200), false],
    ['no update time (an export), earlier status', row('paid'), row('settled'), true],
    ['no update time, later status', row('settled'), row('received'), false],
    ['no update time, same status with a corrected amount', row('settled'), row('settled'), false],
    ['only the stored row has a time: the status decides', row('received'), row('settled', 200), true],
    ['only the incoming row has a time: the status decides', row('invalid', 100), row('settled'), false],
    ['a refund after settlement arrives', row('invalid'), row('settled'), false],
    ['a cancelled order comes back as paid from an old file', row('paid'), row('invalid'), true],
  ])('when %s, then older is %s', (_label, incoming, stored, expected) => {
    expect(isOlderState(incoming, stored)).toBe(expected);
  });

  const state = fc.record({ status: fc.constantFrom(...orderStatuses), sourceUpdatedAt: fc.option(fc.integer({ min: 0, max: 1e13 }), { nil: null }) });

  it('property: a row is never older than itself, and of two different states at most one is older', () => {
    fc.assert(fc.property(state, state, (a, b) => {
      expect(isOlderState(a, a)).toBe(false);
      expect(isOlderState(a, b) && isOlderState(b, a)).toBe(false);
    }));
  });

  it('property: importing rows in any order ends at the same state as importing them in time order, when every row has a time', () => {
    const timed = fc.uniqueArray(fc.record({ status: fc.constantFrom(...orderStatuses), sourceUpdatedAt: fc.integer({ min: 0, max: 1e6 }) }), {
      minLength: 1, maxLength: 8, selector: (r) => r.sourceUpdatedAt,
    });
    fc.assert(fc.property(timed, fc.func(fc.integer()), (rows, shuffleKey) => {
      const apply = (list: RowState[]) => list.reduce<RowState | null>((stored, r) => (stored && isOlderState(r, stored) ? stored : r), null);
      const inTimeOrder = [...rows].sort((x, y) => (x.sourceUpdatedAt ?? 0) - (y.sourceUpdatedAt ?? 0));
      const shuffled = [...rows].sort((x, y) => shuffleKey(x.sourceUpdatedAt ?? 0) - shuffleKey(y.sourceUpdatedAt ?? 0));
      expect(apply(shuffled)).toEqual(apply(inTimeOrder));
    }));
  });
});
