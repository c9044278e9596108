import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../client/lib/format';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { fixtureDir, registerAccounts, waitForImport } from '../integration/import-kit';
import { december5 } from '../integration/settlement-kit';

// Issue 16 item 1 in the browser: finance uploads the platforms' settlement sheet on the reconciliation page;
// the payout lands on the account-period with its difference against the ledger, and a bad row is shown refused.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const accountant = { email: 'qian@example.test', password: 'finance-password-1', name: '钱财务' };

type Item = { accountId: number; hostId: number; ledgerFen: number; payoutFen: number | null; differenceFen: number | null };

describe('the payout sheet in the browser', () => {
  it('when finance uploads a settlement sheet on the reconciliation page, then the payout and its difference show in the table', async () => {
    const admin = await e2e.server.signIn('admin');
    const finance = await e2e.server.signIn('finance', accountant);
    const hosts = await registerAccounts(admin, 'douyin-api');
    const upload = await finance.upload('/api/v1/imports', { name: 'douyin-api.json', bytes: fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json')) });
    expect((await waitForImport(finance, upload.body.id)).status).toBe('succeeded');
    const hostId = hosts.get('douyin-acct-0')!;
    const item = ((await finance.get('/api/v1/reconciliation?period=2026-11')).body.items as Item[]).find((i) => i.hostId === hostId)!;
    const identifier = ((await finance.get(`/api/v1/hosts/${hostId}/accounts`)).body.items as { identifiers: string[] }[])[0]!.identifiers[0]!;
    const payoutFen = item.ledgerFen - 2_500;

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, accountant.email, accountant.password);
    await page.goto(`${e2e.server.url}/reconciliation?period=2026-11`);
    await page.getByRole('heading', { name: '对账', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: '结算单模板' }).getAttribute('href')).toBe('/api/v1/reconciliation/payouts/import-template.xlsx');

    await page.getByRole('button', { name: '导入结算单' }).click();
    const dialog = page.getByRole('dialog', { name: '导入平台结算金额' });
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText('请选择 .xlsx 或 .csv 文件').waitFor();
    const sheet = ['平台,账号ID,周期,结算金额（元）', `抖音,${identifier},2026-11,${(payoutFen / 100).toFixed(2)}`, '抖音,nobody,2026-11,1.00'].join('\r\n');
    await dialog.getByLabel('表格文件').setInputFiles({ name: '结算单.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) });
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText('共 2 行：录入 1 个结算金额，拒绝 1 行。').waitFor();
    const refused = dialog.getByRole('table', { name: '被拒绝的行' });
    await refused.getByRole('cell', { name: '没有标识为 "nobody" 的 douyin 账号' }).waitFor();
    await page.screenshot({ path: '/tmp/reconciliation-payout-sheet.png', fullPage: true });
    await dialog.getByText('关闭', { exact: true }).click();

    const row = page.getByRole('table', { name: '2026-11 对账' }).getByRole('row', { name: /大鹏直播间0/ });
    await row.getByRole('cell', { name: formatMoney(payoutFen), exact: true }).waitFor();
    await row.getByRole('cell', { name: formatMoney(-2_500), exact: true }).waitFor();
    expect(await (await finance.get('/api/v1/reconciliation?period=2026-11')).body.items.find((i: Item) => i.accountId === item.accountId))
      .toMatchObject({ payoutFen, differenceFen: -2_500 });
    expect(e2e.browser.errors).toEqual([]);
  });
});
