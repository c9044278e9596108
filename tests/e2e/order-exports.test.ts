import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import { e2eJourney } from '../helpers/e2e';
import { importFile, registerAccounts } from '../integration/import-kit';

// Issue 17 item 2 on the orders list: finance picks a host by part of the name, reads the subtotals of the
// filter, exports the orders, and the workbook adds up to the figures on the page.

const e2e = e2eJourney();
const { signIn } = e2e;

const yuanOf = (shown: string) => Math.round(Number(shown.replace(/[¥,\s]/g, '')) * 100);

async function noHorizontalOverflow(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('the orders list\'s subtotals and export in the browser', () => {
  it('when finance picks a host by part of the name and exports the orders, then the .xlsx matches the subtotals shown', async () => {
    const admin = await e2e.server.signIn('admin');
    const hosts = await registerAccounts(admin, 'kuaishou-api');
    const hostId = hosts.get('kuaishou-acct-1')!;
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { stageName: '周小鱼', legalName: '周语嫣' })).status).toBe(200);
    const finance = await e2e.server.signIn('finance', { email: 'sun@example.test', password: 'finance-password-1' });
    expect((await importFile(finance, 'kuaishou-api.json')).status).toBe('succeeded');
    const allPaid = 'from=2000-01-01&to=2099-12-31';
    const all = (await finance.get(`/api/v1/orders/subtotals?${allPaid}`)).body as { orders: number; gmvFen: number };

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'sun@example.test', 'finance-password-1');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '订单', exact: true }).click();
    await page.getByRole('heading', { name: '订单', exact: true }).waitFor();
    // Unfiltered, the whole history is not summed here: the page says what to pick instead.
    await page.getByTestId('order-subtotals-hint').getByText('选择周期、付款日期、主播或场次后显示小计').waitFor();
    expect(await page.getByTestId('orders-gmv').count()).toBe(0);
    // Paid dates that hold every order: the split by host lists every host with orders, and by platform the one platform.
    await page.goto(`${e2e.server.url}/orders?${allPaid}`);
    await page.getByTestId('orders-gmv').filter({ hasText: formatMoney(all.gmvFen) }).waitFor();
    await page.getByTestId('order-subtotals-by-host').getByRole('rowheader', { name: '周小鱼' }).waitFor();
    expect(await page.getByTestId('order-subtotals-by-platform').getByRole('rowheader').allTextContents()).toEqual(['快手']);

    // The legal name's part finds the host; the keyboard picks it.
    const picker = page.getByRole('combobox', { name: '主播' });
    await picker.fill('语嫣');
    await page.getByRole('option', { name: /^周小鱼/ }).waitFor();
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.waitForURL(new RegExp(`hostId=${hostId}`));
    const mine = (await finance.get(`/api/v1/orders/subtotals?hostId=${hostId}&${allPaid}`)).body as { orders: number; gmvFen: number; settledCommissionFen: number; estimatedCommissionFen: number };
    expect(mine.orders).toBeLessThan(all.orders);
    await page.getByTestId('orders-count').filter({ hasText: new RegExp(`^${mine.orders}$`) }).waitFor();
    // One host picked: no split by host.
    expect(await page.getByTestId('order-subtotals-by-host').count()).toBe(0);
    const shown = async (id: string) => yuanOf((await page.getByTestId(id).textContent()) ?? '');
    const [gmvFen, estimatedFen, settledFen] = [await shown('orders-gmv'), await shown('orders-estimated'), await shown('orders-settled')];
    expect([gmvFen, estimatedFen, settledFen]).toEqual([mine.gmvFen, mine.estimatedCommissionFen, mine.settledCommissionFen]);
    await noHorizontalOverflow(page);

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 .xlsx' }).click()]);
    expect(file.suggestedFilename()).toBe(`orders-all-host${hostId}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['付款时间', '平台', '平台订单号', '订单状态']);
    const sheetFen = { orders: 0, gmv: 0, estimated: 0, settled: 0 };
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      expect(row.getCell(2).value).toBe('快手');
      expect(row.getCell(5).value).toBe('周小鱼');
      sheetFen.orders += 1;
      const fen = (col: number) => Math.round(Number(row.getCell(col).value) * 100);
      if (row.getCell(4).value !== '已失效') { sheetFen.gmv += fen(8); sheetFen.estimated += fen(10); }
      sheetFen.settled += fen(11);
    });
    expect(sheetFen).toEqual({ orders: mine.orders, gmv: gmvFen, estimated: estimatedFen, settled: settledFen });

    await page.setViewportSize({ width: 1280, height: 720 });
    await noHorizontalOverflow(page);
    await page.close();
  });
});
