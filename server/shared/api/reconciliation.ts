import { z } from 'zod';
import { schemaText } from '../../domain/text';
import { period } from '../schemas';

// Reconciliation (SPEC section 9 and the appendix's shapes).

export const reconciliationQuery = z.object({ period });
export const accountPeriodParams = z.object({ period, accountId: z.coerce.number().int().positive() });
const payoutFen = z.number().int().refine((n) => Math.abs(n) <= 100_000_000_000, schemaText('At most 1,000,000,000 yuan', '最多 10 亿元'));
export const payoutBody = z.object({ amountFen: payoutFen }).strict();
/** One row of the payout sheet, once its account is found and its yuan read as fen. */
export const payoutSheetRow = z.object({ period, amountFen: payoutFen });

/** The payout sheet's import: good rows entered, each bad row reported with its row number and reason. */
export const payoutImportResult = z.object({
  rows: z.number().int(), imported: z.number().int(), rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
});
export type PayoutImportResult = z.infer<typeof payoutImportResult>;
export const reconcileBody = z.object({ note: z.string().trim().max(1000).default('') }).strict();

export const reconciliationItem = z.object({
  accountId: z.number(), platform: z.string(), handle: z.string().nullable(), hostId: z.number(),
  orders: z.number(), invalidOrders: z.number(), gmvFen: z.number(), estimatedCommissionFen: z.number(), settledCommissionFen: z.number(),
  refundsFen: z.number(), ledgerFen: z.number(), payoutFen: z.number().nullable(), differenceFen: z.number().nullable(),
  commissionMismatches: z.number(), settledWithoutHost: z.number(), reconciled: z.boolean(), note: z.string(),
  reconciledBy: z.number().nullable(), reconciledAt: z.string().nullable(),
});

export const reconciliationList = z.object({ period: z.string(), locked: z.boolean(), items: z.array(reconciliationItem) });

export const mismatchList = z.object({
  items: z.array(z.object({
    id: z.number(), rowKey: z.string(), status: z.string(), commissionBaseFen: z.number(), commissionRateBp: z.number(),
    reportedFen: z.number(), expectedFen: z.number(), paidAt: z.string().nullable(),
  })),
});

export type ReconciliationItem = z.infer<typeof reconciliationItem>;

/** Pit fees invoiced against received: the committed deals with a session starting in the period. */
export const pitFeeList = z.object({
  period: z.string(), today: z.string(),
  items: z.array(z.object({
    dealId: z.number(), brandId: z.number(), brandName: z.string(), status: z.string(), pitFeeFen: z.number(), invoicedFen: z.number(),
    receivedFen: z.number(), outstandingFen: z.number(), invoicedOn: z.string().nullable(), dueOn: z.string().nullable(), receivedOn: z.string().nullable(), overdue: z.boolean(),
  })),
  totals: z.object({ pitFeeFen: z.number(), invoicedFen: z.number(), receivedFen: z.number(), outstandingFen: z.number(), overdue: z.number() }),
});
export type PitFeeList = z.infer<typeof pitFeeList>;
