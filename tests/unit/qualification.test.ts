import { describe, expect, it } from 'vitest';
import { unqualifiedHosts } from '../../server/domain/qualification';

const host = (hostId: number, qualifications: { category: string; expiresOn: string }[]) => ({ hostId, stageName: `h${hostId}`, qualifications });

describe('unqualifiedHosts', () => {
  it.each([
    ['an unregulated category needs nothing', 'beauty', [host(1, [])], []],
    ['no category needs nothing', null, [host(1, [])], []],
    ['a valid certificate qualifies', 'medical', [host(1, [{ category: 'medical', expiresOn: '2027-01-01' }])], []],
    ['a certificate expiring that very day still qualifies', 'medical', [host(1, [{ category: 'medical', expiresOn: '2026-12-01' }])], []],
    ['an expired certificate does not', 'medical', [host(1, [{ category: 'medical', expiresOn: '2026-11-30' }])], [1]],
    ['another category does not', 'finance', [host(1, [{ category: 'medical', expiresOn: '2027-01-01' }])], [1]],
    ['every host must qualify', 'law', [host(1, [{ category: 'law', expiresOn: '2027-01-01' }]), host(2, [])], [2]],
  ] as const)('when %s', (_label, category, hosts, expected) => {
    expect(unqualifiedHosts(category, hosts, '2026-12-01').map((h) => h.hostId)).toEqual(expected);
  });
});
