import { z } from 'zod';
import { issueText, text } from './text';

// A contract's split terms (SPEC section 8). Objects are strict: a misspelt key in a
// money rule (say `includePitfees`) must be refused, not silently dropped.

const fen = z.int().min(0);
const rateBp = z.int().min(0).max(10000);

export const tierSchema = z.strictObject({ fromFen: fen, rateBp });

// Tiers are checked here rather than by the caller so that every issue names the
// failing element, e.g. ['hostShare', 'tiers', 1, 'fromFen'].
const tiersSchema = z
  .array(tierSchema)
  .min(1)
  .superRefine((tiers, ctx) => {
    const first = tiers[0];
    if (first && first.fromFen !== 0) {
      ctx.addIssue({ code: 'custom', path: [0, 'fromFen'], ...issueText(text('The first tier starts at 0 fen.', '第一档须从 0 分开始。')) });
    }
    for (let i = 1; i < tiers.length; i += 1) {
      const previous = tiers[i - 1];
      const current = tiers[i];
      if (previous && current && current.fromFen <= previous.fromFen) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fromFen'],
          ...issueText(text(`Tiers ascend strictly: ${current.fromFen} does not exceed ${previous.fromFen}.`,
            `各档起点须严格递增：${current.fromFen} 未高于 ${previous.fromFen}。`)),
        });
      }
    }
  });

export const flatShareSchema = z.strictObject({ mode: z.literal('flat'), rateBp });

export const tieredShareSchema = z.strictObject({
  mode: z.enum(['tiered_marginal', 'tiered_whole']),
  tiers: tiersSchema,
});

export const hostShareTermsSchema = z.discriminatedUnion('mode', [flatShareSchema, tieredShareSchema]);

// The live-days condition is one rule with two numbers: half of it means nothing.
export const guaranteeTermsSchema = z
  .strictObject({
    amountFen: fen,
    mode: z.enum(['max', 'plus']),
    minLiveDays: z.int().min(1).max(31).optional(),
    minMinutesPerDay: z.int().min(1).max(1440).optional(),
  })
  .superRefine((guarantee, ctx) => {
    const hasDays = guarantee.minLiveDays !== undefined;
    const hasMinutes = guarantee.minMinutesPerDay !== undefined;
    if (hasDays && !hasMinutes) {
      ctx.addIssue({ code: 'custom', path: ['minMinutesPerDay'], ...issueText(text('minLiveDays needs minMinutesPerDay.', '设置 minLiveDays 时须同时设置 minMinutesPerDay。')) });
    }
    if (hasMinutes && !hasDays) {
      ctx.addIssue({ code: 'custom', path: ['minLiveDays'], ...issueText(text('minMinutesPerDay needs minLiveDays.', '设置 minMinutesPerDay 时须同时设置 minLiveDays。')) });
    }
  });

export const contractTermsSchema = z.strictObject({
  hostShare: hostShareTermsSchema,
  includePitFees: z.boolean().default(false),
  deductCosts: z.boolean().default(false),
  guarantee: guaranteeTermsSchema.optional(),
  tax: z.enum(['labor', 'none']).default('none'),
});

/** Terms as stored and computed with: defaults filled in. */
export type ContractTerms = z.infer<typeof contractTermsSchema>;
/** Terms as a form or an API request may send them: defaults optional. */
export type ContractTermsInput = z.input<typeof contractTermsSchema>;
export type HostShareTerms = ContractTerms['hostShare'];
export type GuaranteeTerms = NonNullable<ContractTerms['guarantee']>;
export type Tier = z.infer<typeof tierSchema>;
