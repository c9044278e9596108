import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import type { ApiClient } from '../helpers/api-client';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { addAccount, addHost } from '../integration/roster-kit';
import { december5 } from '../integration/settlement-kit';

// Issue 16's deals in the browser: finance reads November's pit fees invoiced against received on the
// reconciliation page, the overdue deal flagged; a manager records a brand's invoice and payment on the deal's
// form, the browser's and the server's objections beside the fields. The server's clock stands on 2026-12-05 in Shanghai.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const { signIn } = e2e;

const accountant = { email: 'qian@example.test', password: 'finance-password-1', name: '钱财务' };
const agent = { email: 'zhou@example.test', password: 'manager-password-1', name: '周经纪' };

type PitFees = {
  items: { dealId: number; pitFeeFen: number; invoicedFen: number; receivedFen: number; outstandingFen: number; dueOn: string | null; overdue: boolean }[];
  totals: { pitFeeFen: number; invoicedFen: number; receivedFen: number; outstandingFen: number; overdue: number };
};

let admin: ApiClient;
let finance: ApiClient;
let page: Page;

/** The focused control's label and the messages that describe it (aria-describedby). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const described = (el?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    return { label, described };
  });
}

/** The messages that describe the control labelled so (its hint and its error). */
const describedBy = (page: Page, label: string) => page.getByLabel(label, { exact: true }).evaluate((el) =>
  (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));

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

  it('when a manager records the invoice and payment on a deal\'s form, then they are saved; wrong ones are said beside their fields', async () => {
    const deal = (await finance.get('/api/v1/reconciliation/pit-fees?period=2026-11')).body.items[1] as { dealId: number };
    const before = (await admin.get(`/api/v1/deals/${deal.dealId}`)).body;
    expect(before).toMatchObject({ invoicedOn: '2026-12-01', dueOn: '2026-12-31', receivedFen: 0, receivedOn: null });
    await e2e.server.signIn('manager', agent);
    await page.context().clearCookies();
    await signIn(page, agent.email, agent.password);
    // A manager may change deals: on the reconciliation page, the deal opens its form.
    const nav = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '对账', exact: true });
    await nav.click();
    await page.getByLabel('对账周期').fill('2026-11');
    const row = () => page.getByRole('table', { name: '2026-11 坑位费' }).getByRole('row', { name: new RegExp(`花西子 #${deal.dealId}\\b`) });
    await row().getByRole('cell', { name: '¥0.00', exact: true }).waitFor();
    await row().getByRole('link', { name: `花西子 #${deal.dealId}` }).click();
    await page.getByRole('heading', { name: `编辑合作 #${deal.dealId}` }).waitFor();
    // The brand is a picker by name, showing the deal's brand.
    await expect.poll(() => page.getByRole('combobox', { name: '品牌' }).inputValue()).toBe('花西子');
    expect(await page.getByLabel('开票日期').inputValue()).toBe('2026-12-01');

    // A due date before the invoice and a third decimal: said beside each, focus on the first, nothing sent.
    await page.getByLabel('回款到期日').fill('2026-11-30');
    await page.getByLabel('已回款（元）', { exact: true }).fill('300.125');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '回款到期日', described: '到期日不能早于开票日期' });
    expect(await describedBy(page, '已回款（元）')).toContain('请输入以元为单位的金额，最多两位小数');
    expect((await admin.get(`/api/v1/deals/${deal.dealId}`)).body.dueOn).toBe('2026-12-31');

    // What only the server knows (more than it takes) comes back beside the field too.
    await page.getByLabel('回款到期日').fill('2026-12-20');
    await page.getByLabel('已回款（元）', { exact: true }).fill('2000000000');
    await page.getByRole('button', { name: '保存' }).click();
    const refused = await admin.patch(`/api/v1/deals/${deal.dealId}`, { receivedFen: 200_000_000_000 }, { 'accept-language': 'zh-CN' });
    expect(refused.status).toBe(400);
    const said = (refused.body.error.details as { path: string[]; message: string }[]).find((d) => d.path[0] === 'receivedFen')!.message;
    await expect.poll(() => describedBy(page, '已回款（元）')).toContain(said);
    expect(await page.getByLabel('已回款（元）', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect((await admin.get(`/api/v1/deals/${deal.dealId}`)).body.receivedFen).toBe(0);

    await page.getByLabel('已回款（元）', { exact: true }).fill('200');
    await page.getByLabel('回款日期').fill('2026-12-04');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存合作').waitFor();
    await page.waitForURL(/\/deals$/);
    expect((await admin.get(`/api/v1/deals/${deal.dealId}`)).body).toMatchObject({ invoicedOn: '2026-12-01', dueOn: '2026-12-20', receivedFen: 20_000, receivedOn: '2026-12-04', status: 'invoiced' });
    // Back on reconciliation (no reload), the pit fees show what was just saved.
    await nav.click();
    await page.getByLabel('对账周期').fill('2026-11');
    await row().getByRole('cell', { name: '¥200.00', exact: true }).waitFor();
    await row().getByRole('cell', { name: '¥300.00', exact: true }).waitFor();
    await page.goto(`${e2e.server.url}/deals/${deal.dealId}/edit`);
    await expect.poll(() => page.getByLabel('已回款（元）', { exact: true }).inputValue()).toBe('200.00');
    expect(await page.getByLabel('回款日期').inputValue()).toBe('2026-12-04');
    await page.screenshot({ path: '/tmp/deal-form-e2e.png', fullPage: true });
  });
});
