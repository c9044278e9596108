import { describe, expect, it } from 'vitest';
import { e2eJourney } from '../helpers/e2e';

const e2e = e2eJourney();
const { signIn, signOut } = e2e;

describe('staff accounts in the browser', () => {
  it('when an admin creates a scheduler and the scheduler signs in, then the users page is refused to them', async () => {
    await e2e.server.signIn('admin', { email: 'boss@example.test', password: 'admin-password-1' });
    const page = await e2e.browser.context.newPage();

    await signIn(page, 'boss@example.test', 'admin-password-1');
    await page.getByRole('navigation').getByRole('link', { name: '用户' }).click();
    await page.getByRole('button', { name: '新建用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('邮箱').fill('sched@example.test');
    await dialog.getByLabel('姓名').fill('赵排期');
    await dialog.getByLabel('角色', { exact: true }).selectOption('scheduler');
    await dialog.getByLabel('密码').fill('short');
    const sent: string[] = [];
    page.on('request', (req) => { if (req.method() === 'POST' && req.url().includes('/api/v1/users')) sent.push(req.url()); });
    await dialog.getByRole('button', { name: '创建' }).click();
    // The browser says so under the field, in the app's language, and nothing is sent or created.
    await dialog.getByText('太短：至少需要 10 个字符', { exact: true }).waitFor();
    expect(sent).toEqual([]);
    await dialog.getByLabel('密码').fill('scheduler-pass-1');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.getByRole('cell', { name: 'sched@example.test', exact: true }).waitFor();

    await signOut(page);

    await signIn(page, 'sched@example.test', 'scheduler-pass-1');
    expect(await page.getByRole('navigation').getByRole('link', { name: '用户' }).count()).toBe(0);
    await page.goto(`${e2e.server.url}/users`);
    await page.getByRole('heading', { name: '无权限' }).waitFor();
    expect(await page.getByRole('cell', { name: 'sched@example.test', exact: true }).count()).toBe(0);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when the language is switched to English, then the interface is English and it stays after a reload', async () => {
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'boss@example.test', 'admin-password-1');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Users' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });
});
