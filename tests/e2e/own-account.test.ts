import { describe, expect, it } from 'vitest';
import { e2eJourney } from '../helpers/e2e';

const e2e = e2eJourney();

const oldPassword = 'correct-horse-battery';
const newPassword = 'my-own-new-secret-7';

describe('one\'s own account in the browser', () => {
  it('when a user changes their own password, then the old one stops working and their other sessions are signed out', async () => {
    // The API client is the user's other browser: it signed in before the change.
    const elsewhere = await e2e.server.signIn('viewer', { email: 'pat@example.test', name: '林小帕', password: oldPassword });
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'pat@example.test', oldPassword);

    await page.getByRole('link', { name: '林小帕 · 只读' }).click();
    await page.getByRole('heading', { name: '我的账号' }).waitFor();
    const form = page.getByRole('form', { name: '修改密码' });

    // What the browser can check is shown beside the field, without a request, and focus goes there.
    await form.getByLabel('当前密码').fill(oldPassword);
    await form.getByLabel('新密码', { exact: true }).fill('short');
    await form.getByLabel('确认新密码').fill('short');
    await form.getByRole('button', { name: '修改密码' }).click();
    await form.getByText('密码至少需要 10 个字符').waitFor();
    expect(await form.getByLabel('新密码', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);

    // A wrong current password is the server's call, shown beside that field.
    await form.getByLabel('当前密码').fill('not-my-password');
    await form.getByLabel('新密码', { exact: true }).fill(newPassword);
    await form.getByLabel('确认新密码').fill(newPassword);
    await form.getByRole('button', { name: '修改密码' }).click();
    await form.getByText('当前密码不正确').waitFor();
    expect((await elsewhere.get('/api/v1/auth/me')).status).toBe(200);

    await form.getByLabel('当前密码').fill(oldPassword);
    await form.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改，其他设备上的登录已退出').waitFor();
    expect(await form.getByLabel('当前密码').inputValue()).toBe('');

    // The other session is gone; this one stays.
    expect((await elsewhere.get('/api/v1/auth/me')).status).toBe(401);
    await page.reload();
    await page.getByRole('heading', { name: '我的账号' }).waitFor();

    await e2e.signOut(page);
    await page.getByLabel('邮箱').fill('pat@example.test');
    await page.getByLabel('密码').fill(oldPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('邮箱或密码错误').waitFor();
    await page.getByLabel('密码').fill(newPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a user keeps English on their account, then signing in from a browser that never chose it shows English', async () => {
    await e2e.server.signIn('finance', { email: 'fin@example.test', name: '钱财务', password: oldPassword });
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'fin@example.test', oldPassword);
    await page.getByRole('link', { name: '钱财务 · 财务' }).click();
    const form = page.getByRole('form', { name: '界面语言' });
    await form.getByLabel('界面语言').selectOption('en');
    await form.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByText('Interface language saved').waitFor();

    // Another browser: nothing remembered locally, so the sign-in page speaks Chinese; the account's choice applies on sign-in.
    await page.evaluate(() => localStorage.clear());
    const loaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await loaded;
    await page.getByLabel('邮箱').fill('fin@example.test');
    await page.getByLabel('密码').fill(oldPassword);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // The header's switch keeps the choice on the server too.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await expect.poll(async () => (await e2e.server.anonymous().login('fin@example.test', oldPassword)).body.user.locale).toBe('zh-CN');
    expect(e2e.browser.errors).toEqual([]);
  });
});
