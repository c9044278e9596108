import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';
import { fixtureDir } from '../integration/import-kit';
import { addAccount, addHost } from '../integration/roster-kit';

const e2e = e2eJourney();
const { signIn } = e2e;

async function unmatchedCount(page: Page): Promise<number> {
  const text = await page.getByTestId('unmatched-count').textContent();
  return Number(/(\d+)/.exec(text ?? '')?.[1]);
}

describe('orders in the browser', () => {
  it('when finance imports an export and assigns an unmatched order to an account, then the order is attributed and the queue shrinks', async () => {
    // A trial host whose douyin account does not (yet) carry any identifier the export names.
    const admin = await e2e.server.signIn('admin');
    const host = await addHost(admin, { status: 'trial', stageName: '试播小新' });
    await addAccount(admin, host.id, { platform: 'douyin', identifiers: ['7000000000999000001', 'dy90000001'], handle: '小新的直播间' });
    const finance = await e2e.server.signIn('finance', { email: 'cash@example.test', password: 'finance-password-1' });

    const page = await e2e.browser.context.newPage();
    await signIn(page, 'cash@example.test', 'finance-password-1');
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const name of ['订单', '导入', '佣金台账']) await nav.getByRole('link', { name }).waitFor();

    // Upload through the page, the format left to detection; the progress bar ends in the summary.
    await nav.getByRole('link', { name: '导入' }).click();
    await page.getByLabel('文件').setInputFiles(path.join(fixtureDir, 'douyin-export.csv'));
    await page.getByRole('button', { name: '上传并导入' }).click();
    const progress = page.getByRole('progressbar', { name: '导入进度' });
    await progress.waitFor();
    const summary = page.getByLabel('导入结果', { exact: true });
    await summary.waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    const count = (label: string) => summary.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd').textContent();
    expect(await count('读取行数')).toBe('30');
    expect(await count('新增')).toBe('30');
    expect(await count('拒绝')).toBe('0');
    await page.getByRole('cell', { name: 'douyin-export.csv', exact: true }).waitFor();

    // No account knows the export's identifiers: all 30 orders wait in the unmatched queue.
    await nav.getByRole('link', { name: '订单' }).click();
    await page.getByRole('heading', { name: '订单', exact: true }).waitFor();
    await page.getByRole('link', { name: '未匹配订单' }).click();
    await page.getByRole('heading', { name: '未匹配订单' }).waitFor();
    await page.getByTestId('unmatched-count').waitFor();
    expect(await unmatchedCount(page)).toBe(30);

    const firstOrder = page.getByRole('row').nth(1).getByRole('link');
    const rowKey = (await firstOrder.textContent()) ?? '';
    await firstOrder.click();
    await page.getByRole('heading', { name: `订单 ${rowKey}` }).waitFor();
    await page.getByText('未匹配（订单中的账号 ID').waitFor();

    await page.getByRole('button', { name: '分配账号' }).click();
    const dialog = page.getByRole('dialog', { name: '分配账号' });
    // The host picker searches as one types part of the name; the arrow keys and Enter pick.
    await dialog.getByRole('combobox', { name: '主播' }).fill('小新');
    await dialog.getByRole('option', { name: /^试播小新/ }).waitFor();
    await dialog.getByRole('combobox', { name: '主播' }).press('ArrowDown');
    await dialog.getByRole('combobox', { name: '主播' }).press('Enter');
    expect(await dialog.getByRole('combobox', { name: '主播' }).inputValue()).toBe('试播小新');
    await dialog.getByLabel('平台账号').selectOption({ label: '小新的直播间 (7000000000999000001, dy90000001)' });
    await dialog.getByRole('button', { name: '分配', exact: true }).click();

    const toast = page.getByText(/已分配，\d+ 条订单已归属/);
    await toast.waitFor();
    const attributed = Number(/(\d+) 条/.exec((await toast.textContent()) ?? '')?.[1]);
    expect(attributed).toBeGreaterThan(0);
    await page.getByTestId('order-hosts').getByRole('link', { name: '试播小新' }).waitFor();
    expect(await page.getByRole('button', { name: '分配账号' }).count()).toBe(0);

    // Back to the queue: the order left it, with every other order naming the same account.
    await page.getByRole('link', { name: '返回列表' }).click();
    await page.getByRole('heading', { name: '订单', exact: true }).waitFor();
    await page.getByLabel('仅未匹配').click();
    await page.getByRole('heading', { name: '未匹配订单' }).waitFor();
    await page.getByText(`共 ${30 - attributed} 条未匹配订单`).waitFor();
    const queue = await finance.get('/api/v1/orders?unmatched=true&pageSize=1');
    expect(queue.body.total).toBe(30 - attributed);

    await page.screenshot({ path: '/tmp/orders-e2e-unmatched.png', fullPage: true });
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a viewer opens imports and the unmatched queue, then they read them but may neither upload nor assign', async () => {
    await e2e.server.signIn('viewer', { email: 'look@example.test', password: 'viewer-password-1' });
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'look@example.test', 'viewer-password-1');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }).click();
    await page.getByRole('cell', { name: 'douyin-export.csv', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '上传并导入' }).count()).toBe(0);

    await page.goto(`${e2e.server.url}/orders?unmatched=true`);
    await page.getByTestId('unmatched-count').waitFor();
    expect(await page.getByRole('button', { name: /分配账号/ }).count()).toBe(0);
    expect(e2e.browser.errors).toEqual([]);
  });
});
