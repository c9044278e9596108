import { z } from 'zod';
import { statementStatuses } from '../../domain/settlement';
import { contractTermsSchema } from '../../domain/terms';
import { schemaText } from '../../domain/text';
import { isoDate, pageQuery, period } from '../schemas';

// Settlement runs, statements and periods (SPEC section 8 and the appendix's shapes).

export const runCreate = z.object({ period }).strict();
export const periodParam = z.object({ period });
export const runQuery = pageQuery.extend({ period: period.optional() });

export const statementQuery = pageQuery.extend({
  period: period.optional(),
  status: z.enum(statementStatuses).optional(),
  hostId: z.coerce.number().int().positive().optional(),
  agentId: z.coerce.number().int().positive().optional(),
});

export const adjustmentCreate = z.object({
  amountFen: z.number().int().refine((n) => n !== 0, schemaText('An adjustment of 0 changes nothing', '调整金额不能为 0'))
    .refine((n) => Math.abs(n) <= 10_000_000_000, schemaText('At most 100,000,000 yuan either way', '金额绝对值最多 1 亿元')),
  reason: z.string().trim().min(1, schemaText('Say why: an adjustment needs a reason', '请填写原因：调整须注明原因')).max(500),
}).strict();

export const adjustmentParams = z.object({ id: z.coerce.number().int().positive(), adjustmentId: z.coerce.number().int().positive() });

export const payment = z.object({
  reference: z.string().trim().min(1, schemaText('The payment reference is required', '请填写付款凭证号')).max(200),
  paidOn: isoDate,
}).strict();

const money = {
  commissionFen: z.number().int(), pitFeesFen: z.number().int(), costsFen: z.number().int(), carryInFen: z.number().int(),
  baseFen: z.number().int(), shareFen: z.number().int(), guaranteeFen: z.number().int(), adjustmentsFen: z.number().int(),
  payableFen: z.number().int(), taxFen: z.number().int(), netFen: z.number().int(), carryOutFen: z.number().int(), agencyKeepsFen: z.number().int(),
};

export const statementView = z.object({
  id: z.number(), hostId: z.number(), contractId: z.number(), period: z.string(), status: z.enum(statementStatuses), ...money,
  runId: z.number(), runBy: z.number(), approvedBy: z.number().nullable(), approvedAt: z.string().nullable(),
  paidBy: z.number().nullable(), paidAt: z.string().nullable(), paymentReference: z.string().nullable(), paidOn: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});

export const statementListItem = statementView.extend({ stageName: z.string().nullable(), agentId: z.number().nullable() });

export const adjustmentView = z.object({ id: z.number(), amountFen: z.number(), reason: z.string(), createdBy: z.number(), createdAt: z.string() });

export const statementDetail = statementView.extend({
  host: z.object({ id: z.number(), stageName: z.string(), legalName: z.string(), idNumber: z.string().nullable(), agentId: z.number().nullable() }).nullable(),
  runByName: z.string().nullable(), runAt: z.string(), approvedByName: z.string().nullable(), paidByName: z.string().nullable(),
  /** The contract, version and terms applied, and why (SPEC section 8). */
  applied: z.record(z.string(), z.unknown()),
  /** Every line with its inputs: commission, pitFees, costs, carryIn, base, share, guarantee, adjustments, payable, tax, net, carryOut, agencyKeeps. */
  lines: z.record(z.string(), z.unknown()),
  adjustments: z.array(adjustmentView),
});

const totals = z.object(money);

export const runView = z.object({
  id: z.number(), period: z.string(), runBy: z.number(), runAt: z.string(),
  statements: z.array(z.object({ id: z.number(), hostId: z.number() })),
  skipped: z.array(z.object({ statementId: z.number(), hostId: z.number(), status: z.enum(statementStatuses) })),
  removed: z.array(z.object({ statementId: z.number(), hostId: z.number() })),
  unsettled: z.array(z.object({
    hostId: z.number(), stageName: z.string().nullable(), commissionFen: z.number(), pitFeesFen: z.number(), costsFen: z.number(),
    reason: z.string(), reasonZh: z.string(),
  })),
  unallocatedPitFees: z.array(z.object({ dealId: z.number(), sessionId: z.number().nullable(), amountFen: z.number(), reason: z.string(), reasonZh: z.string() })),
  totals,
});

export const periodView = z.object({
  period: z.string(), status: z.enum(['open', 'closed']), closedAt: z.string().nullable(), closedBy: z.number().nullable(),
  statements: z.object({ draft: z.number(), approved: z.number(), paid: z.number() }),
  totals: totals.pick({ commissionFen: true, pitFeesFen: true, costsFen: true, payableFen: true, taxFen: true, netFen: true, agencyKeepsFen: true }),
});

export const periodClosed = z.object({ period: z.string(), status: z.literal('closed'), closedAt: z.string(), closedBy: z.number().nullable() });

export const statementExportQuery = z.object({ period });

export const whatIfBody = z.object({
  terms: contractTermsSchema,
  periods: z.number().int().min(1).max(24).default(3),
}).strict();

export const whatIfView = z.object({
  hostId: z.number(),
  terms: z.record(z.string(), z.unknown()),
  periods: z.array(statementView.extend({
    statementId: z.number(), whatIfNetFen: z.number().nullable(), whatIf: z.object(money).nullable(),
    whatIfRefused: z.object({ message: z.string(), messageZh: z.string() }).nullable(),
  })),
});

export type StatementView = z.infer<typeof statementView>;
export type StatementDetail = z.infer<typeof statementDetail>;
export type StatementListItem = z.infer<typeof statementListItem>;
export type RunView = z.infer<typeof runView>;
export type PeriodView = z.infer<typeof periodView>;
