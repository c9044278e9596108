import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { collect } from './aggregate.ts';
import { douyinExportRow } from './rows.ts';

const scratch = mkdtempSync(join(tmpdir(), 'mcn-importers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A douyin-export workbook whose cells Excel has turned into numbers and percents. */
async function workbook(overrides: Record<string, ExcelJS.CellValue>, numFmts: Record<string, string> = {}): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('订单明细');
  const headers = Object.keys(douyinExportRow);
  sheet.addRow(headers);
  const row = sheet.addRow(headers.map((h) => (h in overrides ? overrides[h] : douyinExportRow[h])));
  headers.forEach((h, i) => {
    if (numFmts[h]) row.getCell(i + 1).numFmt = numFmts[h];
  });
  const path = join(scratch, 'export.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('XLSX exports re-saved by Excel', () => {
  it('when money and rate cells are numbers with a percent format, then they read as the export text would', async () => {
    const path = await workbook({ 支付金额: 198, 佣金率: 0.2, 预估佣金支出: 39.6, 商品数量: 2 }, { 佣金率: '0.00%' });
    const [result] = await collect({ path });
    expect(result).toMatchObject({ row: 1, order: { gmvFen: 19800, commissionRateBp: 2000, estimatedCommissionFen: 3960, quantity: 2 } });
  });

  it('when an id cell has become a number past 2^53, then the row is refused instead of keyed on a rounded id', async () => {
    const path = await workbook({ 订单id: Number('6953547102608758621') });
    const [result] = await collect({ path });
    expect(result).toEqual({ row: 1, error: expect.stringMatching(/^订单id: a number cell too long/), errorZh: expect.stringMatching(/^订单id：数字单元格过长/) });
  });

  it('when blank rows follow the orders (empty strings, styled empty cells), then they are neither orders nor refusals', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('订单明细');
    const headers = Object.keys(douyinExportRow);
    sheet.addRow(headers);
    sheet.addRow(headers.map((h) => douyinExportRow[h]));
    for (let i = 0; i < 3; i += 1) {
      const blank = sheet.addRow([]);
      blank.getCell(1).value = '';
      blank.getCell(1).numFmt = '@';
      blank.getCell(5).value = '  ';
    }
    const path = join(scratch, 'trailing.xlsx');
    await book.xlsx.writeFile(path);
    const results = await collect({ path });
    expect(results.map((r) => ('order' in r ? r.row : r))).toEqual([1]);
  });

  it('when a time cell is an Excel date, then it reads as the Beijing wall time it shows', async () => {
    const path = await workbook({ 付款时间: new Date(Date.UTC(2026, 10, 18, 15, 39, 23)) }, { 付款时间: 'yyyy-mm-dd hh:mm:ss' });
    const [result] = await collect({ path });
    expect(result).toMatchObject({ order: { paidAt: new Date('2026-11-18T07:39:23Z') } });
  });
});
