import { expect } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { buildAccount, buildContract, buildHost } from '../factories/roster';

// Shared steps of the roster tests: a server at a fixed agency time, and creating through the API.

/** 2026-11-25 20:00 in Shanghai: the agency's today is 2026-11-25. */
export const fixedNow = new Date('2026-11-25T12:00:00Z');

export async function rosterServer(now: () => Date = () => fixedNow): Promise<TestServer> {
  return startTestServer({ clock: { now } });
}

async function created(promise: Promise<{ status: number; body: unknown }>) {
  const res = await promise;
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: number } & Record<string, unknown>;
}

export const addHost = (client: ApiClient, overrides: Parameters<typeof buildHost>[0] = {}) =>
  created(client.post('/api/v1/hosts', buildHost(overrides)));

export const addAccount = (client: ApiClient, hostId: number, overrides: Parameters<typeof buildAccount>[0] = {}) =>
  created(client.post(`/api/v1/hosts/${hostId}/accounts`, buildAccount(overrides)));

export const addContract = (client: ApiClient, hostId: number, overrides: Parameters<typeof buildContract>[1] = {}) =>
  created(client.post('/api/v1/contracts', buildContract(hostId, overrides)));

/** The audit entries of one entity, newest first (read as an admin). */
export async function auditOf(admin: ApiClient, entity: string, entityId: number) {
  const res = await admin.get(`/api/v1/audit-log?entity=${entity}&entityId=${entityId}`);
  expect(res.status).toBe(200);
  return res.body.items as { action: string; actorId: number; before: unknown; after: unknown }[];
}

/** Asserts the error envelope: status, code, and that some detail names the field path. */
export function expectError(res: { status: number; body: { error?: { code: string; details: { path?: unknown[] }[] } } }, status: number, code: string, path?: (string | number)[]) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.error?.code).toBe(code);
  if (path) expect(res.body.error?.details.map((d) => d.path)).toContainEqual(path);
}
