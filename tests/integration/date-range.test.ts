import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { buildContract, buildHost, flatTerms } from '../factories/roster';
import { addHost, expectError, rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

// Issue 15 item 3: every field that takes a date accepts only the years the product supports
// (2000-2100); anything else, however well-formed, is a 400 invalid_request, never a 500.

let server: TestServer;
let admin: ApiClient & { user: { id: number; email: string } };
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const outOfRange = ['0000-01-01', '0001-01-01', '1999-12-31', '2101-01-01', '9999-12-31'];
const impossible = ['2026-02-30', '2026-13-01', '26-01-01'];

describe('dates outside 2000-2100', () => {
  it('when a contract, an amendment or a qualification names one, then 400 naming the field', async () => {
    const host = await addHost(admin);
    const contract = await admin.post('/api/v1/contracts', buildContract(host.id));
    expect(contract.status).toBe(201);
    for (const date of [...outOfRange, ...impossible]) {
      expectError(await admin.post('/api/v1/contracts', buildContract(host.id, { startDate: date })), 400, 'invalid_request', ['startDate']);
      expectError(await admin.post('/api/v1/contracts', buildContract(host.id, { endDate: date })), 400, 'invalid_request', ['endDate']);
      expectError(await admin.post(`/api/v1/contracts/${contract.body.id}/amendments`, { effectiveFrom: date, terms: flatTerms(2000) }),
        400, 'invalid_request', ['effectiveFrom']);
      expectError(await admin.post(`/api/v1/hosts/${host.id}/qualifications`, { category: 'beauty', certificateNumber: 'C-1', expiresOn: date }),
        400, 'invalid_request', ['expiresOn']);
    }
    expect((await admin.get(`/api/v1/contracts?hostId=${host.id}`)).body.total).toBe(1);
  });

  it('when a series rule, a series cancellation or a payment names one, then 400 naming the field', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const rule = { weekdays: [1], startTime: '09:00', durationMinutes: 60, fromDate: '2026-12-01', untilDate: '2026-12-14' };
    const series = (r: Record<string, unknown>) => ({ accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }], rule: { ...rule, ...r } });
    const booked = await admin.post('/api/v1/sessions/series', series({}));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    for (const date of [...outOfRange, ...impossible]) {
      expectError(await admin.post('/api/v1/sessions/series', series({ fromDate: date })), 400, 'invalid_request', ['rule', 'fromDate']);
      expectError(await admin.post('/api/v1/sessions/series', series({ untilDate: date })), 400, 'invalid_request', ['rule', 'untilDate']);
      expectError(await admin.post(`/api/v1/sessions/series/${booked.body.id}/cancel`, { from: date }), 400, 'invalid_request', ['from']);
      expectError(await admin.post('/api/v1/statements/1/pay', { reference: 'TX-1', paidOn: date }), 400, 'invalid_request', ['paidOn']);
    }
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}&pageSize=200`)).body.total).toBe(booked.body.sessionIds.length);
  });

  it('when a host names a join date outside 2000-2100, then 400; a birth date may be in the last century, not in year 0001 or 9999', async () => {
    for (const joinDate of [...outOfRange, ...impossible]) {
      expectError(await admin.post('/api/v1/hosts', buildHost({ joinDate })), 400, 'invalid_request', ['joinDate']);
    }
    for (const birthDate of ['0000-01-01', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31', ...impossible]) {
      expectError(await admin.post('/api/v1/hosts', buildHost({ birthDate })), 400, 'invalid_request', ['birthDate']);
    }
    const older = await admin.post('/api/v1/hosts', buildHost({ birthDate: '1985-06-01', joinDate: '2000-01-01' }));
    expect(older.status, JSON.stringify(older.body)).toBe(201);
    const edge = await admin.patch(`/api/v1/hosts/${older.body.id}`, { joinDate: '2100-12-31' });
    expect(edge.status, JSON.stringify(edge.body)).toBe(200);
    expectError(await admin.patch(`/api/v1/hosts/${older.body.id}`, { birthDate: '9999-12-31' }), 400, 'invalid_request', ['birthDate']);
  });
});

describe('instants outside 2000-2100', () => {
  it('when a session starts in year 9999 or year 0001, then 400 naming the field and nothing is booked', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    for (const [startsAt, endsAt] of [
      ['9999-12-31T23:00:00Z', '9999-12-31T23:30:00Z'],
      ['0001-01-01T00:00:00Z', '0001-01-01T02:00:00Z'],
    ] as const) {
      expectError(await admin.post('/api/v1/sessions', booking(accountId, hostId, startsAt, endsAt)), 400, 'invalid_request', ['startsAt']);
    }
    expectError(await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T20:00:00+08:00', '2101-01-01T00:00:00Z')),
      400, 'invalid_request', ['endsAt']);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(0);
  });
});
