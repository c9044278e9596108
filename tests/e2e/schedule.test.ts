import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { e2eJourney } from '../helpers/e2e';
import type { ApiClient } from '../helpers/api-client';
import { rosterServer } from '../integration/roster-kit';
import { addRoom, bookableHost, booking } from '../integration/schedule-kit';

// The server's clock is fixed at 2026-11-25; the days booked (from 2026-12-14) are in the future either way.
const e2e = e2eJourney(rosterServer);
const { signIn } = e2e;

// The grid draws 30 minutes as 24 px from 06:00 (client/features/schedule/time.ts).
const PX_PER_MINUTE = 24 / 30;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const yIn = (box: { y: number }, hhmm: string) => box.y + (minutesOf(hhmm) - 6 * 60) * PX_PER_MINUTE;

/** Whether the hour mark shows inside the grid's scrolled viewport, without any scrolling by the test. */
async function hourInView(page: Page, hour: string): Promise<boolean> {
  const grid = await page.getByTestId('schedule-grid').boundingBox();
  const mark = await page.locator(`[data-hour="${hour}"]`).boundingBox();
  return !!grid && !!mark && mark.y >= grid.y + 40 && mark.y + mark.height <= grid.y + grid.height;
}

/** Drags with the mouse down a column from one time to another (both must be in view), as a person books. */
async function dragOn(page: Page, column: Locator, from: string, to: string): Promise<void> {
  const box = await column.boundingBox();
  if (!box) throw new Error('column not drawn');
  const x = box.x + box.width / 2;
  await page.mouse.move(x, yIn(box, from) + 2);
  await page.mouse.down();
  await page.mouse.move(x, yIn(box, from) + 20, { steps: 4 });
  await page.mouse.move(x, yIn(box, to) - 2, { steps: 8 });
  await page.mouse.up();
}

/** Drags a session block by its top edge so that it starts at the given time in the column. */
async function dragSession(page: Page, block: Locator, column: Locator, to: string): Promise<void> {
  const from = await block.boundingBox();
  const box = await column.boundingBox();
  if (!from || !box) throw new Error('not drawn');
  const x = box.x + box.width / 2;
  await page.mouse.move(x, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 24, { steps: 4 });
  await page.mouse.move(x, yIn(box, to) + 4, { steps: 8 });
  await page.mouse.up();
}

async function pick(scope: Locator, label: string, typed: string, option: RegExp): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  await scope.getByRole('option', { name: option }).click();
}

const sessionsOfHost = async (client: ApiClient, hostId: number) =>
  (await client.get(`/api/v1/sessions?hostId=${hostId}`)).body.items as { id: number; roomId: number | null; startsAt: string; endsAt: string; title: string }[];

describe('the schedule in the browser', () => {
  it('when a scheduler opens a day by room, then it opens on prime time; a host found by part of the stage name is booked there by a drag', async () => {
    const admin = await e2e.server.signIn('admin');
    const { hostId } = await bookableHost(admin, { stageName: '小美甜甜' });
    const wang = await bookableHost(admin, { stageName: '老王' });
    const terminated = await admin.patch(`/api/v1/hosts/${wang.hostId}`, { status: 'terminated' });
    expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
    const studio = await addRoom(admin, '一号直播间');
    await e2e.server.signIn('scheduler', { email: 'sched@example.test', password: 'scheduler-pass-1' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'sched@example.test', 'scheduler-pass-1');
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-14`);
    await page.getByTestId('schedule-range').getByText('2026-12-14 周一').waitFor();

    // An empty agency: the day opens at prime time (19:30), not at 06:00.
    const column = page.locator(`[data-day="2026-12-14"][data-resource="room-${studio}"]`);
    await column.waitFor();
    expect(await hourInView(page, '20:00')).toBe(true);
    expect(await hourInView(page, '23:00')).toBe(true);
    expect(await hourInView(page, '07:00')).toBe(false);

    await dragOn(page, column, '19:30', '23:30');
    const form = page.getByRole('dialog', { name: '新建场次' });
    expect(await form.getByLabel('开始').inputValue()).toBe('2026-12-14T19:30');
    expect(await form.getByLabel('结束').inputValue()).toBe('2026-12-14T23:30');
    // The picker names the room once it has fetched it by id: wait for that, as for the account below.
    await expect.poll(() => form.getByRole('combobox', { name: '直播间', exact: true }).inputValue()).toBe('一号直播间');
    // Terminated hosts are not offered; part of the stage name finds the host.
    await form.getByRole('combobox', { name: '账号所属主播', exact: true }).fill('老王');
    await form.getByText('没有匹配项').waitFor();
    await pick(form, '账号所属主播', '甜甜', /^小美甜甜/);
    await expect.poll(() => form.getByRole('combobox', { name: '平台账号', exact: true }).inputValue()).not.toBe('');
    expect(await form.getByLabel('分成（%） 1').inputValue()).toBe('100');
    await form.getByLabel('标题').fill('一号直播间双十二美妆专场晚间档');
    await form.getByRole('button', { name: '创建' }).click();
    await form.waitFor({ state: 'hidden' });

    const drawn = column.getByRole('button', { name: /一号直播间双十二美妆专场晚间档/ });
    await drawn.waitFor();
    // The whole title shows, wrapped in the column: not cut to "一号直播间 ...".
    expect(await drawn.innerText()).toContain('一号直播间双十二美妆专场晚间档');
    expect(await drawn.innerText()).toContain('19:30 – 23:30');
    expect(await sessionsOfHost(admin, hostId)).toMatchObject([{ roomId: studio, startsAt: '2026-12-14T19:30:00+08:00', endsAt: '2026-12-14T23:30:00+08:00' }]);

    // The same day by host, and the week of that one host, kept in the URL.
    await page.getByRole('group', { name: '分组方式' }).getByRole('button', { name: '按主播' }).click();
    await page.locator(`[data-day="2026-12-14"][data-resource="host-${hostId}"]`).getByRole('button', { name: /晚间档/ }).waitFor();
    await page.getByRole('group', { name: '视图' }).getByRole('button', { name: '周' }).click();
    await page.getByText('请选择一位主播查看其一周排期（输入艺名的一部分即可搜索）。').waitFor();
    await pick(page.locator('main'), '主播', '小美', /^小美甜甜/);
    await page.locator(`[data-day="2026-12-14"][data-resource="host-${hostId}"]`).getByRole('button', { name: /晚间档/ }).waitFor();
    expect(await page.locator(`[data-resource="host-${hostId}"]`).count()).toBe(7);
    expect(new URL(page.url()).searchParams.get('host')).toBe(String(hostId));
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a drag meets a conflict it is not offered for sending; when the server refuses a move, then the toast says what was restored', async () => {
    const admin = await e2e.server.signIn('admin');
    const a = await bookableHost(admin, { stageName: '阿强' });
    const b = await bookableHost(admin, { stageName: '莉莉' });
    const studio = await addRoom(admin, '三号直播间', 30);
    const book = async (host: { hostId: number; accountId: number }, startsAt: string, endsAt: string, title: string, roomId: number | null = studio) => {
      const res = await admin.post('/api/v1/sessions', booking(host.accountId, host.hostId, startsAt, endsAt, { roomId, title }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    await book(a, '2026-12-15T19:30:00+08:00', '2026-12-15T21:00:00+08:00', '阿强晚场');
    const evening = await book(b, '2026-12-15T21:30:00+08:00', '2026-12-15T23:30:00+08:00', '莉莉晚场');
    await e2e.server.signIn('scheduler', { email: 'mover@example.test', password: 'scheduler-pass-2' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await signIn(page, 'mover@example.test', 'scheduler-pass-2');
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-15`);
    const column = page.locator(`[data-day="2026-12-15"][data-resource="room-${studio}"]`);
    const block = column.getByRole('button', { name: /莉莉晚场/ });
    await block.waitFor();
    expect(await hourInView(page, '20:00')).toBe(true);

    // 21:15 is inside 阿强晚场's 30-minute changeover: the server would refuse, so there is nothing to send.
    await dragSession(page, block, column, '21:15');
    const blocked = page.getByRole('dialog', { name: '无法移动场次' });
    await blocked.getByText('直播间冲突：与「阿强晚场」（三号直播间，2026-12-15 19:30 – 21:00，含换场 30 分钟）').waitFor();
    expect(await blocked.getByRole('button', { name: '仍然提交' }).count()).toBe(0);
    await blocked.getByRole('button', { name: '知道了' }).click();
    await blocked.waitFor({ state: 'hidden' });

    // Meanwhile someone else books 莉莉 outdoors at 17:30: this page does not know, so the move to 17:00 is sent and refused.
    await book(b, '2026-12-15T17:30:00+08:00', '2026-12-15T18:30:00+08:00', '莉莉外景', null);
    await dragSession(page, block, column, '17:00');
    await page.getByText('已恢复：莉莉晚场 回到 21:30 – 23:30').waitFor();
    await page.getByTestId('conflicts-error').getByText('主播冲突：莉莉 已排「莉莉外景」（2026-12-15 17:30 – 18:30）').waitFor();
    expect(await block.getAttribute('aria-label')).toContain('21:30 – 23:30');
    expect((await admin.get(`/api/v1/sessions/${evening}`)).body).toMatchObject({ startsAt: '2026-12-15T21:30:00+08:00' });
    expect(e2e.browser.errors).toEqual([]);
  });

  it('when a series conflicts on one date, then the dates are shown and the rest are booked when asked', async () => {
    const admin = await e2e.server.signIn('admin');
    const host = await bookableHost(admin, { stageName: '周一主播' });
    await admin.post('/api/v1/sessions', booking(host.accountId, host.hostId, '2026-12-21T20:00:00+08:00', '2026-12-21T22:00:00+08:00', { title: '品牌专场' }));
    await e2e.server.signIn('scheduler', { email: 'series@example.test', password: 'scheduler-pass-3' });
    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'series@example.test', 'scheduler-pass-3');
    await page.goto(`${e2e.server.url}/schedule?date=2026-12-14`);
    await page.getByRole('button', { name: '周期排期' }).click();
    const form = page.getByRole('dialog', { name: '周期排期' });
    await pick(form, '账号所属主播', '周一', /^周一主播/);
    await expect.poll(() => form.getByRole('combobox', { name: '平台账号', exact: true }).inputValue()).not.toBe('');
    await form.getByLabel('周一').check();
    await form.getByLabel('开始时间').fill('19:30');
    await form.getByLabel('时长（分钟）').fill('240');
    await form.getByLabel('起始日期').fill('2026-12-14');
    await form.getByLabel('截止日期（含）').fill('2026-12-28');
    await form.getByLabel('标题').fill('周一专场');
    await form.getByRole('button', { name: '创建全部场次' }).click();

    await form.getByText('以下日期与已有排期冲突，所有场次均未创建：').waitFor();
    await form.getByTestId('series-refusals').getByText(/2026-12-21：主播冲突：周一主播 已排「品牌专场」/).waitFor();
    expect(await sessionsOfHost(admin, host.hostId)).toHaveLength(1);
    await form.getByRole('button', { name: '只预订其余 2 个日期' }).click();
    await page.getByText('已创建 2 个场次，跳过 1 个冲突日期：2026-12-21').waitFor();
    await form.waitFor({ state: 'hidden' });
    expect((await sessionsOfHost(admin, host.hostId)).map((s) => `${s.startsAt} ${s.title}`)).toEqual([
      '2026-12-14T19:30:00+08:00 周一专场', '2026-12-21T20:00:00+08:00 品牌专场', '2026-12-28T19:30:00+08:00 周一专场',
    ]);
    expect(e2e.browser.errors).toEqual([]);
  });
});
