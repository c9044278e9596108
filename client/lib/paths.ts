/** Every URL the client knows: the app's own pages and the API's endpoints. */

type QueryValue = string | number | boolean | null | undefined;

/** Appends the non-empty values as a query string. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const segment = (id: string | number) => encodeURIComponent(String(id));

export const paths = {
  home: '/',
  signIn: '/sign-in',
  users: '/users',
  tokens: '/tokens',
  auditLog: '/audit-log',
  settings: '/settings',
  account: '/account',
  hosts: '/hosts',
  hostNew: '/hosts/new',
  host: (id: string | number, tab?: string) => withQuery(`/hosts/${segment(id)}`, { tab }),
  hostEdit: (id: string | number) => `/hosts/${segment(id)}/edit`,
  contracts: '/contracts',
  contractNew: (hostId?: string | number) => withQuery('/contracts/new', { hostId }),
  contract: (id: string | number) => `/contracts/${segment(id)}`,
  brands: '/brands',
  deals: '/deals',
  dealNew: '/deals/new',
  dealEdit: (id: string | number) => `/deals/${segment(id)}/edit`,
  compliance: '/compliance',
  schedule: '/schedule',
  rooms: '/rooms',
  orders: '/orders',
  unmatchedOrders: '/orders?unmatched=true',
  order: (id: string | number) => `/orders/${segment(id)}`,
  imports: '/imports',
  import: (id: string | number) => withQuery('/imports', { id }),
  ledger: '/ledger',
  ledgerOf: (period: string, hostId: string | number) => withQuery('/ledger', { period, hostId }),
  settlement: '/settlement',
  settlementOf: (period: string) => withQuery('/settlement', { period }),
  statement: (id: string | number) => `/statements/${segment(id)}`,
  statementPrint: (id: string | number) => `/statements/${segment(id)}/print`,
  costs: '/costs',
  periods: '/periods',
  reconciliation: '/reconciliation',
  reconciliationOf: (period: string) => withQuery('/reconciliation', { period }),
  reconciliationAccount: (period: string, accountId: string | number) => `/reconciliation/${segment(period)}/${segment(accountId)}`,
  ordersOf: (filters: { period?: string; from?: string; to?: string; status?: string; platform?: string; hostId?: string | number; sessionId?: string | number; unmatched?: boolean }) => withQuery('/orders', filters),
  ledgerOfPeriod: (period: string) => withQuery('/ledger', { period }),
  scheduleOn: (date: string, view?: 'list') => withQuery('/schedule', { date, view }),
  contractsEnding: '/contracts?ending=30',
  importsWithStatus: (status: string) => withQuery('/imports', { status }),
  statementsOf: (period: string, status?: string) => withQuery('/settlement', { period, status }),
  reports: '/reports',
  signInThenReturnTo: (next: string) => withQuery('/sign-in', { next: next === '/' ? undefined : next }),
  tokensOfUser: (userId: string | number) => withQuery('/tokens', { userId }),
} as const;

/** Only a path on this site may be a place to return to after signing in (no open redirect). */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  return next;
}

const api = '/api/v1';

export const apiPaths = {
  login: `${api}/auth/login`,
  logout: `${api}/auth/logout`,
  me: `${api}/auth/me`,
  password: `${api}/auth/password`,
  users: `${api}/users`,
  user: (id: string | number) => `${api}/users/${segment(id)}`,
  staff: `${api}/staff`,
  tokens: `${api}/tokens`,
  tokenRevoke: (id: string | number) => `${api}/tokens/${segment(id)}/revoke`,
  auditLog: `${api}/audit-log`,
  settings: `${api}/settings`,
  hosts: `${api}/hosts`,
  host: (id: string | number) => `${api}/hosts/${segment(id)}`,
  hostArchive: (id: string | number) => `${api}/hosts/${segment(id)}/archive`,
  hostReveal: (id: string | number) => `${api}/hosts/${segment(id)}/reveal`,
  hostAccounts: (id: string | number) => `${api}/hosts/${segment(id)}/accounts`,
  account: (id: string | number) => `${api}/accounts/${segment(id)}`,
  accountArchive: (id: string | number) => `${api}/accounts/${segment(id)}/archive`,
  hostQualifications: (id: string | number) => `${api}/hosts/${segment(id)}/qualifications`,
  hostsImport: `${api}/hosts/import`,
  hostsImportTemplate: `${api}/hosts/import-template.xlsx`,
  hostsExport: `${api}/hosts/export.xlsx`,
  contracts: `${api}/contracts`,
  contract: (id: string | number) => `${api}/contracts/${segment(id)}`,
  contractAmendments: (id: string | number) => `${api}/contracts/${segment(id)}/amendments`,
  brands: `${api}/brands`,
  brand: (id: string | number) => `${api}/brands/${segment(id)}`,
  deals: `${api}/deals`,
  deal: (id: string | number) => `${api}/deals/${segment(id)}`,
  compliance: `${api}/compliance`,
  rooms: `${api}/rooms`,
  room: (id: string | number) => `${api}/rooms/${segment(id)}`,
  sessions: `${api}/sessions`,
  session: (id: string | number) => `${api}/sessions/${segment(id)}`,
  sessionResults: (id: string | number) => `${api}/sessions/${segment(id)}/results`,
  sessionSeries: `${api}/sessions/series`,
  imports: `${api}/imports`,
  importOne: (id: string | number) => `${api}/imports/${segment(id)}`,
  orders: `${api}/orders`,
  order: (id: string | number) => `${api}/orders/${segment(id)}`,
  unmatchedGroups: `${api}/orders/unmatched-groups`,
  unmatchedGroupAssign: `${api}/orders/unmatched-groups/assign`,
  ledger: `${api}/ledger`,
  ledgerSubtotals: `${api}/ledger/subtotals`,
  ledgerExport: (format: 'xlsx' | 'csv') => `${api}/ledger/export.${format}`,
  ordersExport: (format: 'xlsx' | 'csv') => `${api}/orders/export.${format}`,
  orderSubtotals: `${api}/orders/subtotals`,
  settlementRuns: `${api}/settlements/runs`,
  statements: `${api}/statements`,
  statement: (id: string | number) => `${api}/statements/${segment(id)}`,
  statementAdjustments: (id: string | number) => `${api}/statements/${segment(id)}/adjustments`,
  statementAdjustment: (id: string | number, adjustmentId: string | number) => `${api}/statements/${segment(id)}/adjustments/${segment(adjustmentId)}`,
  statementApprove: (id: string | number) => `${api}/statements/${segment(id)}/approve`,
  statementPay: (id: string | number) => `${api}/statements/${segment(id)}/pay`,
  statementExport: (id: string | number) => `${api}/statements/${segment(id)}/export.xlsx`,
  statementsExport: (period: string, format: 'xlsx' | 'csv') => withQuery(`${api}/statements/export.${format}`, { period }),
  periods: `${api}/periods`,
  periodClose: (period: string) => `${api}/periods/${segment(period)}/close`,
  reconciliation: `${api}/reconciliation`,
  reconciliationPitFees: `${api}/reconciliation/pit-fees`,
  reconciliationMismatches: (period: string, accountId: string | number) => `${api}/reconciliation/${segment(period)}/${segment(accountId)}/mismatches`,
  reconciliationPayout: (period: string, accountId: string | number) => `${api}/reconciliation/${segment(period)}/${segment(accountId)}/payout`,
  reconciliationMark: (period: string, accountId: string | number) => `${api}/reconciliation/${segment(period)}/${segment(accountId)}/reconcile`,
  dashboard: `${api}/dashboard`,
  dashboardCharts: (period: string) => withQuery(`${api}/dashboard/charts`, { period }),
  reports: `${api}/reports`,
  reportsExport: (query: { by: string; from: string; to: string }) => withQuery(`${api}/reports/export.xlsx`, query),
  hostPerformance: (id: string | number) => `${api}/reports/hosts/${segment(id)}/performance`,
  reconciliationPayoutsImport: `${api}/reconciliation/payouts/import`,
  reconciliationPayoutsTemplate: `${api}/reconciliation/payouts/import-template.xlsx`,
  hostWhatIf: (id: string | number) => `${api}/hosts/${segment(id)}/what-if`,
  costs: `${api}/costs`,
  cost: (id: string | number) => `${api}/costs/${segment(id)}`,
  calendarFeed: (kind: 'hosts' | 'rooms', id: string | number) => `${api}/calendars/${kind}/${segment(id)}`,
  calendarFeedRotate: (kind: 'hosts' | 'rooms', id: string | number) => `${api}/calendars/${kind}/${segment(id)}/rotate`,
} as const;
