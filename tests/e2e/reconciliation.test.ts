import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import type { ApiClient } from '../helpers/api-client';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { fixtureDir, registerAccounts, waitForImport } from '../integration/import-kit';
import { addContract } from '../integration/roster-kit';
import { december5 } from '../integration/settlement-kit';

// Issue 16 in the browser: finance follows the dashboard's count of last month's commission mismatches and reconciles November's Douyin account with the wrong commission (a payout
// entered in yuan, the mark with a note), then November is settled and closed, and the host's agent tries
// other terms on the host page and reads the paid net next to the what-if net. The server's clock stands on
// 2026-12-05 in Shanghai.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const { signIn, signOut } = e2e;

const accountant = { email: 'zhao@example.test', password: 'finance-password-1', name: '赵财务' };
const agent = { email: 'li@example.test', password: 'manager-password-1', name: '李经纪' };
const terms = { hostShare: { mode: 'flat', rateBp: 3000 } };

let admin: ApiClient;
let finance: ApiClient;
let hostId: number;
let accountId: number;
let page: Page;

/** The Douyin sample's hosts under contract; the first order's settled commission is 37 fen off base x rate. */
async function setUpNovember() {
  admin = await e2e.server.signIn('admin');
  finance = await e2e.server.signIn('finance', accountant);
  const hosts = await registerAccounts(admin, 'douyin-api');
  for (const id of hosts.values()) await addContract(admin, id, { terms: terms as never });
  hostId = hosts.get('douyin-acct-0')!;
  const pages = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json'), 'utf8'));
  pages[0].data.orders[0].real_commission += 37;
  const upload = await finance.upload('/api/v1/imports', { name: 'douyin-api.json', bytes: Buffer.from(JSON.stringify(pages)) });
  expect((await waitForImport(finance, upload.body.id)).status).toBe('succeeded');
}

type Item = { accountId: number; hostId: number; handle: string; commissionMismatches: number; ledgerFen: number; payoutFen: number | null; differenceFen: number | null; reconciled: boolean; note: string };
const itemOf = async (id: number) => ((await finance.get('/api/v1/reconciliation?period=2026-11')).body.items as Item[]).find((i) => i.accountId === id)!;

describe('reconciliation and the contract what-if in the browser', () => {
  it('when finance follows the dashboard\'s count of November\'s mismatches, then an account shows its mismatches; a payout in yuan and the mark with a note are saved', async () => {
    await setUpNovember();
    const listed = ((await finance.get('/api/v1/reconciliation?period=2026-11')).body.items as Item[]).find((i) => i.hostId === hostId)!;
    accountId = listed.accountId;
    expect(listed.commissionMismatches).toBe(1);

    page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, accountant.email, accountant.password);
    // From the dashboard's count of last month's mismatches (every account's, as the list sums them) to the month.
    const lastMonthMismatches = ((await finance.get('/api/v1/reconciliation?period=2026-11')).body.items as Item[]).reduce((n, i) => n + i.commissionMismatches, 0);
    await page.goto(`${e2e.server.url}/`);
    const figure = page.getByTestId('figure-mismatches');
    await figure.getByText('2026-11 佣金不符订单').waitFor();
    expect(await figure.locator('p').nth(1).textContent()).toBe(String(lastMonthMismatches));
    await figure.click();
    await page.getByRole('heading', { name: '对账', exact: true }).waitFor();
    expect(await page.getByLabel('对账周期').inputValue()).toBe('2026-11');
    const table = page.getByRole('table', { name: '2026-11 对账' });
    const row = table.getByRole('row', { name: /大鹏直播间0/ });
    await row.getByRole('link', { name: '大鹏直播间0 的 1 笔佣金不符订单' }).waitFor();
    expect(await row.getByRole('cell', { name: formatMoney(listed.ledgerFen), exact: true }).count()).toBeGreaterThan(0);
    await row.getByText('未对账').waitFor();
    await table.getByRole('row', { name: /^合计/ }).waitFor();
    // Sorting by mismatches, most first, puts the account on top.
    await table.getByRole('button', { name: '佣金不符' }).click();
    await table.getByRole('button', { name: '佣金不符' }).click();
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('大鹏直播间0');
    await page.screenshot({ path: '/tmp/reconciliation-e2e-list.png', fullPage: true });

    await row.getByRole('link', { name: '大鹏直播间0 的 1 笔佣金不符订单' }).click();
    await page.getByRole('heading', { name: '对账 · 抖音 大鹏直播间0 · 2026-11' }).waitFor();
    const mismatches = page.getByRole('table', { name: '佣金不符的订单' });
    const order = mismatches.getByRole('row').nth(1);
    await order.getByRole('cell', { name: '¥0.37', exact: true }).waitFor();
    expect(await order.getByRole('link').getAttribute('href')).toMatch(/^\/orders\/\d+$/);

    // The payout is typed in yuan; a third decimal is refused beside the field, nothing is sent.
    const payout = page.getByRole('form', { name: '平台结算金额' });
    await payout.getByLabel('结算金额（元）').fill('12.345');
    await payout.getByRole('button', { name: '保存结算金额' }).click();
    await payout.getByText('请输入以元为单位的金额，最多两位小数').waitFor();
    expect((await itemOf(accountId)).payoutFen).toBeNull();
    const payoutFen = listed.ledgerFen + 1_234;
    await payout.getByLabel('结算金额（元）').fill((payoutFen / 100).toFixed(2));
    await payout.getByRole('button', { name: '保存结算金额' }).click();
    await page.getByText(`已保存平台结算金额 ${formatMoney(payoutFen)}`).waitFor();
    await expect.poll(() => page.getByTestId('difference').textContent()).toBe('¥12.34');
    expect(await itemOf(accountId)).toMatchObject({ payoutFen, differenceFen: 1_234 });

    await page.getByLabel('备注').fill('差额为平台技术服务费');
    await page.getByRole('button', { name: '标记已对账' }).click();
    await page.getByText('已标记为已对账').waitFor();
    await page.getByRole('button', { name: '撤销对账' }).waitFor();
    await page.getByText(`已对账：${accountant.name}，`).waitFor();
    expect(await itemOf(accountId)).toMatchObject({ reconciled: true, note: '差额为平台技术服务费' });
    // Undoing asks first; cancelled, the mark stays.
    await page.getByRole('button', { name: '撤销对账' }).click();
    await page.getByRole('dialog', { name: /撤销 大鹏直播间0 在 2026-11 的对账标记？/ }).getByRole('button', { name: '取消' }).click();
    expect((await itemOf(accountId)).reconciled).toBe(true);
    await page.screenshot({ path: '/tmp/reconciliation-e2e-account.png', fullPage: true });

    await page.getByRole('link', { name: '返回对账列表' }).click();
    await table.getByRole('row', { name: /大鹏直播间0/ }).getByText('已对账', { exact: true }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when November is settled and closed, then the host\'s agent tries other terms and sees the paid net next to the what-if net', async () => {
    const approver = await e2e.server.signIn('finance');
    expect((await finance.post('/api/v1/settlements/runs', { period: '2026-11' })).status).toBe(201);
    const statements = (await finance.get('/api/v1/statements?period=2026-11')).body.items as { id: number; hostId: number; netFen: number }[];
    for (const s of statements) expect((await approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    expect((await finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
    const manager = await e2e.server.signIn('manager', agent);
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { agentId: manager.user.id })).status).toBe(200);
    const paid = statements.find((s) => s.hostId === hostId)!;
    const candidate = { hostShare: { mode: 'flat', rateBp: 4500 }, includePitFees: false, deductCosts: false, tax: 'none' };
    const expected = (await manager.post(`/api/v1/hosts/${hostId}/what-if`, { terms: candidate, periods: 3 })).body.periods[0] as { netFen: number; whatIfNetFen: number };
    expect(expected.netFen).toBe(paid.netFen);
    expect(expected.whatIfNetFen).not.toBe(paid.netFen);

    await signOut(page);
    await signIn(page, agent.email, agent.password);
    await page.goto(`${e2e.server.url}/hosts/${hostId}`);
    await page.getByRole('tab', { name: '条款试算' }).click();
    const form = page.getByRole('form', { name: '候选条款' });
    // The rate is required, and says so beside itself.
    await form.getByRole('button', { name: '试算' }).click();
    await form.getByText('必填。').waitFor();
    await form.getByLabel('主播分成比例（%）').fill('45');
    await form.getByLabel('试算期数').selectOption('3');
    await form.getByRole('button', { name: '试算' }).click();
    const november = page.getByRole('table', { name: '条款试算：实际与试算逐期对比' }).locator('tr[data-period="2026-11"]');
    await november.waitFor();
    expect(await november.locator('[data-cell="net-paid"]').textContent()).toBe(formatMoney(paid.netFen));
    expect(await november.locator('[data-cell="net-what-if"]').textContent()).toBe(formatMoney(expected.whatIfNetFen));
    const difference = expected.whatIfNetFen - paid.netFen;
    expect(await november.locator('[data-cell="difference"]').textContent()).toBe(`${difference > 0 ? '+' : ''}${formatMoney(difference)}`);
    await page.screenshot({ path: '/tmp/reconciliation-e2e-what-if.png', fullPage: true });

    // The agent reads the reconciliation, now locked, without the finance actions.
    await page.goto(`${e2e.server.url}/reconciliation/2026-11/${accountId}`);
    await page.getByText('2026-11 已关账：对账结果已锁定').waitFor();
    expect(await page.getByRole('button', { name: '保存结算金额' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '撤销对账' }).count()).toBe(0);
    expect(e2e.browser.errors).toEqual([]);
  });
});
