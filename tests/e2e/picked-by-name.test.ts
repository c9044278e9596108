import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';
import { addHost, rosterServer } from '../integration/roster-kit';
import { addRoom, bookableHost, booking } from '../integration/schedule-kit';

// Issue 17 item 1: people are picked by typing part of their name, from the keyboard, and a picker offers
// only who may be chosen (active staff as crew; managers as 经纪人). The server's clock is 2026-11-25.
const e2e = e2eJourney(rosterServer);

/** The options of a picker's own list (the combobox names it with aria-controls). */
async function optionsOf(page: Page, combobox: Locator): Promise<Locator> {
  return page.locator(`[id="${await combobox.getAttribute('aria-controls')}"]`).getByRole('option');
}

/** Types part of a name into the picker, and returns the names it offers once the expected one is in. */
async function typeInto(page: Page, combobox: Locator, typed: string, expected: string): Promise<string[]> {
  await combobox.fill(typed);
  const options = await optionsOf(page, combobox);
  await options.filter({ hasText: expected }).waitFor();
  return (await options.allInnerTexts()).map((text) => text.split('\n')[0] ?? '');
}

/** Picks the first option offered with the keyboard, as a person would without the mouse. */
async function pickFirstWithKeyboard(page: Page, combobox: Locator): Promise<void> {
  await combobox.press('ArrowDown');
  await combobox.press('Enter');
  await (await optionsOf(page, combobox)).first().waitFor({ state: 'detached' });
}

describe('picked by name in the browser', () => {
  it('when a scheduler edits a session from its drawer, then a crew member is found by part of the name, picked with the keyboard and saved', async () => {
    const admin = await e2e.server.signIn('admin');
    const host = await bookableHost(admin, { stageName: '晚晚' });
    const studio = await addRoom(admin, '二号直播间');
    const booked = await admin.post('/api/v1/sessions', booking(host.accountId, host.hostId, '2026-12-16T20:00:00+08:00', '2026-12-16T22:00:00+08:00', { roomId: studio, title: '晚晚护肤专场' }));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const operator = await e2e.server.signIn('viewer', { email: 'hong@example.test', name: '孙晓红' });
    // A colleague who has left is not offered, though the name matches as well.
    const left = await e2e.server.signIn('scheduler', { email: 'ming@example.test', name: '孙晓明' });
    expect((await admin.patch(`/api/v1/users/${left.user.id}`, { active: false })).status).toBe(200);
    await e2e.server.signIn('scheduler', { email: 'crew@example.test', password: 'scheduler-pass-4' });

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'crew@example.test', 'scheduler-pass-4');
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-16`);
    const block = page.locator(`[data-day="2026-12-16"][data-resource="room-${studio}"]`).getByRole('button', { name: /晚晚护肤专场/ });
    await block.click();
    const drawer = page.getByRole('dialog', { name: /晚晚护肤专场/ });
    await drawer.getByRole('button', { name: '编辑', exact: true }).click();

    const form = page.getByRole('dialog', { name: `编辑场次 #${booked.body.id}` });
    await form.getByRole('button', { name: '添加工作人员' }).click();
    const member = form.getByRole('combobox', { name: '人员 1', exact: true });
    // An empty crew row is not sent: it is marked, said in words, and the person's field has focus.
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => member.evaluate((el) => el === document.activeElement && el.getAttribute('aria-invalid'))).toBe('true');
    expect(await member.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent))
      .toBe('每位工作人员都要选定人员并填写职责；不需要的行请删除。');
    expect(await form.getByLabel('职责 1').getAttribute('aria-invalid')).toBe('true');
    expect(await typeInto(page, member, '晓', '孙晓红')).toEqual(['孙晓红']);
    await pickFirstWithKeyboard(page, member);
    expect(await member.inputValue()).toBe('孙晓红');
    await form.getByLabel('职责 1').fill('场控');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });

    expect((await admin.get(`/api/v1/sessions/${booked.body.id}`)).body.crew).toEqual([{ userId: operator.user.id, duty: '场控' }]);
    await block.click();
    await drawer.getByRole('definition').getByText('孙晓红 场控', { exact: true }).waitFor();
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a manager sets a host\'s 经纪人, then only managers are offered, found by part of the name and picked with the keyboard', async () => {
    const admin = await e2e.server.signIn('admin', { name: '周管理' });
    const colleague = await e2e.server.signIn('manager', { email: 'zhou-agent@example.test', name: '周经纪' });
    await e2e.server.signIn('finance', { email: 'zhou-finance@example.test', name: '周财务' });
    await e2e.server.signIn('manager', { email: 'keeper@example.test', password: 'manager-pass-5', name: '吴经纪' });
    const host = await addHost(admin, { stageName: '小周' });

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'keeper@example.test', 'manager-pass-5');
    await page.goto(`${e2e.server.url}/hosts/${host.id}/edit`);
    const agent = page.getByRole('combobox', { name: '经纪人', exact: true });
    // 周管理 (admin) and 周财务 (finance) match the name too, but only a manager may be the agent.
    expect(await typeInto(page, agent, '周', '周经纪')).toEqual(['周经纪']);
    await pickFirstWithKeyboard(page, agent);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { name: '小周' }).waitFor();
    expect((await admin.get(`/api/v1/hosts/${host.id}`)).body.agentId).toBe(colleague.user.id);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when an admin filters the audit log by who did it, then a colleague who has left is still offered by name, and only their entries remain', async () => {
    const admin = await e2e.server.signIn('admin', { email: 'auditor@example.test', password: 'admin-pass-6' });
    const leaver = await e2e.server.signIn('manager', { email: 'qian@example.test', name: '钱已走' });
    await addHost(leaver, { stageName: '钱的主播' });
    await addHost(admin, { stageName: '管理员的主播' });
    expect((await admin.patch(`/api/v1/users/${leaver.user.id}`, { active: false })).status).toBe(200);

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await e2e.signIn(page, 'auditor@example.test', 'admin-pass-6');
    await page.goto(`${e2e.server.url}/audit-log`);
    const actor = page.getByRole('combobox', { name: '操作人', exact: true });
    expect(await typeInto(page, actor, '已走', '钱已走')).toEqual(['钱已走']);
    expect(await (await optionsOf(page, actor)).first().innerText()).toContain('已离职');
    await pickFirstWithKeyboard(page, actor);
    await page.getByRole('button', { name: '筛选' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('actorId')).toBe(String(leaver.user.id));
    const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: '查看变更' }) });
    // The columns of every row shown, once the filtered answer is in (the last one stays until then).
    const shown = (from: number, to: number) => rows.evaluateAll((trs, [a, b]) => [...new Set(trs.map((tr) => [...tr.querySelectorAll('td')].slice(a, b).map((td) => td.textContent).join(' ')))], [from, to]);
    // Each entry names who did it; their email shows on hover.
    await expect.poll(() => shown(1, 2)).toEqual(['钱已走']);
    expect(await rows.first().getByRole('cell').nth(1).getByText('钱已走', { exact: true }).getAttribute('title')).toBe('qian@example.test');

    // A host's entries: the record is found by its stage name once the type is 主播 (other types take a number).
    await page.getByLabel('对象类型').selectOption({ label: '主播' });
    const record = page.getByRole('combobox', { name: '对象', exact: true });
    expect(await typeInto(page, record, '钱的', '钱的主播')).toEqual(['钱的主播']);
    await pickFirstWithKeyboard(page, record);
    await page.getByRole('button', { name: '筛选' }).click();
    const host = (await admin.get(`/api/v1/hosts?q=${encodeURIComponent('钱的主播')}`)).body.items[0] as { id: number };
    await expect.poll(() => new URL(page.url()).searchParams.get('entityId')).toBe(String(host.id));
    await expect.poll(() => shown(3, 5)).toEqual([`主播 ${host.id}`]);
    expect(e2e.browser.errors).toEqual([]);
  });
});
