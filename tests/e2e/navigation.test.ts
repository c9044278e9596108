import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';

const e2e = e2eJourney();

/** The sidebar as a person reads it: each group's name and the links under it, in order. */
async function sidebar(page: Page) {
  const nav = page.getByRole('navigation', { name: /主导航|Main/ });
  return nav.evaluate((el) =>
    [...el.querySelectorAll('button[aria-expanded]')].map((button) => ({
      group: button.textContent?.trim(),
      links: [...(button.nextElementSibling?.querySelectorAll('a') ?? [])].map((a) => a.textContent?.trim()),
    })),
  );
}

/** Every link and group name is shown whole on one line, and the top bar keeps one row. */
async function expectReadable(page: Page) {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const nav = document.querySelector('nav');
    for (const el of nav?.querySelectorAll<HTMLElement>('a, button') ?? []) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`cut: ${el.textContent}`);
      if (el.getBoundingClientRect().height > 40) out.push(`wraps: ${el.textContent}`);
    }
    const header = document.querySelector('header');
    if (header && header.getBoundingClientRect().height > 60) out.push('the top bar wraps');
    return out;
  });
  expect(problems).toEqual([]);
}

describe('navigation in the browser', () => {
  it('when an admin opens the app, then the pages are grouped by job in a sidebar that fits, with the current page highlighted', async () => {
    await e2e.server.signIn('admin', { email: 'boss@example.test', password: 'admin-password-1' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await e2e.signIn(page, 'boss@example.test', 'admin-password-1');

    const groups = await sidebar(page);
    expect(groups).toEqual([
      { group: '主播管理', links: ['主播', '合约', '品牌', '合作', '合规'] },
      { group: '排期管理', links: ['排期', '直播间'] },
      { group: '订单与资金', links: expect.any(Array) },
      { group: '系统管理', links: ['用户', 'API 令牌', '设置', '审计日志'] },
    ]);
    // Reconciliation (对账) joins this group where it is built; the rest keep the order finance works in, reports last.
    expect(groups[2]?.links.filter((link) => link !== '对账')).toEqual(['导入', '订单', '佣金台账', '结算', '成本', '结算周期', '报表']);
    await expectReadable(page);

    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '首页' }).waitFor();
    expect(await nav.getByRole('link', { name: '首页' }).getAttribute('aria-current')).toBe('page');
    await nav.getByRole('link', { name: '结算', exact: true }).click();
    await page.getByRole('heading', { name: '结算', exact: true }).waitFor();
    expect(await nav.locator('[aria-current="page"]').allTextContents()).toEqual(['结算']);
    // A page under a section (a new contract) keeps its section highlighted.
    await page.goto(`${e2e.server.url}/contracts/new`);
    await nav.locator('[aria-current="page"]', { hasText: '合约' }).waitFor();

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).waitFor();
    expect((await sidebar(page)).map((g) => g.group)).toEqual(['Roster', 'Schedule', 'Orders & money', 'Admin']);
    await expectReadable(page);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await expectReadable(page);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a group is folded or the sidebar hidden, then it stays so after a reload, and the current page stays in sight', async () => {
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'boss@example.test', 'admin-password-1');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '合约' }).click();

    const roster = nav.getByRole('button', { name: '主播管理' });
    await roster.click();
    expect(await roster.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: '主播' }).count()).toBe(0);
    // Folded, the group still shows the page one is on.
    expect(await nav.getByRole('link', { name: '合约' }).getAttribute('aria-current')).toBe('page');
    await page.reload();
    await nav.getByRole('link', { name: '合约' }).waitFor();
    expect(await nav.getByRole('button', { name: '主播管理' }).getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: '品牌' }).count()).toBe(0);
    await nav.getByRole('button', { name: '主播管理' }).click();
    await nav.getByRole('link', { name: '品牌' }).waitFor();

    await page.getByRole('button', { name: '收起导航' }).click();
    await nav.waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByRole('button', { name: '展开导航' }).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: '展开导航' }).click();
    await nav.getByRole('link', { name: '主播' }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a scheduler signs in, then the sidebar holds only their pages', async () => {
    await e2e.server.signIn('scheduler', { email: 'sched@example.test', password: 'scheduler-pass-1' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'sched@example.test', 'scheduler-pass-1');
    expect(await sidebar(page)).toEqual([
      { group: '主播管理', links: ['主播', '合规'] },
      { group: '排期管理', links: ['排期', '直播间'] },
      { group: '系统管理', links: ['设置'] },
    ]);
    await expectReadable(page);
    expect(e2e.browser.errors).toEqual([]);
  });
});
