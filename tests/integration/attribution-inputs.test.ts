import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderStatements } from '../../server/modules/ledger/order-statements';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { addAccount, addHost, rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

// An import keeps attribution's lookups across batches while attribution_inputs.version stands still.
describe('what attribution reads has a version', () => {
  const version = () => orderStatements(server.deps.sqlite).attributionVersion();

  it('when accounts, identifiers, sessions or their hosts change, then the version moves', async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    let host = 0;
    let account = 0;
    let session = 0;
    steps.push(['a host alone does not count', async () => { host = (await addHost(admin)).id; }]);
    steps.push(['an account with identifiers', async () => { account = (await addAccount(admin, host)).id; }]);
    steps.push(['an identifier edit', () => admin.patch(`/api/v1/accounts/${account}`, { identifiers: ['dy-new-identifier'] })]);
    steps.push(['a booking', async () => {
      const b = await bookableHost(admin);
      session = (await admin.post('/api/v1/sessions', booking(b.accountId, b.hostId, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z'))).body.id;
    }]);
    steps.push(['a move', () => admin.patch(`/api/v1/sessions/${session}`, { startsAt: '2026-12-01T13:00:00Z' })]);
    const moved: Record<string, boolean> = {};
    for (const [name, step] of steps) {
      const before = version();
      await step();
      moved[name] = version() !== before;
    }
    expect(moved).toEqual({ 'a host alone does not count': false, 'an account with identifiers': true, 'an identifier edit': true, 'a booking': true, 'a move': true });
  });
});
