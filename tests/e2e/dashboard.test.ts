import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatMoney } from '../../client/lib/format';
import { e2eJourney } from '../helpers/e2e';
import { startTestServer } from '../helpers/server';
import { reportsWorld, type ReportsWorld } from '../integration/reports-kit';
import { december5 } from '../integration/settlement-kit';

// Issue 16 in the browser: finance starts the day on the dashboard (figures, the charts drawn by Recharts),
// follows a figure to its filtered list, reads the report by host and a host's performance; a viewer sees
// only the sections a viewer may read. The server's clock stands on 2026-12-05 12:00 in Shanghai.

const e2e = e2eJourney(() => startTestServer({ clock: { now: () => december5 } }));
const accountant = { email: 'qian@example.test', password: 'finance-password-2', name: '钱财务' };
const reader = { email: 'sun@example.test', password: 'viewer-password-2', name: '孙只读' };

let world: ReportsWorld;
let page: Page;

describe('the dashboard and the reports in the browser', () => {
  it('when finance opens the dashboard, then the month\'s figures and the charts show, and a figure opens its filtered list', async () => {
    world = await reportsWorld(e2e.server);
    await e2e.server.signIn('finance', accountant);
    const expected = (await world.finance.get('/api/v1/dashboard')).body;
    page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await e2e.signIn(page, accountant.email, accountant.password);
    await page.getByRole('heading', { name: '本月（2026-12）' }).waitFor();
    await page.getByTestId('figure-gmv').getByText(formatMoney(expected.money.current.gmvFen), { exact: true }).waitFor();
    await page.getByTestId('figure-unmatched').getByText(String(expected.unmatchedOrders), { exact: true }).waitFor();
    await page.getByTestId('figure-statements').getByRole('link', { name: `2026-11：${expected.statementsAwaitingApproval[0].count}` }).waitFor();
    for (const chart of ['chart-by-day', 'chart-by-platform', 'chart-by-host']) {
      await page.getByTestId(chart).locator('svg.recharts-surface').first().waitFor();
      expect(await page.getByTestId(chart).locator('.recharts-bar-rectangle').count(), chart).toBeGreaterThan(0);
    }
    await page.screenshot({ path: '/tmp/dashboard-e2e.png', fullPage: true });

    // A day's bar opens the orders paid that agency day: the list filtered by paid date, counted here from every order.
    const charts = (await world.finance.get('/api/v1/dashboard/charts?period=2026-12')).body as { byDay: { date: string; gmvFen: number }[] };
    const day = charts.byDay[0]!.date;
    const paidThatDay = world.orders.filter((o) => o.paidAt?.slice(0, 10) === day);
    expect(paidThatDay.length).toBeGreaterThan(0);
    await page.getByTestId('chart-by-day').locator('.recharts-bar').first().locator('.recharts-bar-rectangle').first().click();
    await page.waitForURL(new RegExp(`/orders\\?from=${day}&to=${day}$`));
    await page.getByText(new RegExp(`共 ${paidThatDay.length} 条$`)).waitFor();
    expect(await page.getByLabel('付款日期（起）').inputValue()).toBe(day);
    expect(await page.getByLabel('付款日期（止）').inputValue()).toBe(day);
    const rows = page.getByRole('table', { name: '订单', exact: true }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(Math.min(paidThatDay.length, 50) + 1);
    const newest = [...paidThatDay].sort((a, b) => Date.parse(b.paidAt!) - Date.parse(a.paidAt!) || b.id - a.id)[0]!;
    expect(await rows.nth(1).textContent()).toContain(newest.rowKey);
    await page.goBack();

    await page.getByTestId('figure-unmatched').click();
    await page.waitForURL(/\/orders\?unmatched=true$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goBack();
    await page.getByTestId('figure-failed-imports').click();
    await page.waitForURL(/\/imports\?status=failed$/);
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(2);
    await page.getByRole('table').getByText('bad-not-an-export.csv').waitFor();
  });

  it('when finance reads the report by host and a host\'s performance, then the totals and the chart show', async () => {
    const report = (await world.finance.get('/api/v1/reports?by=host&from=2026-11-01&to=2026-11-30')).body;
    await page.goto(`${e2e.server.url}/reports?by=host&from=2026-11-01&to=2026-11-30`);
    const table = page.getByRole('table', { name: '按主播汇总，2026-11-01 至 2026-11-30' });
    await table.getByRole('row', { name: new RegExp(`^合计.*${formatMoney(report.totals.gmvFen).replace(/[.$¥]/g, '\\$&')}`) }).waitFor();
    // A host's GMV opens its orders paid within the report's dates, not a whole month.
    const gmvLink = table.getByRole('row', { name: /报表主播1/ }).getByRole('link', { name: /^¥/ });
    expect(await gmvLink.getAttribute('href')).toMatch(/^\/orders\?hostId=\d+&from=2026-11-01&to=2026-11-30$/);
    await table.getByRole('link', { name: '报表主播1' }).click();
    await page.waitForURL(/\/hosts\/\d+\?tab=performance$/);
    await page.getByTestId('chart-performance').locator('svg.recharts-surface').first().waitFor();
    expect(await page.getByTestId('chart-performance').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByText('已完成场次').waitFor();
  });

  it('when a viewer opens the dashboard, then money, schedule and queues show, but no contracts', async () => {
    await e2e.server.signIn('viewer', reader);
    await page.context().clearCookies();
    await e2e.signIn(page, reader.email, reader.password);
    await page.getByRole('heading', { name: '本月（2026-12）' }).waitFor();
    for (const id of ['figure-gmv', 'figure-sessions-today', 'figure-qualifications', 'figure-unmatched', 'figure-statements']) await page.getByTestId(id).waitFor();
    await page.getByTestId('chart-by-day').locator('svg.recharts-surface').first().waitFor();
    expect(await page.getByTestId('figure-contracts').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '合约', exact: true }).count()).toBe(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: '/tmp/dashboard-e2e-viewer.png', fullPage: true });
  });
});
