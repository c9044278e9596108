import { describe, expect, it } from 'vitest';
import type { Host } from './api';
import { createInput, emptyHostForm, hostFormProblems, hostToForm, patchInput } from './host-form';

const host: Host = {
  id: 7, stageName: '小美', legalName: '王美', status: 'active', agentId: 3, tier: 'A', categories: ['beauty'],
  joinDate: '2026-01-01', birthDate: null, birthDateOnFile: true, age: 26, minor: false, notes: '', realNameVerified: true, guardianConsent: false,
  idNumber: '**************1234', phone: '*******5678', bankAccount: null, bankName: null, archived: false,
  createdAt: '2026-01-01T10:00:00+08:00', updatedAt: '2026-01-01T10:00:00+08:00',
};

describe('host form', () => {
  it('when a new host leaves optional fields empty, then they are not sent', () => {
    const input = createInput({ ...emptyHostForm(''), stageName: ' 小美 ', legalName: '王美', phone: '13800000000' });
    expect(input).toEqual({ stageName: '小美', legalName: '王美', status: 'prospect', categories: [], notes: '', realNameVerified: false, guardianConsent: false, phone: '13800000000' });
  });

  it('when an existing host is saved unchanged, then nothing is sent, and masked values are never sent back', () => {
    expect(patchInput(hostToForm(host), host)).toEqual({});
  });

  it('when a field changes or a new sensitive value is typed, then only those are sent', () => {
    const form = { ...hostToForm(host), tier: '', bankName: '招商银行', categories: ['beauty', 'food'] as const };
    expect(patchInput({ ...form, categories: [...form.categories] }, host)).toEqual({ tier: null, bankName: '招商银行', categories: ['beauty', 'food'] });
  });

  it('when a stored sensitive value is cleared, then null is sent for it, whatever was typed; clearing an empty one sends nothing', () => {
    const form = { ...hostToForm(host), phone: '13900000000', cleared: ['phone', 'bankAccount'] as ('phone' | 'bankAccount')[] };
    expect(patchInput(form, host)).toEqual({ phone: null });
    expect(patchInput({ ...hostToForm(host), cleared: ['idNumber'] }, host)).toEqual({ idNumber: null });
  });
});

describe('hostFormProblems', () => {
  it('when names are missing or too long, or the notes too long, then each field says so; a filled form has none', () => {
    const filled = { ...emptyHostForm(''), stageName: '小美', legalName: '王美' };
    expect(hostFormProblems(filled)).toEqual({});
    expect(hostFormProblems({ ...filled, stageName: '  ', legalName: 'x'.repeat(101), notes: 'n'.repeat(5001) })).toEqual({
      stageName: { key: 'form.required' }, legalName: { key: 'form.tooLong', max: 100 }, notes: { key: 'form.tooLong', max: 5000 },
    });
  });
});
