import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import type { ApiClient } from '../helpers/api-client';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { importFile, registerAccounts } from '../integration/import-kit';
import { addContract } from '../integration/roster-kit';
import { december5 } from '../integration/settlement-kit';

// SPEC section 8 in the browser: one finance user runs November and adjusts a statement; a second one
// approves and pays it (four eyes); the period closes once every statement is approved; the printed
// statement carries the net the API computed. The server's clock stands on 2026-12-05 in Shanghai.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const { signIn, signOut } = e2e;

const runner = { email: 'qian@example.test', password: 'finance-password-1', name: '钱财务' };
const reviewer = { email: 'sun@example.test', password: 'finance-password-2', name: '孙复核' };
const terms = [
  { hostShare: { mode: 'flat', rateBp: 3000 } },
  { hostShare: { mode: 'flat', rateBp: 5000 }, deductCosts: true, tax: 'labor' },
  { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 2000 }, { fromFen: 10_000, rateBp: 4000 }] }, guarantee: { amountFen: 500_000, mode: 'max' }, tax: 'labor' },
];

let reviewerApi: ApiClient;
let page: Page;
let statementId: number;

/** The Douyin sample's three hosts under contract, their November orders imported, as the integration tests set it up. */
async function setUpNovember() {
  const admin = await e2e.server.signIn('admin');
  const finance = await e2e.server.signIn('finance', runner);
  reviewerApi = await e2e.server.signIn('finance', reviewer);
  const hosts = [...(await registerAccounts(admin, 'douyin-api')).values()];
  for (const [i, hostId] of hosts.entries()) await addContract(admin, hostId, { terms: terms[i] as never });
  expect((await importFile(finance, 'douyin-api.v1.json')).status).toBe('succeeded');
  expect((await admin.patch('/api/v1/settings', { agencyName: '星河传媒' })).status).toBe(200);
}

const statementOf = async (id: number) => (await reviewerApi.get(`/api/v1/statements/${id}`)).body as { status: string; netFen: number; adjustmentsFen: number };

describe('the monthly settlement in the browser', () => {
  it('when finance runs November and adjusts a statement, then the statement is recomputed and its runner may not approve it', async () => {
    await setUpNovember();
    page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, runner.email, runner.password);
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const name of ['结算', '成本', '结算周期']) await nav.getByRole('link', { name, exact: true }).waitFor();

    await nav.getByRole('link', { name: '结算', exact: true }).click();
    await page.getByRole('heading', { name: '结算', exact: true }).waitFor();
    await page.getByLabel('结算周期').fill('2026-11');
    await page.getByText('2026-11 尚未运行结算。').waitFor();
    await page.getByRole('button', { name: '运行结算' }).click();
    await page.getByText('2026-11 已结算：生成或更新 3 张结算单').waitFor();
    await page.getByRole('heading', { name: '最近一次结算' }).waitFor();
    const rows = page.getByRole('table', { name: '结算单' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);

    // A second run asks first: it would recompute the drafts.
    await page.getByRole('button', { name: '运行结算' }).click();
    await page.getByRole('dialog', { name: '重新结算 2026-11？' }).getByRole('button', { name: '取消' }).click();

    await rows.nth(1).getByRole('link').click();
    await page.getByRole('heading', { name: /^结算单 · .+ · 2026-11$/ }).waitFor();
    statementId = Number(/\/statements\/(\d+)/.exec(page.url())?.[1]);
    const before = await statementOf(statementId);

    // Both fields are required, and each says so beside itself.
    const form = page.getByRole('form', { name: '添加调整' });
    await form.getByRole('button', { name: '添加调整' }).click();
    await form.getByText('请填写金额').waitFor();
    await form.getByText('请填写原因').waitFor();
    await form.getByLabel('金额（元）').fill('500');
    await form.getByLabel('原因').fill('直播间布置补贴');
    await form.getByRole('button', { name: '添加调整' }).click();
    await page.getByText('调整项已添加').waitFor();
    await page.getByRole('cell', { name: '直播间布置补贴' }).first().waitFor();
    const adjusted = await statementOf(statementId);
    expect(adjusted.adjustmentsFen).toBe(50_000);
    await page.getByText(`实发 ${formatMoney(adjusted.netFen)}`).waitFor();
    expect(adjusted.netFen).not.toBe(before.netFen);

    // Four eyes: the runner's approval is refused, and the page says why.
    await page.getByRole('button', { name: '审批', exact: true }).click();
    await page.getByRole('dialog', { name: '审批这张结算单？' }).getByRole('button', { name: '审批', exact: true }).click();
    await page.getByText('不能审批自己运行的结算').waitFor();
    expect((await statementOf(statementId)).status).toBe('draft');
    await page.screenshot({ path: '/tmp/settlement-e2e-statement.png', fullPage: true });
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a second finance user approves and pays it, then the statement is paid with its reference', async () => {
    await signOut(page);
    await signIn(page, reviewer.email, reviewer.password);
    await page.goto(`${e2e.server.url}/statements/${statementId}`);
    await page.getByRole('button', { name: '审批', exact: true }).click();
    await page.getByRole('dialog', { name: '审批这张结算单？' }).getByRole('button', { name: '审批', exact: true }).click();
    await page.getByText('结算单已审批').waitFor();

    await page.getByRole('button', { name: '登记付款' }).click();
    const pay = page.getByRole('dialog', { name: '登记付款' });
    await pay.getByLabel('付款凭证号').fill('ICBC-202612-0001');
    await pay.getByLabel('付款日期').fill('2026-12-05');
    await pay.getByRole('button', { name: '确认已付款' }).click();
    await page.getByText('已登记付款').waitFor();
    await page.getByText(`${reviewer.name}（`).first().waitFor();
    await page.getByText(/付款凭证 ICBC-202612-0001，付款日期 2026-12-05/).waitFor();
    expect(await statementOf(statementId)).toMatchObject({ status: 'paid' });
    expect(await page.getByRole('form', { name: '添加调整' }).count()).toBe(0);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when the period is closed with drafts left, then the reasons show; once all are approved, it closes', async () => {
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '结算周期' }).click();
    const november = page.getByRole('row', { name: /2026-11/ });
    await november.getByText('草稿 2 · 已审批 0 · 已付款 1').waitFor();
    await november.getByRole('button', { name: '关账' }).click();
    const dialog = page.getByRole('dialog', { name: '关账 2026-11？' });
    await dialog.getByRole('button', { name: '关账' }).click();
    await dialog.getByText('暂不能关账').waitFor();
    await dialog.getByText('还有 2 张结算单为草稿：请先审批').waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();

    const drafts = (await reviewerApi.get('/api/v1/statements?period=2026-11&status=draft')).body.items as { id: number }[];
    for (const s of drafts) expect((await reviewerApi.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    await page.reload();
    await november.getByText('草稿 0 · 已审批 2 · 已付款 1').waitFor();
    await november.getByRole('button', { name: '关账' }).click();
    await dialog.getByRole('button', { name: '关账' }).click();
    await page.getByText('2026-11 已关账').first().waitFor();
    await november.getByText('已关账').first().waitFor();
    expect(await november.getByRole('button', { name: '关账' }).count()).toBe(0);
    const periods = (await reviewerApi.get('/api/v1/periods')).body.items as { period: string; status: string }[];
    expect(periods.find((p) => p.period === '2026-11')?.status).toBe('closed');
    await page.screenshot({ path: '/tmp/settlement-e2e-periods.png', fullPage: true });
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when the statement is printed, then the page shows the agency, every line, the signature lines and the net of the API', async () => {
    const statement = await statementOf(statementId);
    await page.goto(`${e2e.server.url}/statements/${statementId}`);
    await page.getByRole('link', { name: '打印结算单' }).click();
    const sheet = page.getByRole('article', { name: '主播结算单 2026-11' });
    await sheet.waitFor();
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    expect(await sheet.getByTestId('agency-name').textContent()).toBe('星河传媒');
    expect(await sheet.getByTestId('print-net').textContent()).toBe(formatMoney(statement.netFen));
    expect(await sheet.locator('tr[data-line="net"] td').first().textContent()).toBe(formatMoney(statement.netFen));
    for (const line of ['佣金收入', '坑位费分成', '成本扣除', '上期结转', '分成基数', '主播分成', '保底', '调整', '应发', '代扣个税', '实发', '结转下期', '机构留存']) {
      await sheet.getByRole('rowheader', { name: line, exact: true }).waitFor();
    }
    await sheet.getByRole('rowheader', { name: '调整项' }).waitFor();
    await sheet.getByText('直播间布置补贴').first().waitFor();
    await sheet.getByText('已付款').waitFor();
    await sheet.getByText('主播确认签字').waitFor();
    await sheet.getByText(/^日期/).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/settlement-e2e-print.png', fullPage: true });
    expect(e2e.browser.errors).toEqual([]);
  });
});
