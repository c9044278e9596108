import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';

const e2e = e2eJourney();
const { signIn, signOut } = e2e;

/** Types each identifier into the multi-value input and presses Enter, as a person would. */
async function addIdentifiers(field: Locator, identifiers: string[]): Promise<void> {
  for (const identifier of identifiers) {
    await field.fill(identifier);
    await field.press('Enter');
  }
}

async function addAccount(page: Page, account: { platform: string; identifiers: string[]; handle: string; followers: string }): Promise<Locator> {
  await page.getByRole('button', { name: '添加账号' }).click();
  const dialog = page.getByRole('dialog', { name: '添加平台账号' });
  await dialog.getByLabel('平台').selectOption(account.platform);
  await addIdentifiers(dialog.getByLabel('账号 ID'), account.identifiers);
  await dialog.getByLabel('账号昵称').fill(account.handle);
  await dialog.getByLabel('粉丝数').fill(account.followers);
  await dialog.getByRole('button', { name: '添加', exact: true }).click();
  return dialog;
}

describe('the roster in the browser', () => {
  it('when an agent adds a host with two accounts and a tiered contract, then the preview shows the share and the host is found by handle', async () => {
    const agent = await e2e.server.signIn('manager', { email: 'agent@example.test', password: 'manager-password-1', name: '李经纪' });
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'agent@example.test', 'manager-password-1');

    // A manager keeps the roster: hosts, contracts, brands and deals are all in the menu.
    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const name of ['主播', '合约', '品牌', '合作', '合规']) await nav.getByRole('link', { name }).waitFor();

    await nav.getByRole('link', { name: '主播' }).click();
    await page.getByRole('link', { name: '新建主播' }).click();
    await page.getByLabel('艺名').fill('小美');
    await page.getByLabel('真实姓名').fill('王美');
    await page.getByLabel('出生日期').fill('2000-05-05');
    await page.getByLabel('手机号').fill('13800001234');
    await page.getByLabel('身份证号').fill('12345');
    await page.getByRole('button', { name: '创建' }).click();
    // The server's refusal appears under the field it names, and nothing is created.
    await page.getByText('应为 18 位身份证号').waitFor();
    await page.getByLabel('身份证号').fill('');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { name: '小美' }).waitFor();
    // Sensitive values are shown masked, and a manager has no way to reveal them.
    await page.getByText('*******1234').waitFor();
    expect(await page.getByRole('button', { name: '显示 手机号' }).count()).toBe(0);

    await page.getByRole('tab', { name: '平台账号' }).click();
    await addAccount(page, { platform: 'douyin', identifiers: ['7000000000511587049', 'dy57695176'], handle: '小美的直播间', followers: '120000' });
    await page.getByRole('cell', { name: '小美的直播间', exact: true }).waitFor();
    await addAccount(page, { platform: 'kuaishou', identifiers: ['ks3xq9'], handle: '小美快手号', followers: '8000' });
    await page.getByRole('cell', { name: '小美快手号', exact: true }).waitFor();

    // An identifier is unique on its platform: the refusal names the host who already has it.
    const duplicate = await addAccount(page, { platform: 'douyin', identifiers: ['dy57695176'], handle: '冒名', followers: '1' });
    await duplicate.getByRole('alert').getByText('账号 ID 已被占用').waitFor();
    await duplicate.getByRole('alert').getByRole('link', { name: '小美' }).waitFor();
    await duplicate.getByRole('button', { name: '取消' }).click();

    // An existing account is edited in place: its platform is fixed, and an added identifier is saved.
    await page.getByRole('button', { name: '编辑 小美快手号' }).click();
    const edit = page.getByRole('dialog', { name: '编辑平台账号' });
    expect(await edit.getByLabel('平台').inputValue()).toBe('快手');
    await addIdentifiers(edit.getByLabel('账号 ID'), ['ks_meimei']);
    await edit.getByRole('button', { name: '保存', exact: true }).click();
    await edit.waitFor({ state: 'hidden' });
    await page.getByRole('listitem').getByText('ks_meimei', { exact: true }).waitFor();
    const hostId = Number(/\/hosts\/(\d+)/.exec(page.url())?.[1]);
    const accounts = await agent.get(`/api/v1/hosts/${hostId}/accounts`);
    const kuaishou = (accounts.body as { items: { handle: string; identifiers: string[] }[] }).items.find((a) => a.handle === '小美快手号');
    expect(kuaishou?.identifiers).toEqual(['ks3xq9', 'ks_meimei']);

    await page.getByRole('tab', { name: '合约' }).click();
    await page.getByRole('link', { name: '新建合约' }).click();
    await page.getByLabel('开始日期').fill('2026-01-01');
    await page.getByLabel('结束日期').fill('2027-12-31');
    await page.getByLabel('状态').selectOption('active');
    await page.getByLabel('分成方式').selectOption('tiered_marginal');
    await page.getByLabel('第 1 档比例（%）').fill('30');
    await page.getByRole('button', { name: '添加一档' }).click();
    await page.getByLabel('第 2 档起点（元）').fill('100,000');
    await page.getByLabel('第 2 档比例（%）').fill('40');
    const preview = page.getByRole('region', { name: '分成预览' });
    await preview.getByLabel('分成基数（元）').fill('150000');
    // 100,000 x 30% + 50,000 x 40%, computed by the settlement's own hostShare.
    await preview.getByRole('definition').getByText('¥50,000.00', { exact: true }).waitFor();
    await page.getByRole('button', { name: '保存合约' }).click();

    // Saved, the contract is listed on the host's contracts tab with its terms.
    await page.getByRole('tab', { name: '合约', selected: true }).waitFor();
    await page.getByRole('cell', { name: /阶梯（超额累进）：¥0\.00 起 30\.00%，¥100,000\.00 起 40\.00%/ }).waitFor();

    await nav.getByRole('link', { name: '主播' }).click();
    await page.getByRole('searchbox', { name: '搜索主播' }).fill('小美快手');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/[?&]q=/);
    await page.getByRole('link', { name: '小美', exact: true }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a viewer and then finance open a host, then only finance may reveal a sensitive value, contracts are hidden from the viewer, and both see the agent by name', async () => {
    const agent = await e2e.server.signIn('manager', { name: '周经纪' });
    const created = await agent.post('/api/v1/hosts', { stageName: '阿强', legalName: '张强', status: 'prospect', phone: '13912345678', agentId: agent.user.id });
    expect(created.status).toBe(201);
    await e2e.server.signIn('viewer', { email: 'viewer@example.test', password: 'viewer-password-1' });
    await e2e.server.signIn('finance', { email: 'finance@example.test', password: 'finance-password-1' });
    const page = await e2e.browser.context.newPage();

    await signIn(page, 'viewer@example.test', 'viewer-password-1');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '合规' }).waitFor();
    for (const name of ['合约', '品牌', '合作']) expect(await nav.getByRole('link', { name }).count()).toBe(0);
    await page.goto(`${e2e.server.url}/hosts/${created.body.id}`);
    await page.getByText('*******5678').waitFor();
    await page.getByRole('definition').getByText('周经纪', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '显示 手机号' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: '合约' }).count()).toBe(0);
    await page.goto(`${e2e.server.url}/contracts`);
    await page.getByRole('heading', { name: '无权限' }).waitFor();

    await signOut(page);
    await signIn(page, 'finance@example.test', 'finance-password-1');
    await page.goto(`${e2e.server.url}/hosts/${created.body.id}`);
    await page.getByRole('definition').getByText('周经纪', { exact: true }).waitFor();
    await page.getByRole('button', { name: '显示 手机号' }).click();
    await page.getByText('13912345678').waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a manager clears a host’s stored phone number and saves, then it is gone; until saved, the clear can be taken back', async () => {
    const manager = await e2e.server.signIn('manager', { email: 'clearer@example.test', password: 'manager-password-1' });
    const created = await manager.post('/api/v1/hosts', { stageName: '小雨', legalName: '李雨', status: 'prospect', phone: '13711112222', bankName: '招商银行' });
    expect(created.status).toBe(201);
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'clearer@example.test', 'manager-password-1');
    await page.goto(`${e2e.server.url}/hosts/${created.body.id}/edit`);

    await page.getByRole('button', { name: '清除手机号' }).click();
    await page.getByText('保存后将删除此项。').waitFor();
    expect(await page.getByLabel('手机号', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '清除开户行' }).click();
    await page.getByRole('button', { name: '保留开户行' }).click();
    expect(await page.getByText('保存后将删除此项。').count()).toBe(1);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.waitForURL(`${e2e.server.url}/hosts/${created.body.id}`);

    const after = (await manager.get(`/api/v1/hosts/${created.body.id}`)).body;
    expect(created.body.bankName).not.toBeNull();
    expect([after.phone, after.bankName]).toEqual([null, created.body.bankName]);
    expect(e2e.browser.errors).toEqual([]);
  });
});
