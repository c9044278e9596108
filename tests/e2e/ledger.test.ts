import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import { e2eJourney } from '../helpers/e2e';
import { fixtureDir, registerAccounts, waitForImport } from '../integration/import-kit';

// Issue 17 items 1 and 2 in the browser: finance finds a host by typing part of the stage name, reads the
// ledger's subtotals for that host, exports it, and the workbook adds up to the sum on the page.

const e2e = e2eJourney();
const { signIn } = e2e;

const yuanOf = (shown: string) => Math.round(Number(shown.replace(/[¥,]/g, '')) * 100);

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('the ledger in the browser', () => {
  it('when finance picks a host by part of the name and exports the ledger, then the .xlsx matches the sum and the subtotals shown', async () => {
    const admin = await e2e.server.signIn('admin');
    const hosts = await registerAccounts(admin, 'douyin-export');
    const hostId = hosts.get('douyin-acct-1')!;
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { stageName: '林小仙', legalName: '林晓娴' })).status).toBe(200);
    const finance = await e2e.server.signIn('finance', { email: 'qian@example.test', password: 'finance-password-1' });
    const upload = await finance.upload('/api/v1/imports', { name: 'douyin-export.csv', bytes: fs.readFileSync(path.join(fixtureDir, 'douyin-export.csv')) });
    expect((await waitForImport(finance, upload.body.id, 60_000)).status).toBe('succeeded');
    const all = (await finance.get('/api/v1/ledger?pageSize=1')).body.sumFen as number;

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'qian@example.test', 'finance-password-1');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '佣金台账' }).click();
    await page.getByRole('heading', { name: '佣金台账', exact: true }).waitFor();
    await page.getByTestId('ledger-sum').filter({ hasText: formatMoney(all) }).waitFor();

    // The legal name's part finds the host as well as the stage name's; the keyboard picks it.
    const picker = page.getByRole('combobox', { name: '主播' });
    await picker.fill('晓娴');
    await page.getByRole('option', { name: /^林小仙/ }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.waitForURL(new RegExp(`hostId=${hostId}`));
    expect(await picker.inputValue()).toBe('林小仙');

    // The unfiltered figures stay on screen until the host's arrive (the list keeps its previous data): wait for them.
    const byHost = page.getByTestId('subtotals-by-host');
    await expect.poll(() => byHost.getByRole('listitem').count()).toBe(1);
    await byHost.getByRole('listitem').filter({ hasText: '林小仙' }).waitFor();
    const sum = async () => yuanOf((await page.getByTestId('ledger-sum').textContent()) ?? '');
    await expect.poll(sum).not.toBe(all);
    const shownFen = await sum();
    const periods = await page.getByTestId('subtotals-by-period').getByRole('listitem').allTextContents();
    expect(periods.reduce((t, p) => t + yuanOf(/¥[\d,.-]+$/.exec(p)?.[0] ?? ''), 0)).toBe(shownFen);
    // Every row on the page is the host's, with the platform and the platform's order number.
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.nth(1).getByRole('cell').nth(1).textContent()).toBe('抖音');
    await noHorizontalOverflow(page);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 .xlsx' }).click()]);
    expect(file.suggestedFilename()).toBe(`ledger-host${hostId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['记账周期', '发生时间', '平台', '平台订单号', '订单状态', '主播', '金额（元）']);
    let sheetFen = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(6).value).toBe('林小仙');
      sheetFen += Math.round(Number(row.getCell(7).value) * 100);
    });
    expect(sheetFen).toBe(shownFen);

    // The smaller screen: the filters, subtotals and table still fit without a sideways scroll.
    await page.setViewportSize({ width: 1280, height: 720 });
    await noHorizontalOverflow(page);
    await page.close();
  });
});
