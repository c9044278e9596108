import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { fenToYuanString } from '../../domain/money';
import type { StatementLines } from '../../domain/settlement';
import { csvField, safeCellText } from '../../domain/spreadsheet-cell';
import { explainStatement } from '../../domain/statement-explain';
import type { AppliedTerms } from '../../domain/statement-terms';
import { statementDetail } from './statement-detail';
import { statementsOfPeriod, type StatementRow } from './statements.repo';

// Statements as spreadsheets (SPEC section 8): a summary sheet, then one sheet per statement with every
// line; money as numbers in yuan (shown with two decimals), text cells neutralised against formulas.

type Detail = ReturnType<typeof statementDetail>;

const YUAN = '#,##0.00';
const statusLabel = { draft: '草稿 draft', approved: '已审批 approved', paid: '已付款 paid' } as const;
const summaryColumns: [string, (d: Detail) => string | number | null][] = [
  ['结算单 Statement', (d) => d.id], ['主播 Host', (d) => d.host?.stageName ?? null], ['真实姓名 Legal name', (d) => d.host?.legalName ?? null],
  ['周期 Period', (d) => d.period], ['状态 Status', (d) => statusLabel[d.status]],
  ['佣金收入 Commission', (d) => d.commissionFen], ['坑位费分成 Pit fees', (d) => d.pitFeesFen], ['成本扣除 Costs', (d) => d.costsFen],
  ['上期结转 Carry-in', (d) => d.carryInFen], ['分成基数 Base', (d) => d.baseFen], ['主播分成 Share', (d) => d.shareFen],
  ['保底 Guarantee', (d) => d.guaranteeFen], ['调整 Adjustments', (d) => d.adjustmentsFen], ['应发 Payable', (d) => d.payableFen],
  ['代扣个税 Tax', (d) => d.taxFen], ['实发 Net', (d) => d.netFen], ['结转下期 Carry-out', (d) => d.carryOutFen], ['机构留存 Agency keeps', (d) => d.agencyKeepsFen],
];
const moneyHeader = (h: string) => h.endsWith('Fen') || /Commission|Pit fees|Costs|Carry|Base|Share|Guarantee|Adjustments|Payable|Tax|Net|keeps/.test(h);

const cell = (v: string | number | null) => (typeof v === 'number' ? v : v === null ? '' : safeCellText(v));
const asYuan = (fen: number) => fen / 100;

function addSummary(workbook: ExcelJS.Workbook, details: Detail[]): void {
  const sheet = workbook.addWorksheet('汇总 Summary');
  sheet.columns = summaryColumns.map(([header]) => ({ header, width: Math.max(12, header.length + 4), style: moneyHeader(header) ? { numFmt: YUAN } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const d of details) sheet.addRow(summaryColumns.map(([header, get], i) => (i >= 5 && moneyHeader(header) ? asYuan(get(d) as number) : cell(get(d)))));
  const totals = summaryColumns.map(([, get], i) => (i === 0 ? '合计 Total' : i >= 5 ? asYuan(details.reduce((t, d) => t + (get(d) as number), 0)) : ''));
  sheet.addRow(totals).font = { bold: true };
}

function addStatementSheet(workbook: ExcelJS.Workbook, d: Detail, agencyName: string): void {
  const sheet = workbook.addWorksheet(`${d.id} ${d.host?.stageName ?? ''}`.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31));
  sheet.columns = [{ width: 26 }, { width: 16, style: { numFmt: YUAN } }, { width: 70 }];
  const applied = d.applied as unknown as AppliedTerms;
  const head: [string, string][] = [
    ['机构 Agency', agencyName], ['结算单 Statement', `#${d.id}`], ['周期 Period', d.period],
    ['主播 Host', `${d.host?.stageName ?? ''} (${d.host?.legalName ?? ''})`], ['身份证号 ID number', d.host?.idNumber ?? ''],
    ['合约 Contract', `${applied.contractNumber} v${applied.version} (${applied.effectiveFrom})`], ['状态 Status', statusLabel[d.status]],
    ['结算 Run', `${d.runByName ?? d.runBy} ${d.createdAt}`], ['审批 Approved', d.approvedAt ? `${d.approvedByName ?? ''} ${d.approvedAt}` : ''],
    ['付款 Paid', d.paidOn ? `${d.paidByName ?? ''} ${d.paidOn} ${d.paymentReference ?? ''}` : ''],
  ];
  for (const [k, v] of head) sheet.addRow([k, safeCellText(v)]);
  sheet.addRow([]);
  sheet.addRow(['项目 Line', '金额（元） Amount (yuan)', '说明 Details']).font = { bold: true };
  for (const line of explainStatement(d.lines as unknown as StatementLines, applied)) {
    sheet.addRow([`${line.sub ? '  ' : ''}${line.label.zh} ${line.label.en}`, asYuan(line.amountFen), safeCellText(`${line.detail.zh} / ${line.detail.en}`)]);
  }
  sheet.addRow([]);
  sheet.addRow(['主播确认签字 Host signature', '', '______________________']);
  sheet.addRow(['日期 Date', '', '______________________']);
}

/** The period's statements (or one) as an .xlsx workbook. */
export async function statementsWorkbook(details: Detail[], agencyName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MCN Desk';
  addSummary(workbook, details);
  for (const d of details) addStatementSheet(workbook, d, agencyName);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The summary as CSV (UTF-8 with a BOM, so Excel reads the Chinese headers); money in yuan with two decimals. */
export function statementsCsv(details: Detail[]): string {
  const rows = [summaryColumns.map(([h]) => csvField(h)).join(',')];
  for (const d of details) {
    rows.push(summaryColumns.map(([header, get], i) => {
      const v = get(d);
      return i >= 5 && moneyHeader(header) && typeof v === 'number' ? fenToYuanString(v) : csvField(v);
    }).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

export function detailsOfPeriod(db: Db, period: string, tz: string, visible: (s: StatementRow) => boolean): Detail[] {
  return statementsOfPeriod(db, period).filter(visible).map((s) => statementDetail(db, s, tz));
}
