import type { ApiClient } from '../helpers/api-client';
import { addAccount, addContract, addHost } from './roster-kit';

// Shared steps of the scheduling tests: a bookable host (active contract for 2026) with an account.

export async function bookableHost(admin: ApiClient, overrides: Parameters<typeof addHost>[1] = {}) {
  const host = await addHost(admin, overrides);
  await addContract(admin, host.id, { startDate: '2026-01-01', endDate: '2027-12-31' });
  const account = await addAccount(admin, host.id);
  return { hostId: host.id, accountId: account.id };
}

export async function addRoom(admin: ApiClient, name: string, bufferMinutes = 0): Promise<number> {
  const res = await admin.post('/api/v1/rooms', { name, bufferMinutes });
  if (res.status !== 201) throw new Error(`room: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export function booking(accountId: number, hostId: number, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) {
  return { accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }], startsAt, endsAt, ...extra };
}
