import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ContractCreate } from '../../server/shared/api/contracts';
import { buildContract, buildHost } from '../factories/roster';
import { e2eJourney } from '../helpers/e2e';

const e2e = e2eJourney();

/** The element is on screen as a whole, and a click at its centre reaches it (nothing covers it). */
async function fullyInView(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  if (box.y < 0 || box.x < 0 || box.y + box.height > viewport.height || box.x + box.width > viewport.width) return false;
  return target.evaluate((el, [x, y]) => el.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
}

/** How many lines of text an element takes. */
async function lines(target: Locator): Promise<number> {
  return target.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
}

describe('everyday polish in the browser', () => {
  it('when an admin reads hosts in English, the contracts table and the audit log, then lists, names, badges and record types read as words', async () => {
    const admin = await e2e.server.signIn('admin', { email: 'boss@example.test', password: 'admin-password-1' });
    const host = (await admin.post('/api/v1/hosts', buildHost({ stageName: '阿可姐', categories: ['books', 'education'], status: 'active' }))).body;
    // Long split terms take the table's width, as real ones do: the short columns must not be squeezed into wrapping.
    const terms: ContractCreate['terms'] = {
      hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 2500 }, { fromFen: 5_000_000, rateBp: 3500 }, { fromFen: 20_000_000, rateBp: 4500 }] },
      includePitFees: true, deductCosts: true, tax: 'labor', guarantee: { amountFen: 1_000_000, mode: 'max', minLiveDays: 20, minMinutesPerDay: 120 },
    };
    expect((await admin.post('/api/v1/contracts', buildContract(host.id, { status: 'terminated', terms }))).status).toBe(201);

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'boss@example.test', 'admin-password-1');
    const nav = page.getByRole('navigation', { name: '主导航' });

    // Contracts: the host's name and the status badge each keep to one line.
    await nav.getByRole('link', { name: '合约' }).click();
    const row = page.getByRole('row').filter({ hasText: '阿可姐' });
    await row.waitFor();
    expect(await lines(row.getByRole('link', { name: '阿可姐' }))).toBe(1);
    expect(await lines(row.getByText('已解约'))).toBe(1);

    // English lists are comma-separated.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hosts' }).click();
    await page.getByRole('row').filter({ hasText: '阿可姐' }).getByRole('cell', { name: 'Books, Education', exact: true }).waitFor();
    expect(await page.getByText('Books、Education').count()).toBe(0);

    // The audit log names record types in words, and filters by a choice of them.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    const filter = page.getByLabel('Record type');
    expect(await filter.evaluate((el) => el.tagName)).toBe('SELECT');
    await filter.selectOption({ label: 'Contract' });
    await page.getByRole('button', { name: 'Apply' }).click();
    const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Show changes' }) });
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getByRole('cell').nth(3).textContent()).toBe('Contract');
    await filter.selectOption('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('cell', { name: 'Host', exact: true }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'host', exact: true }).count()).toBe(0);

    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a scheduler fills a long new-session form on a 900 px or 720 px high screen, then its buttons stay in sight', async () => {
    await e2e.server.signIn('scheduler', { email: 'sched@example.test', password: 'scheduler-pass-1' });
    const page = await e2e.browser.context.newPage();
    await e2e.signIn(page, 'sched@example.test', 'scheduler-pass-1');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '排期' }).click();
    for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      await page.getByRole('button', { name: '新建场次' }).click();
      const dialog = page.getByRole('dialog', { name: '新建场次' });
      for (let i = 0; i < 3; i++) await dialog.getByRole('button', { name: '添加主播' }).click();
      for (let i = 0; i < 2; i++) await dialog.getByRole('button', { name: '添加工作人员' }).click();
      expect(await dialog.evaluate((el) => el.scrollHeight > el.clientHeight), `the form outgrows ${size.height} px`).toBe(true);
      expect(await fullyInView(page, dialog.getByRole('button', { name: '创建' })), `创建 at ${size.height} px`).toBe(true);
      expect(await fullyInView(page, dialog.getByRole('button', { name: '取消' })), `取消 at ${size.height} px`).toBe(true);
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(e2e.browser.errors).toEqual([]);
  });
});
