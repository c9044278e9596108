import ExcelJS from 'exceljs';
import { safeCellText } from '../../domain/spreadsheet-cell';
import { text, type Locale, type Text } from '../../domain/text';
import type { ReportView } from '../../shared/api/reports';

// A report as an .xlsx workbook: one sheet, the headers in the reader's language, money as numbers in
// yuan shown with two decimals, a totals row, text cells neutralised against formulas.

type Row = ReportView['rows'][number];
type Totals = ReportView['totals'];
type Field = keyof Totals;

const YUAN = '#,##0.00';

const dimensionTitle: Record<ReportView['by'], Text> = {
  host: text('Host', '主播'), platform: text('Platform', '平台'), session: text('Session', '场次'), brand: text('Brand', '品牌'), agent: text('Agent', '经纪人'),
};

const columns: [Field, Text, 'count' | 'money'][] = [
  ['orders', text('Orders', '订单数'), 'count'],
  ['gmvFen', text('GMV (yuan)', 'GMV（元）'), 'money'],
  ['estimatedCommissionFen', text('Estimated commission (yuan)', '预估佣金（元）'), 'money'],
  ['settledCommissionFen', text('Settled commission (yuan)', '结算佣金（元）'), 'money'],
  ['refunds', text('Refunded orders', '退款订单数'), 'count'],
  ['refundsFen', text('Refunds (yuan)', '退款金额（元）'), 'money'],
  ['payableFen', text('Host payouts payable (yuan)', '主播应发（元）'), 'money'],
  ['netFen', text('Host payouts net (yuan)', '主播实发（元）'), 'money'],
];

const value = (v: number | null, kind: 'count' | 'money') => (v === null ? '' : kind === 'money' ? v / 100 : v);

export async function reportWorkbook(report: ReportView, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MCN Desk';
  const sheet = workbook.addWorksheet(text('Report', '报表').in(locale));
  const withPayouts = report.totals.payableFen !== null;
  const shown = columns.filter(([field]) => withPayouts || (field !== 'payableFen' && field !== 'netFen'));
  sheet.columns = [
    { header: dimensionTitle[report.by].in(locale), width: 28 },
    ...shown.map(([, header, kind]) => ({ header: header.in(locale), width: 20, style: kind === 'money' ? { numFmt: YUAN } : {} })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of report.rows) sheet.addRow([safeCellText(r.label || text('(none)', '（无）').in(locale)), ...shown.map(([field, , kind]) => value((r as Row)[field], kind))]);
  sheet.addRow([text('Total', '合计').in(locale), ...shown.map(([field, , kind]) => value(report.totals[field], kind))]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function reportFileName(report: ReportView): string {
  return `report-${report.by}-${report.from}-${report.to}.xlsx`;
}
