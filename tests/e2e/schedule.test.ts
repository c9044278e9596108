import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';
import type { ApiClient } from '../helpers/api-client';
import { rosterServer } from '../integration/roster-kit';
import { addRoom, bookableHost, booking } from '../integration/schedule-kit';

// The server's clock is fixed at 2026-11-25; the week booked is 2026-12-14 to 20, in the future either way.
const e2e = e2eJourney(rosterServer);
const { signIn } = e2e;

// The grid draws 30 minutes as 24 px from 06:00 (client/features/schedule/time.ts).
const PX_PER_MINUTE = 24 / 30;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Drags with the mouse down a column from one time to another, as a person books on the grid. */
async function dragOn(page: Page, column: Locator, from: string, to: string): Promise<void> {
  await page.locator(`[data-hour="${from.slice(0, 2)}:00"]`).scrollIntoViewIfNeeded();
  const box = await column.boundingBox();
  if (!box) throw new Error('column not drawn');
  const x = box.x + box.width / 2;
  const y = (hhmm: string) => box.y + (minutesOf(hhmm) - 6 * 60) * PX_PER_MINUTE;
  await page.mouse.move(x, y(from) + 2);
  await page.mouse.down();
  await page.mouse.move(x, y(from) + 20, { steps: 4 });
  await page.mouse.move(x, y(to) - 2, { steps: 8 });
  await page.mouse.up();
}

/** Drags a session block by its top edge so that it starts at the given time in the column. */
async function dragSession(page: Page, block: Locator, column: Locator, to: string): Promise<void> {
  await block.scrollIntoViewIfNeeded();
  const from = await block.boundingBox();
  const box = await column.boundingBox();
  if (!from || !box) throw new Error('not drawn');
  const x = box.x + box.width / 2;
  await page.mouse.move(x, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 24, { steps: 4 });
  await page.mouse.move(x, box.y + (minutesOf(to) - 6 * 60) * PX_PER_MINUTE + 4, { steps: 8 });
  await page.mouse.up();
}

async function sessionsOn(client: ApiClient, day: string) {
  const res = await client.get(`/api/v1/sessions?from=${encodeURIComponent(`${day}T00:00:00+08:00`)}&to=${encodeURIComponent(`${day}T23:59:59+08:00`)}`);
  expect(res.status).toBe(200);
  return res.body.items as { id: number; roomId: number; startsAt: string; endsAt: string }[];
}

describe('the schedule in the browser', () => {
  it('when a scheduler drags a booking and then drags a clashing one for the same host, then the first is drawn and the second is refused with the reason', async () => {
    const admin = await e2e.server.signIn('admin');
    const { hostId } = await bookableHost(admin, { stageName: '小美' });
    const studioA = await addRoom(admin, '一号直播间');
    const studioB = await addRoom(admin, '二号直播间', 30);
    const scheduler = await e2e.server.signIn('scheduler', { email: 'sched@example.test', password: 'scheduler-pass-1', name: '赵排期' });
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'sched@example.test', 'scheduler-pass-1');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '排期' }).click();
    await page.getByRole('heading', { name: '排期' }).waitFor();
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-16`);
    await page.getByTestId('week-range').getByText('2026-12-14 至 2026-12-20').waitFor();

    // 1. Drag 10:00-12:00 on studio A's Monday column: the form opens with the room and the interval.
    await dragOn(page, page.locator(`[data-day="2026-12-14"][data-resource="room-${studioA}"]`), '10:00', '12:00');
    const form = page.getByRole('dialog', { name: '新建场次' });
    expect(await form.getByLabel('开始').inputValue()).toBe('2026-12-14T10:00');
    expect(await form.getByLabel('结束').inputValue()).toBe('2026-12-14T12:00');
    expect(await form.getByLabel('直播间').inputValue()).toBe(String(studioA));
    await form.getByLabel('账号所属主播').selectOption({ label: '小美' });
    await expect.poll(() => form.getByLabel('平台账号').inputValue()).not.toBe('');
    expect(await form.getByLabel('分成（%） 1').inputValue()).toBe('100');
    await form.getByLabel('标题').fill('双十二预热');
    // The crew is picked by name from the staff directory (a scheduler cannot list users).
    await form.getByRole('button', { name: '添加工作人员' }).click();
    const member = form.getByLabel('人员 1');
    await member.getByRole('option', { name: '赵排期（排期）' }).waitFor({ state: 'attached' });
    await member.selectOption({ label: '赵排期（排期）' });
    expect(await member.inputValue()).toBe(String(scheduler.user.id));
    await form.getByLabel('职责 1').fill('场控');
    await form.getByRole('button', { name: '创建' }).click();
    await form.waitFor({ state: 'hidden' });
    const drawn = page.locator(`[data-day="2026-12-14"][data-resource="room-${studioA}"]`).getByRole('button', { name: /双十二预热/ });
    await drawn.waitFor();
    expect(await drawn.textContent()).toContain('10:00 – 12:00');
    const [first] = await sessionsOn(scheduler, '2026-12-14');
    expect(first).toMatchObject({ roomId: studioA, startsAt: '2026-12-14T10:00:00+08:00', endsAt: '2026-12-14T12:00:00+08:00', crew: [{ userId: scheduler.user.id, duty: '场控' }] });

    // The session's drawer names its crew; the drag that booked it does not swallow this first click.
    await drawn.focus();
    await drawn.press('Enter');
    const drawer = page.getByRole('dialog', { name: /双十二预热/ });
    await drawer.getByRole('definition').getByText('赵排期 场控', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: '关闭', exact: true }).click();
    await drawer.waitFor({ state: 'hidden' });

    // 2. The same host, 11:00-13:00 in studio B: the form predicts the clash, and the server refuses it.
    await dragOn(page, page.locator(`[data-day="2026-12-14"][data-resource="room-${studioB}"]`), '11:00', '13:00');
    await form.waitFor();
    await form.getByLabel('账号所属主播').selectOption({ label: '小美' });
    const line = `主播冲突：场次 #${first?.id}，2026-12-14 10:00 – 12:00（小美）`;
    await form.getByTestId('conflicts-warning').getByText(line).waitFor();
    await form.getByRole('button', { name: '创建' }).click();
    await form.getByText('服务器拒绝：与已有排期冲突').waitFor();
    await form.getByTestId('conflicts-error').getByText(line).waitFor();

    const after = await sessionsOn(scheduler, '2026-12-14');
    expect(after.map((s) => s.id)).toEqual([first?.id]);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a scheduler drags a session into the changeover after another, then the clash is predicted, the refusal is shown on it and it goes back; a free slot takes it', async () => {
    const admin = await e2e.server.signIn('admin');
    const b = await bookableHost(admin, { stageName: '阿强' });
    const c = await bookableHost(admin, { stageName: '莉莉' });
    const studio = await addRoom(admin, '三号直播间', 30);
    const book = async (host: { hostId: number; accountId: number }, startsAt: string, endsAt: string, title: string) => {
      const res = await admin.post('/api/v1/sessions', booking(host.accountId, host.hostId, startsAt, endsAt, { roomId: studio, title }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    const morning = await book(b, '2026-12-15T10:00:00+08:00', '2026-12-15T12:00:00+08:00', '早场');
    const afternoon = await book(c, '2026-12-15T14:00:00+08:00', '2026-12-15T15:00:00+08:00', '午场');
    await e2e.server.signIn('scheduler', { email: 'mover@example.test', password: 'scheduler-pass-2' });
    const page = await e2e.browser.context.newPage();
    await signIn(page, 'mover@example.test', 'scheduler-pass-2');
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-15`);
    const column = page.locator(`[data-day="2026-12-15"][data-resource="room-${studio}"]`);
    const block = column.getByRole('button', { name: /午场/ });
    await block.waitFor();

    // 12:15 is inside the morning session's 30-minute changeover.
    await dragSession(page, block, column, '12:15');
    const confirm = page.getByRole('dialog', { name: '确认移动场次' });
    const line = `直播间冲突：场次 #${morning}，2026-12-15 10:00 – 12:00（含换场 30 分钟）`;
    await confirm.getByText(line).waitFor();
    await confirm.getByRole('button', { name: '仍然提交' }).click();
    await page.getByText(`场次 #${afternoon} 未能移动，已恢复原时间。`).waitFor();
    await page.getByTestId('conflicts-error').getByText(line).waitFor();
    expect(await block.getAttribute('aria-label')).toContain('14:00 – 15:00');
    expect(await block.getAttribute('aria-label')).toContain('冲突');
    expect((await admin.get(`/api/v1/sessions/${afternoon}`)).body).toMatchObject({ startsAt: '2026-12-15T14:00:00+08:00' });

    // 12:30 is free: the move goes through without a question.
    await dragSession(page, block, column, '12:30');
    await page.getByText(`已移动场次 #${afternoon}`).waitFor();
    await expect.poll(async () => (await admin.get(`/api/v1/sessions/${afternoon}`)).body.startsAt).toBe('2026-12-15T12:30:00+08:00');
    expect(e2e.browser.errors).toEqual([]);
  });
});
