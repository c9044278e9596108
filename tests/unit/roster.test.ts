import { describe, expect, it } from 'vitest';
import { complianceIssues } from '../../server/domain/compliance';
import { canChangeDealStatus } from '../../server/domain/deals';
import { canChangeHostStatus, statusAfterSigning } from '../../server/domain/host-status';
import { ageOn, isValidResidentId, residentIdCheckChar, signingIssue } from '../../server/domain/identity';
import { changedFields, isMasked, maskSensitive, tierAllowed } from '../../server/domain/roster';

describe('resident ID numbers', () => {
  it.each([
    ['11010519491231002X', true], // the standard's own example
    ['110105194912310021', false], // wrong check character
    ['11010519491231002x', false], // lower case is normalised before this check
    ['110105194902300028', false], // 30 February
    ['1101051949123100', false],
    ['A10105194912310021', false],
  ])('when the number is %s, then valid is %s', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid);
  });

  it('when the first 17 digits are known, then the check character follows ISO 7064 MOD 11-2', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });
});

describe('maskSensitive', () => {
  it.each([
    ['11010519491231002X', '**************002X'],
    ['13812345678', '*******5678'],
    ['12345678', '****5678'],
    ['1234567', '***4567'],
    ['1234', '****'],
    ['招商银行上海分行', '****上海分行'],
  ])('when the value is %s, then it shows %s', (value, masked) => {
    expect(maskSensitive(value)).toBe(masked);
  });
  it('when there is no value, then null', () => expect(maskSensitive(null)).toBeNull());
  it.each(['11010519491231002X', '13812345678', '招商银行上海分行', '1234', 'x'])('when %s is masked, then isMasked knows it, and not the clear value', (value) => {
    expect(isMasked(maskSensitive(value)!)).toBe(true);
    expect(isMasked(value)).toBe(false);
  });
  it.each(['', '*12345', '12*34', '**'.concat('*x*')])('when a cell reads %j, then it is no mask', (cell) => expect(isMasked(cell)).toBe(false));
});

describe('age and signing', () => {
  it.each([
    ['2010-11-26', '2026-11-25', 15], ['2010-11-26', '2026-11-26', 16], ['2008-02-29', '2026-02-28', 17], ['2008-02-29', '2026-03-01', 18],
  ])('when born %s, then on %s the age is %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });

  it.each([
    ['2011-01-01', false, 'birthDate'], ['2009-06-01', false, 'guardianConsent'], ['2009-06-01', true, null],
    ['2000-01-01', false, null], [null, false, null],
  ] as const)('when born %s with consent %s, then the issue names %s', (birthDate, guardianConsent, field) => {
    expect(signingIssue({ birthDate, guardianConsent }, '2026-11-25')?.field ?? null).toBe(field);
  });
});

describe('status transitions', () => {
  it.each([
    ['terminated', 'active', false], ['terminated', 'prospect', true], ['prospect', 'active', true],
    ['active', 'prospect', false], ['suspended', 'active', true], ['active', 'active', true],
  ] as const)('when a host goes from %s to %s by an edit, then allowed is %s', (from, to, allowed) => {
    expect(canChangeHostStatus(from, to)).toBe(allowed);
  });

  it('when a contract is signed, then the host becomes active unless suspended', () => {
    expect(statusAfterSigning('terminated')).toBe('active');
    expect(statusAfterSigning('trial')).toBe('active');
    expect(statusAfterSigning('suspended')).toBe('suspended');
  });

  it.each([
    ['proposed', 'confirmed', true], ['proposed', 'paid', false], ['invoiced', 'paid', true], ['confirmed', 'paid', false],
    ['paid', 'cancelled', false], ['cancelled', 'proposed', false], ['invoiced', 'cancelled', true],
  ] as const)('when a deal goes from %s to %s, then allowed is %s', (from, to, allowed) => {
    expect(canChangeDealStatus(from, to)).toBe(allowed);
  });
});

describe('complianceIssues', () => {
  const base = { birthDate: '2000-01-01', realNameVerified: true, guardianConsent: false, qualifications: [], activeContracts: [] };
  it('when everything is on file and nothing expires, then there is no issue', () => {
    expect(complianceIssues(base, '2026-11-25', 30)).toEqual([]);
  });
  it('when a certificate expired and was renewed, then only the renewal counts', () => {
    const qualifications = [{ id: 1, category: 'law', expiresOn: '2026-01-01' }, { id: 2, category: 'law', expiresOn: '2026-12-01' }];
    expect(complianceIssues({ ...base, qualifications }, '2026-11-25', 30)).toEqual([
      { kind: 'qualification_expiring', qualificationId: 2, category: 'law', expiresOn: '2026-12-01', expired: false },
    ]);
  });
  it('when a certificate has expired, then it is listed as expired', () => {
    const qualifications = [{ id: 1, category: 'law', expiresOn: '2026-11-24' }];
    expect(complianceIssues({ ...base, qualifications }, '2026-11-25', 30)[0]).toMatchObject({ expired: true });
  });
});

describe('host tiers', () => {
  const agency = ['S', 'A', 'B', 'C'];
  it.each([
    ['A', null, true],
    [null, null, true],
    ['', null, true],
    [undefined, 'X', true],
    ['X', null, false],
    ['a', null, false], // tiers are matched exactly
    ['X', 'X', true], // a tier the host had before the list keeps until changed
    ['Y', 'X', false],
  ] as const)('when the tier is %j and the host had %j, then allowed is %s', (tier, current, allowed) => {
    expect(tierAllowed(tier, agency, current)).toBe(allowed);
  });
});

describe('changedFields', () => {
  const current = { stageName: '小鹿', tier: null, categories: ['books', 'education'], realNameVerified: false, phone: '13812345678' };
  it.each([
    ['the same values', { stageName: '小鹿', tier: null, realNameVerified: false }, {}],
    ['values not given', { stageName: undefined, phone: undefined }, {}],
    ['the same list in another order', { categories: ['education', 'books'] }, {}],
    ['a list with one more', { categories: ['books', 'education', 'food'] }, { categories: ['books', 'education', 'food'] }],
    ['a name and a flag changed beside one kept', { stageName: '小鹿鹿', realNameVerified: true, tier: null }, { stageName: '小鹿鹿', realNameVerified: true }],
    ['a value cleared', { tier: 'A', phone: null }, { tier: 'A', phone: null }],
  ])('when the patch holds %s, then the changes are exactly those that differ', (_, patch, changed) => {
    expect(changedFields(current, patch)).toEqual(changed);
  });
});
