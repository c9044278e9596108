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
  it('when finance imports an export and assigns the queue\'s groups, one to an existing account and one by creating the account, then the queue shrinks by each group', async () => {
    // A trial host whose douyin account does not (yet) carry any identifier the export names.
    const admin = await e2e.server.signIn('admin');
    const host = await addHost(admin, { status: 'trial', stageName: '试播小新' });
    await addAccount(admin, host.id, { platform: 'douyin', identifiers: ['7000000000999000001', 'dy90000001'], handle: '小新的直播间' });
    // And one with no Douyin account at all.
    const newcomer = await addHost(admin, { status: 'trial', stageName: '新人小美' });
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
    // Where the orders went, and who uploaded the file.
    const attribution = page.getByLabel('订单归属', { exact: true });
    const went = (label: string) => attribution.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd').textContent();
    expect([await went('归属到场次'), await went('归属到主播（无场次）'), await went('未匹配')]).toEqual(['0', '0', '30']);
    expect(await page.getByTestId('import-uploader').textContent()).toMatch(/^由 .+ 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}.* 上传$/);
    expect(await count('拒绝')).toBe('0');
    await page.getByRole('cell', { name: 'douyin-export.csv', exact: true }).waitFor();

    // The same file again writes nothing, and the result says so instead of showing 0 / 0 / 0.
    await page.getByLabel('文件').setInputFiles(path.join(fixtureDir, 'douyin-export.csv'));
    await page.getByRole('button', { name: '上传并导入' }).click();
    await page.getByText('这 30 行此前已导入且没有变化，本次没有写入订单', { exact: false }).waitFor();
    expect(await count('未变')).toBe('30');
    expect(await page.getByLabel('订单归属', { exact: true }).count()).toBe(0);

    // No account knows the export's identifiers: all 30 orders wait in the queue, grouped by unknown account.
    await nav.getByRole('link', { name: '订单' }).click();
    await page.getByRole('heading', { name: '订单', exact: true }).waitFor();
    await page.getByRole('link', { name: '未匹配订单' }).click();
    await page.getByRole('heading', { name: '未匹配订单' }).waitFor();
    await page.getByTestId('unmatched-count').waitFor();
    expect(await unmatchedCount(page)).toBe(30);
    const groups = (await finance.get('/api/v1/orders/unmatched-groups')).body.items as { identifier: string; orders: number }[];
    expect(await page.getByRole('table').getByRole('row').count()).toBe(groups.length + 1);
    const [first, second] = groups;

    // The first group goes to the host's existing Douyin account: found by typing part of the name.
    await page.getByRole('button', { name: `分配 ${first!.identifier}` }).click();
    const dialog = page.getByRole('dialog', { name: '分配账号' });
    await dialog.getByText(`共 ${first!.orders} 条订单`).waitFor();
    const hostPicker = dialog.getByRole('combobox', { name: '主播' });
    // Sent before a host is picked: the dialog says so beside the host, with focus there.
    await dialog.getByRole('button', { name: '分配', exact: true }).click();
    await expect.poll(() => hostPicker.evaluate((el) => el === document.activeElement && el.getAttribute('aria-invalid'))).toBe('true');
    await dialog.getByText('必填', { exact: true }).waitFor();
    await hostPicker.fill('小新');
    await dialog.getByRole('option', { name: /^试播小新/ }).waitFor();
    await hostPicker.press('ArrowDown');
    await hostPicker.press('Enter');
    expect(await hostPicker.inputValue()).toBe('试播小新');
    const accountPicker = dialog.getByRole('combobox', { name: '平台账号' });
    await accountPicker.click();
    await dialog.getByRole('option', { name: /^小新的直播间/ }).click();
    await dialog.getByRole('button', { name: '分配', exact: true }).click();
    await page.getByText(`已分配，${first!.orders} 条订单已归属`).waitFor();
    await page.getByText(`共 ${30 - first!.orders} 条未匹配订单`).waitFor();

    // The second goes to a host with no Douyin account: the dialog creates it there and then.
    await page.getByRole('button', { name: `分配 ${second!.identifier}` }).click();
    await hostPicker.fill('新人');
    await dialog.getByRole('option', { name: /^新人小美/ }).click();
    await dialog.getByText('新人小美 还没有抖音账号。').waitFor();
    await dialog.getByLabel('账号昵称（可选）').fill('小美的直播间');
    await dialog.getByRole('button', { name: '新建账号并分配' }).click();
    await page.getByText(`已新建抖音账号，${second!.orders} 条订单已归属`).waitFor();
    await page.getByText(`共 ${30 - first!.orders - second!.orders} 条未匹配订单`).waitFor();
    const accounts = (await admin.get(`/api/v1/hosts/${newcomer.id}/accounts`)).body.items;
    expect(accounts).toEqual([expect.objectContaining({ platform: 'douyin', handle: '小美的直播间', identifiers: expect.arrayContaining([second!.identifier]) })]);
    const queue = await finance.get('/api/v1/orders?unmatched=true&pageSize=1');
    expect(queue.body.total).toBe(30 - first!.orders - second!.orders);

    // An order of the first group names its host now.
    const attributed = (await finance.get(`/api/v1/orders?hostId=${host.id}&pageSize=1`)).body.items[0];
    await page.goto(`${e2e.server.url}/orders/${attributed.id}`);
    await page.getByTestId('order-hosts').getByRole('link', { name: '试播小新' }).waitFor();
    expect(await page.getByRole('button', { name: '分配账号' }).count()).toBe(0);

    for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.goto(`${e2e.server.url}/orders?unmatched=true`);
      await page.getByTestId('unmatched-count').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }

    await page.screenshot({ path: '/tmp/orders-e2e-unmatched.png', fullPage: true });
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a viewer opens imports and the unmatched queue, then they read them but may neither upload nor assign', async () => {
    await e2e.server.signIn('viewer', { email: 'look@example.test', password: 'viewer-password-1' });
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'look@example.test', 'viewer-password-1');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '导入' }).click();
    await page.getByRole('cell', { name: 'douyin-export.csv', exact: true }).first().waitFor();
    expect(await page.getByRole('button', { name: '上传并导入' }).count()).toBe(0);

    await page.goto(`${e2e.server.url}/orders?unmatched=true`);
    await page.getByTestId('unmatched-count').waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: /^分配/ }).count()).toBe(0);
    expect(e2e.browser.errors).toEqual([]);
  });
});
