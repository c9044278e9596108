import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';

// Issue 17 items 4 and 9: a form's errors are beside their fields in plain words, focus goes to the first one;
// the tier is chosen from the agency's list; a count may be typed as 12.5万.

const e2e = e2eJourney();

/** The label of the focused control, and the message that describes it (aria-describedby). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    const described = (el?.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    return { label, described, invalid: el?.getAttribute('aria-invalid') };
  });
}

/** The message that describes the control labelled so (aria-describedby). */
function describedBy(page: Page, label: string) {
  return page.getByLabel(label).evaluate((el) => (el.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
}

describe('form errors in the browser', () => {
  it('when a host form is sent with errors, then each shows beside its field and focus lands on the first', async () => {
    await e2e.server.signIn('manager', { email: 'agent@example.test', password: 'manager-password-1', name: '李经纪' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'agent@example.test', 'manager-password-1');
    await page.goto(`${e2e.server.url}/hosts/new`);

    // Nothing typed: the browser says what is missing, in words, beside the two names; focus on the first.
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '艺名', described: '必填', invalid: 'true' });
    expect(await page.getByText('必填').count()).toBe(2);
    expect(await page.getByRole('alert').count()).toBe(0);

    // One fixed: its message goes, focus moves to the next.
    await page.getByLabel('艺名').fill('小美');
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '真实姓名', described: '必填', invalid: 'true' });
    expect(await page.getByText('必填').count()).toBe(1);

    // What only the server can tell (a wrong check digit) is shown beside its field too, and focused.
    await page.getByLabel('真实姓名').fill('王美');
    await page.getByLabel('身份证号').fill('110105194912310021');
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(async () => (await focused(page)).label).toBe('身份证号');
    expect((await focused(page)).described).toContain('校验码');
    const inView = await page.getByLabel('身份证号').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);

    // The tier is one of the agency's; then the host is created.
    const tier = page.getByLabel('级别');
    expect(await tier.locator('option').allTextContents()).toEqual(['未定级', 'S', 'A', 'B', 'C']);
    await tier.selectOption('A');
    await page.getByLabel('身份证号').fill('');
    await page.getByRole('button', { name: '创建' }).click();
    await page.getByRole('heading', { name: '小美' }).waitFor();

    // Followers typed as people say them.
    await page.getByRole('tab', { name: '平台账号' }).click();
    await page.getByRole('button', { name: '添加账号' }).click();
    const dialog = page.getByRole('dialog', { name: '添加平台账号' });
    await dialog.getByLabel('平台').selectOption('douyin');
    // An account needs an identifier: said beside it, with focus there, before anything is sent.
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(async () => (await focused(page)).label).toBe('账号 ID');
    expect(await focused(page)).toMatchObject({ invalid: 'true', described: expect.stringContaining('必填') });
    await dialog.getByLabel('账号 ID').fill('dy12345');
    await dialog.getByLabel('账号 ID').press('Enter');
    await dialog.getByLabel('账号昵称').fill('小美的直播间');
    await dialog.getByLabel('粉丝数').fill('12.5万');
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByRole('cell', { name: '小美的直播间', exact: true }).waitFor();
    await page.getByRole('cell', { name: /125,000|125000|12\.5万/ }).first().waitFor();
  });

  it('when the sign-in form is sent empty, then each field says what is missing beside it, focus is on the email, and nothing is sent', async () => {
    await e2e.server.signIn('viewer', { email: 'reader@example.test', password: 'viewer-password-1' });
    const page = await e2e.browser.context.newPage();
    await page.goto('about:blank');
    await e2e.browser.context.clearCookies();
    await page.goto(`${e2e.server.url}/sign-in`);
    const sent: string[] = [];
    page.on('request', (req) => { if (req.url().includes('/api/v1/auth/login')) sent.push(req.url()); });
    const signIn = page.getByRole('button', { name: '登录', exact: true });
    await signIn.click();
    await expect.poll(() => focused(page)).toEqual({ label: '邮箱', described: '请输入邮箱', invalid: 'true' });
    expect(await page.getByLabel('密码').getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(page, '密码')).toBe('请输入密码');
    expect(await page.getByRole('alert').count()).toBe(0);

    // The email typed, the password still missing: focus goes there, and still nothing is sent.
    await page.getByLabel('邮箱').fill('reader@example.test');
    expect(await page.getByText('请输入邮箱').count()).toBe(0);
    await signIn.click();
    await expect.poll(() => focused(page)).toEqual({ label: '密码', described: '请输入密码', invalid: 'true' });
    expect(sent).toEqual([]);

    // Both given: it is sent, and the user is in.
    await page.getByLabel('密码').fill('viewer-password-1');
    await signIn.click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(sent).toHaveLength(1);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a contract ends before it starts, then the end date says so beside it and has focus, before anything is sent', async () => {
    const manager = await e2e.server.signIn('manager', { email: 'agent2@example.test', password: 'manager-password-1', name: '周经纪' });
    const host = await manager.post('/api/v1/hosts', { stageName: '阿杰', legalName: '杜杰', status: 'prospect', agentId: manager.user.id });
    expect(host.status).toBe(201);
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'agent2@example.test', 'manager-password-1');
    await page.goto(`${e2e.server.url}/contracts/new?hostId=${host.body.id}`);
    await page.getByLabel('开始日期').fill('2026-02-01');
    await page.getByLabel('结束日期').fill('2026-01-31');
    const sent: string[] = [];
    page.on('request', (req) => { if (req.method() === 'POST' && req.url().includes('/api/v1/contracts')) sent.push(req.url()); });
    await page.getByRole('button', { name: '保存合约' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ label: '结束日期', described: '不能早于开始日期', invalid: 'true' });
    expect(sent).toEqual([]);
    await page.getByLabel('结束日期').fill('2026-12-31');
    expect(await page.getByText('不能早于开始日期').count()).toBe(0);
  });

  it('when a room is added with no name and too long a buffer, then both say so in the dialog and focus is on the name', async () => {
    await e2e.server.signIn('scheduler', { email: 'sched@example.test', password: 'scheduler-password-1', name: '孙排期' });
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'sched@example.test', 'scheduler-password-1');
    await page.goto(`${e2e.server.url}/rooms`);
    await page.getByRole('button', { name: '新建直播间' }).click();
    const dialog = page.getByRole('dialog', { name: '新建直播间' });
    await dialog.getByLabel('换场缓冲（分钟）').fill('300');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ label: '名称', described: '必填', invalid: 'true' });
    await dialog.getByText('请输入 0 到 240 之间的整数').waitFor();
    await dialog.getByLabel('名称').fill('三号直播间');
    await dialog.getByLabel('换场缓冲（分钟）').fill('30');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByRole('cell', { name: '三号直播间', exact: true }).waitFor();
  });

  it('when an admin adds a user with nothing typed, then each required field says so beside it and focus is on the first, at 1280x720', async () => {
    await e2e.server.signIn('admin', { email: 'root@example.test', password: 'admin-password-1' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'root@example.test', 'admin-password-1');
    await page.goto(`${e2e.server.url}/users`);
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    const sent: string[] = [];
    page.on('request', (req) => { if (req.method() === 'POST' && req.url().includes('/api/v1/users')) sent.push(req.url()); });

    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '邮箱', described: '必填', invalid: 'true' });
    expect(await dialog.getByText('必填', { exact: true }).count()).toBe(3);
    for (const label of ['姓名', '密码']) expect(await dialog.getByLabel(label, { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // Half right: the email and the password say what is wrong in words; focus goes to the first of them.
    await dialog.getByLabel('邮箱').fill('zhao@');
    await dialog.getByLabel('姓名').fill('赵排期');
    await dialog.getByLabel('密码', { exact: true }).fill('short');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '邮箱', described: '请输入邮箱地址，例如 name@example.com', invalid: 'true' });
    await dialog.getByText('太短：至少需要 10 个字符', { exact: true }).waitFor();
    const inView = await dialog.getByLabel('邮箱').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(sent).toEqual([]);

    await dialog.getByLabel('邮箱').fill('zhao@example.test');
    await dialog.getByLabel('密码', { exact: true }).fill('scheduler-pass-1');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByRole('cell', { name: 'zhao@example.test', exact: true }).waitFor();
    expect(sent).toHaveLength(1);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when finance records a cost with no host and a zero amount, then both say so beside their fields; the host is then found by name', async () => {
    const finance = await e2e.server.signIn('finance', { email: 'money@example.test', password: 'finance-password-1' });
    const admin = await e2e.server.signIn('admin');
    const host = await admin.post('/api/v1/hosts', { stageName: '成本小王', legalName: '王成', status: 'trial' });
    expect(host.status, JSON.stringify(host.body)).toBe(201);
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'money@example.test', 'finance-password-1');
    await page.goto(`${e2e.server.url}/costs?period=2026-11`);
    await page.getByRole('button', { name: '登记成本' }).click();
    const dialog = page.getByRole('dialog', { name: '登记成本' });
    const sent: string[] = [];
    page.on('request', (req) => { if (req.method() === 'POST' && req.url().includes('/api/v1/costs')) sent.push(req.url()); });

    await dialog.getByLabel('金额（元）').fill('0');
    await dialog.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => focused(page)).toEqual({ label: '主播', described: '必填', invalid: 'true' });
    await dialog.getByText('须大于 0', { exact: true }).waitFor();
    expect(sent).toEqual([]);

    const picker = dialog.getByRole('combobox', { name: '主播', exact: true });
    await picker.fill('小王');
    await dialog.getByRole('option', { name: /^成本小王/ }).click();
    await dialog.getByLabel('金额（元）').fill('1,200.50');
    await dialog.getByRole('button', { name: '创建' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await finance.get(`/api/v1/costs?hostId=${host.body.id}`)).body.items).toMatchObject([{ hostId: host.body.id, period: '2026-11', amountFen: 120_050 }]);
    expect(e2e.browser.errors).toEqual([]);
  });
});
