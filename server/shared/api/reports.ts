import { z } from 'zod';
import { platforms } from '../../domain/roster';
import { daysBetweenInclusive, isValidDate } from '../../domain/dates';
import { schemaText } from '../../domain/text';
import { isoDate, period } from '../schemas';

// The dashboard and the reports (issue 16). Money in fen, rates in bp; GMV and estimated commission count
// the orders paid in the range (not invalid), settled commission those settled in it, refunds those refunded
// in it (SPEC section 9). A section the caller's role may not read is absent from the answer.

export const money = z.object({
  orders: z.number().describe('orders paid in the range, not invalid'),
  gmvFen: z.number(), estimatedCommissionFen: z.number(), settledCommissionFen: z.number(),
  refunds: z.number().describe('orders refunded in the range'), refundsFen: z.number(),
});

export const dashboardView = z.object({
  today: z.string(), period: z.string(), previousPeriod: z.string(), weekStart: z.string(),
  money: z.object({
    current: money, previous: money,
    change: z.object({ gmvBp: z.number().nullable(), estimatedCommissionBp: z.number().nullable(), settledCommissionBp: z.number().nullable() })
      .describe('this month against last month, in bp of last month; null when last month had none'),
  }).optional().describe('orders.read'),
  sessions: z.object({ today: z.number(), thisWeek: z.number(), liveNow: z.number(), hostsLiveNow: z.number() }).optional().describe('sessions.read'),
  contractsExpiring: z.number().optional().describe('active contracts ending within 30 days; contracts.read'),
  qualificationsExpiring: z.number().optional().describe('qualifications expired or expiring within 30 days; hosts.read'),
  unmatchedOrders: z.number().optional().describe('orders.read'),
  statementsAwaitingApproval: z.array(z.object({ period: z.string(), count: z.number() })).optional()
    .describe('draft statements per period (a manager: own hosts\' only); statements.read'),
  failedImports: z.number().optional().describe('orders.read'),
  reconciliation: z.object({ period: z.string(), commissionMismatches: z.number() }).optional()
    .describe('last month: orders on a known account whose reported commission is off base x rate by more than one fen; reconciliation.read'),
});

export const chartsQuery = z.object({ period: period.optional() });

const chartMoney = { gmvFen: z.number(), estimatedCommissionFen: z.number(), settledCommissionFen: z.number() };

export const chartsView = z.object({
  period: z.string(),
  byDay: z.array(z.object({ date: z.string(), ...chartMoney })),
  byPlatform: z.array(z.object({ platform: z.enum(platforms), ...chartMoney })),
  byHost: z.array(z.object({ hostId: z.number(), stageName: z.string(), ...chartMoney })).describe('the ten hosts with the most GMV'),
});

export const reportDimensions = ['host', 'platform', 'session', 'brand', 'agent'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

/** A date range in the agency's zone, both ends included, at most 366 days. */
const rangeMessage = schemaText('Expected to on or after from, at most 366 days apart', '结束日期须不早于开始日期，且相隔不超过 366 天');
// zod runs the refinement even when a date failed its own check: such a range is left to that check's message.
const inRange = (q: { from: string; to: string }) => !isValidDate(q.from) || !isValidDate(q.to) || (q.from <= q.to && daysBetweenInclusive(q.from, q.to) <= 366);
export const dateRange = z.object({ from: isoDate, to: isoDate }).refine(inRange, { path: ['to'], message: rangeMessage });

export const reportQuery = z.object({ by: z.enum(reportDimensions), from: isoDate, to: isoDate }).refine(inRange, { path: ['to'], message: rangeMessage });

export const reportRow = money.extend({
  key: z.string().describe('host id, platform, session id, brand id or agent id ("none" for no agent or no brand)'),
  label: z.string(),
  payableFen: z.number().nullable().describe('host payouts: the statements of the periods the range touches (host and agent only)'),
  netFen: z.number().nullable(),
  link: z.record(z.string(), z.string()).describe('the filters of the orders list behind the row'),
});

export const reportView = z.object({
  by: z.enum(reportDimensions), from: z.string(), to: z.string(),
  fromPeriod: z.string(), toPeriod: z.string(),
  rows: z.array(reportRow),
  totals: money.extend({ payableFen: z.number().nullable(), netFen: z.number().nullable() }),
});

export const performanceView = z.object({
  hostId: z.number(), stageName: z.string(), from: z.string(), to: z.string(),
  sessions: z.number().describe('completed sessions starting in the range'),
  minutesLive: z.number(),
  money: money.describe('the host\'s part of the orders (by the session shares)'),
  gmvPerHourFen: z.number().nullable(),
  refundRateBp: z.number().nullable(),
  months: z.array(money.extend({ period: z.string(), minutesLive: z.number(), netFen: z.number().nullable(), payableFen: z.number().nullable() })),
  statements: z.array(z.object({ period: z.string(), status: z.string(), payableFen: z.number(), netFen: z.number() })).optional().describe('statements.read'),
});

export type DashboardView = z.infer<typeof dashboardView>;
export type ChartsView = z.infer<typeof chartsView>;
export type ReportView = z.infer<typeof reportView>;
export type ReportQuery = z.infer<typeof reportQuery>;
export type DateRange = z.infer<typeof dateRange>;
export type PerformanceView = z.infer<typeof performanceView>;
