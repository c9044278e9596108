import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import type { ApiClient } from '../helpers/api-client';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { addAccount, addHost } from '../integration/roster-kit';
import { december5 } from '../integration/settlement-kit';

// Issue 16's deals in the browser: finance reads November's pit fees invoiced against received on the
// reconciliation page, the overdue deal flagged. The server's clock stands on 2026-12-05 in Shanghai.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const { signIn } = e2e;

const accountant = { email: 'qian@example.test', password: 'finance-password-1', name: '钱财务' };

type PitFees = {
  items: { dealId: number; pitFeeFen: number; invoicedFen: number; receivedFen: number; outstandingFen: number; dueOn: string | null; overdue: boolean }[];
  totals: { pitFeeFen: number; invoicedFen: number; receivedFen: number; outstandingFen: number; overdue: number };
};

let admin: ApiClient;
let finance: ApiClient;
let page: Page;

/** Three deals of a November session: one invoiced, partly paid and past due; one invoiced, not yet due; one paid. */
async function setUpDeals() {
  admin = await e2e.server.signIn('admin');
  finance = await e2e.server.signIn('finance', accountant);
  const host = await addHost(admin, { status: 'trial' });
  const account = await addAccount(admin, host.id, { platform: 'douyin' });
  const session = (await admin.post('/api/v1/sessions', {
    accountId: account.id, hosts: [{ hostId: host.id, role: 'main', shareBp: 10000 }], startsAt: '2026-11-10T12:00:00+08:00', endsAt: '2026-11-10T14:00:00+08:00', status: 'completed',
  })).body.id as number;
  const brand = (await admin.post('/api/v1/brands', { name: '花西子' })).body.id as number;
  const deal = async (pitFeeFen: number, invoice: Record<string, unknown>) => {
    const created = await admin.post('/api/v1/deals', { brandId: brand, sessionIds: [session], pitFeeFen, status: 'confirmed' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const invoiced = await admin.patch(`/api/v1/deals/${created.body.id}`, { status: 'invoiced', ...invoice });
    expect(invoiced.status, JSON.stringify(invoiced.body)).toBe(200);
    return created.body.id as number;
  };
  const overdue = await deal(100_000, { invoicedOn: '2026-11-10', dueOn: '2026-11-30', receivedFen: 30_000, receivedOn: '2026-11-20' });
  await deal(50_000, { invoicedOn: '2026-12-01', dueOn: '2026-12-31' });
  const paid = await deal(20_000, { dueOn: '2026-11-20' });
  expect((await admin.patch(`/api/v1/deals/${paid}`, { status: 'paid' })).status).toBe(200);
  return overdue;
}

describe('pit fees on the reconciliation page', () => {
  it('when finance opens November, then each deal shows the API\'s figures, the totals, and the overdue one flagged', async () => {
    const overdue = await setUpDeals();
    const api = (await finance.get('/api/v1/reconciliation/pit-fees?period=2026-11')).body as PitFees;
    expect(api.items).toHaveLength(3);
    expect(api.totals.overdue).toBe(1);

    page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, accountant.email, accountant.password);
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '对账', exact: true }).click();
    await page.getByLabel('对账周期').fill('2026-11');
    await page.getByRole('heading', { name: '坑位费开票与回款' }).waitFor();
    const table = page.getByRole('table', { name: '2026-11 坑位费' });
    for (const item of api.items) {
      const row = table.getByRole('row', { name: new RegExp(`花西子 #${item.dealId}\\b`) });
      await row.waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.slice(2, 6)).toEqual([item.pitFeeFen, item.invoicedFen, item.receivedFen, item.outstandingFen].map(formatMoney));
      expect(cells[7]).toBe(item.overdue ? `${item.dueOn} 逾期` : item.dueOn);
      // Finance may not change deals: the deal opens its brand's deals.
      expect(await row.getByRole('link').getAttribute('href')).toMatch(/^\/deals\?brandId=\d+$/);
    }
    const flagged = table.getByRole('row', { name: new RegExp(`花西子 #${overdue}\\b`) });
    await flagged.getByText('逾期', { exact: true }).waitFor();
    expect(await table.getByText('逾期', { exact: true }).count()).toBe(1);
    const totals = await table.getByRole('row', { name: /^合计/ }).getByRole('cell').allTextContents();
    expect(totals.slice(2, 6)).toEqual([api.totals.pitFeeFen, api.totals.invoicedFen, api.totals.receivedFen, api.totals.outstandingFen].map(formatMoney));
    expect(totals[7]).toBe('逾期 1 笔');
    await page.screenshot({ path: '/tmp/pit-fees-e2e.png', fullPage: true });

    // October sold nothing: the table says so.
    await page.getByLabel('对账周期').fill('2026-10');
    await page.getByRole('table', { name: '2026-10 坑位费' }).getByText('2026-10 的场次中没有售出的合作。').waitFor();
  });
});
