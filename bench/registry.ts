import { expressBaseline } from './baselines/express';
import { sqliteBaseline } from './baselines/sqlite';
import { dashboardReports } from './benchmarks/dashboard-reports';
import { httpAuth } from './benchmarks/http-auth';
import { httpBookSession } from './benchmarks/http-book-session';
import { httpListUsers } from './benchmarks/http-list-users';
import { importDouyinExport } from './benchmarks/import-douyin-export';
import { ordersByHost } from './benchmarks/orders-by-host';
import { settlementRun } from './benchmarks/settlement-run';
import { soak } from './benchmarks/soak';
import type { Baseline, BaselineName, Benchmark } from './lib/types';

export const baselines: Record<BaselineName, Baseline> = {
  express: expressBaseline,
  sqlite: sqliteBaseline,
};

/** Every benchmark, in the order they run. To add one: a file in bench/benchmarks/ and a line here. */
export const benchmarks: Benchmark[] = [
  httpAuth,
  httpListUsers,
  httpBookSession,
  importDouyinExport,
  settlementRun,
  dashboardReports,
  soak,
  ordersByHost,
];
