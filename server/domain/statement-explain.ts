import { bpToPercentString, fenToYuanString } from './money';
import { costKindLabels, costKinds, statementLineLabels, type StatementLines } from './settlement';
import type { AppliedTerms } from './statement-terms';
import { text, type Text } from './text';

// A statement's lines as a person reads them (SPEC section 8, "why is this number?"): each line's
// label, amount and the inputs behind it in words. The spreadsheet export and the printed statement
// both use this, so both explain a number the same way.

export interface ExplainedLine {
  key: string;
  label: Text;
  amountFen: number;
  detail: Text;
  /** A sub-line (a cost kind, an adjustment): shown indented under its line. */
  sub?: boolean;
}

const yuan = (fen: number) => fenToYuanString(fen);
const pct = (bp: number) => bpToPercentString(bp);

function shareDetail(lines: StatementLines): Text {
  const { hostShare } = lines.share;
  if (hostShare.baseFen <= 0) return text('Base not above 0: no share', '分成基数不大于 0：不分成');
  const tiers = hostShare.tiers.filter((t) => t.applied);
  const parts = tiers.map((t) => `${yuan(t.amountInTierFen)} × ${pct(t.rateBp)}`);
  const mode = { flat: text('flat', '固定比例'), tiered_marginal: text('tiered, marginal', '超额累进'), tiered_whole: text('tiered, whole base', '全额累进') }[hostShare.mode];
  return text(`${mode.en}: ${parts.join(' + ')}, rounded once`, `${mode.zh}：${parts.join(' + ')}，合计后一次取整`);
}

function guaranteeDetail(lines: StatementLines): Text {
  const g = lines.guarantee;
  if (!g) return text('No guarantee in the terms', '合约无保底');
  const base = text(`${yuan(g.contractAmountFen)} × ${g.activeDays}/${g.daysInPeriod} contract days = ${yuan(g.proratedFen)} (${g.mode})`,
    `${yuan(g.contractAmountFen)} × ${g.activeDays}/${g.daysInPeriod} 合约天数 = ${yuan(g.proratedFen)}（${g.mode === 'max' ? '取高' : '底薪+提成'}）`);
  if (!g.liveDays) return base;
  const l = g.liveDays;
  const verdict = l.met ? text('met', '达标') : text('not met: no guarantee', '未达标：不发保底');
  return text(`${base.en}; live days: ${l.reachedDays} of ${l.requiredDays} required at ${l.minMinutesPerDay} min, ${verdict.en}`,
    `${base.zh}；开播天数：${l.reachedDays} 天 / 需 ${l.requiredDays} 天（每天至少 ${l.minMinutesPerDay} 分钟），${verdict.zh}`);
}

function taxDetail(lines: StatementLines): Text {
  const w = lines.tax.withholding;
  if (lines.tax.basis === 'none') return text('The host invoices: no withholding', '主播自行开票：不代扣');
  if (!w) return text('Nothing payable: no tax', '无应发：不扣税');
  const deduction = w.deduction === 'fixed800' ? text('income − 800', '收入 − 800') : text('income × 80%', '收入 × 80%');
  const quick = w.bracket.quickDeductionFen ? ` − ${yuan(w.bracket.quickDeductionFen)}` : '';
  return text(`labor remuneration: taxable ${yuan(w.taxableFen)} (${deduction.en}) × ${pct(w.bracket.rateBp)}${quick}`,
    `劳务报酬：应纳税所得额 ${yuan(w.taxableFen)}（${deduction.zh}）× ${pct(w.bracket.rateBp)}${quick}`);
}

function payableDetail(lines: StatementLines): Text {
  const before = lines.adjustments.payableBeforeFen;
  const rule = { share: text('the share', '分成'), max: text('the higher of share and guarantee', '分成与保底取高'), plus: text('share plus guarantee', '分成加保底') }[lines.payable.rule];
  return text(`${rule.en} = ${yuan(before)}, then adjustments`, `${rule.zh} = ${yuan(before)}，再加调整`);
}

function costLines(lines: StatementLines): ExplainedLine[] {
  return costKinds.filter((k) => lines.costs.byKind[k].items.length > 0).map((k) => ({
    key: `costs.${k}`, label: costKindLabels[k], amountFen: lines.costs.byKind[k].totalFen, sub: true,
    detail: text(lines.costs.byKind[k].items.map((c) => c.note || `#${c.id}`).join('; '), lines.costs.byKind[k].items.map((c) => c.note || `#${c.id}`).join('；')),
  }));
}

export function explainStatement(lines: StatementLines, applied: AppliedTerms): ExplainedLine[] {
  const L = statementLineLabels;
  const row = (key: keyof StatementLines, amountFen: number, detail: Text): ExplainedLine => ({ key, label: L[key], amountFen, detail });
  return [
    row('commission', lines.commission.amountFen, text(`${lines.commission.entryCount} ledger entries booked in the period`, `本期记账的 ${lines.commission.entryCount} 条佣金流水`)),
    row('pitFees', lines.pitFees.amountFen, lines.pitFees.included
      ? text(`${lines.pitFees.parts.length} part(s) of deals' pit fees`, `${lines.pitFees.parts.length} 笔坑位费分成`)
      : text(`Not in the base under these terms (${yuan(lines.pitFees.allocatedFen)} allocated)`, `按合约不计入基数（已分配 ${yuan(lines.pitFees.allocatedFen)}）`)),
    row('costs', lines.costs.amountFen, lines.costs.deducted ? text('Deducted from the base', '从基数中扣除')
      : text(`Not deducted under these terms (${yuan(lines.costs.recordedFen)} recorded)`, `按合约不扣除（已登记 ${yuan(lines.costs.recordedFen)}）`)),
    ...costLines(lines),
    row('carryIn', lines.carryIn.amountFen, lines.carryIn.statementId ? text(`Carry-out of statement #${lines.carryIn.statementId}`, `来自结算单 #${lines.carryIn.statementId} 的结转`) : text('None', '无')),
    row('base', lines.base.amountFen, text('commission + pit fees − costs + carry-in', '佣金 + 坑位费 − 成本 + 上期结转')),
    row('share', lines.share.amountFen, shareDetail(lines)),
    row('guarantee', lines.guarantee?.amountFen ?? 0, guaranteeDetail(lines)),
    row('adjustments', lines.adjustments.amountFen, text(`${lines.adjustments.items.length} adjustment(s)`, `${lines.adjustments.items.length} 项调整`)),
    ...lines.adjustments.items.map((a, i): ExplainedLine => ({ key: `adjustments.${i}`, label: text('Adjustment', '调整项'), amountFen: a.amountFen, detail: text(a.reason, a.reason), sub: true })),
    row('payable', lines.payable.amountFen, payableDetail(lines)),
    row('tax', lines.tax.amountFen, taxDetail(lines)),
    row('net', lines.net.amountFen, text('payable − tax', '应发 − 代扣个税')),
    row('carryOut', lines.carryOut.amountFen, text('A negative base carried to the next period', '负基数结转下期')),
    row('agencyKeeps', lines.agencyKeeps.amountFen, text(`base − payable; contract ${applied.contractNumber} v${applied.version}`, `基数 − 应发；合约 ${applied.contractNumber} 第 ${applied.version} 版`)),
  ];
}
