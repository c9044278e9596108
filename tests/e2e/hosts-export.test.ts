import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { e2eJourney } from '../helpers/e2e';

// Issue 17 item 2 on the host list: the export a manager downloads reads in the page's language (names of
// statuses and categories, not codes), and the bulk import takes that very file back: its rows carry the
// hosts' IDs, so they are read as the hosts they are (unchanged) and none is added a second time.

const e2e = e2eJourney();
const { signIn } = e2e;

describe('the hosts export in the browser', () => {
  it('when a manager exports the roster, then the workbook says 签约 and 图书、教育 under Chinese headers, and importing it back reports every row unchanged and adds no host', async () => {
    const manager = await e2e.server.signIn('manager', { email: 'roster@example.test', password: 'manager-password-1' });
    for (const host of [
      { stageName: '书香', legalName: '林书香', status: 'active', categories: ['books', 'education'] },
      { stageName: '小满', legalName: '陈小满', status: 'trial', categories: ['maternity'] },
    ]) expect((await manager.post('/api/v1/hosts', host)).status).toBe(201);

    const page = await e2e.browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, 'roster@example.test', 'manager-password-1');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '主播', exact: true }).click();
    await page.getByRole('cell', { name: '书香', exact: true }).waitFor();

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出 Excel' }).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 7)).toEqual(['ID', '艺名', '真实姓名', '状态', '经纪人邮箱', '等级', '品类']);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(2).value), (row.values as unknown[]).slice(1)); });
    expect(rows.get('书香')?.[3]).toBe('签约');
    expect(rows.get('书香')?.[6]).toBe('图书、教育');
    expect(rows.get('小满')?.[3]).toBe('试播');
    expect(rows.get('小满')?.[6]).toBe('母婴');

    // The file goes back in as it came: every row is read as the host it names, none refused, none added.
    await page.getByRole('button', { name: '批量导入' }).click();
    const dialog = page.getByRole('dialog', { name: '批量导入主播' });
    await dialog.getByLabel('文件').setInputFiles((await file.path())!);
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await dialog.getByText('新建 0 行，更新 0 行，未变 2 行，拒绝 0 行（共 2 行）。').waitFor();
    const hosts = (await manager.get('/api/v1/hosts')).body;
    expect(hosts.total).toBe(2);
    expect(new Map(hosts.items.map((h: { stageName: string; status: string; categories: string[] }) => [h.stageName, [h.status, h.categories]])))
      .toEqual(new Map([['书香', ['active', ['books', 'education']]], ['小满', ['trial', ['maternity']]]]));
    await page.close();
  });
});
