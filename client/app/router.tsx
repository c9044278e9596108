import { createBrowserRouter } from 'react-router';
import { currentLanguage, loadLanguage } from '../lib/i18n';
import { paths } from '../lib/paths';
import { page } from './lazy-page';
import { PageLoading } from './routes/page-loading';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';

// The sign-in page is in the entry chunk; every other page (and the signed-in layout, with all the strings of
// the language shown) is loaded by route. A module per area: its routes share one chunk.
const layout = async () => (await Promise.all([import('./layout/AppLayout'), loadLanguage(currentLanguage())]))[0];
const account = () => import('./routes/account');
const auditLog = () => import('./routes/audit-log');
const brands = () => import('./routes/brands');
const compliance = () => import('./routes/compliance');
const contracts = () => import('./routes/contracts');
const home = () => import('./routes/home');
const hosts = () => import('./routes/hosts');
const notFound = () => import('./routes/not-found');
const orders = () => import('./routes/orders');
const reconciliation = () => import('./routes/reconciliation');
const reports = () => import('./routes/reports');
const schedule = () => import('./routes/schedule');
const settings = () => import('./routes/settings');
const settlement = () => import('./routes/settlement');
const tokens = () => import('./routes/tokens');
const users = () => import('./routes/users');

export const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute />, errorElement: <RouteError /> },
  {
    ...page(layout, (m) => m.PrintLayout),
    hydrateFallbackElement: <PageLoading />,
    errorElement: <RouteError />,
    children: [{ path: '/statements/:id/print', ...page(settlement, (m) => m.StatementPrintRoute) }],
  },
  {
    path: paths.home,
    ...page(layout, (m) => m.AppLayout),
    hydrateFallbackElement: <PageLoading />,
    errorElement: <RouteError />,
    children: [
      { index: true, ...page(home, (m) => m.HomeRoute) },
      { path: paths.hosts, ...page(hosts, (m) => m.HostsRoute) },
      { path: paths.hostNew, ...page(hosts, (m) => m.HostNewRoute) },
      { path: '/hosts/:id', ...page(hosts, (m) => m.HostShowRoute) },
      { path: '/hosts/:id/edit', ...page(hosts, (m) => m.HostEditRoute) },
      { path: paths.contracts, ...page(contracts, (m) => m.ContractsRoute) },
      { path: '/contracts/new', ...page(contracts, (m) => m.ContractNewRoute) },
      { path: '/contracts/:id', ...page(contracts, (m) => m.ContractShowRoute) },
      { path: paths.brands, ...page(brands, (m) => m.BrandsRoute) },
      { path: paths.deals, ...page(brands, (m) => m.DealsRoute) },
      { path: paths.dealNew, ...page(brands, (m) => m.DealNewRoute) },
      { path: '/deals/:id/edit', ...page(brands, (m) => m.DealEditRoute) },
      { path: paths.compliance, ...page(compliance, (m) => m.ComplianceRoute) },
      { path: paths.schedule, ...page(schedule, (m) => m.ScheduleRoute) },
      { path: paths.rooms, ...page(schedule, (m) => m.RoomsRoute) },
      { path: paths.orders, ...page(orders, (m) => m.OrdersRoute) },
      { path: '/orders/:id', ...page(orders, (m) => m.OrderShowRoute) },
      { path: paths.imports, ...page(orders, (m) => m.ImportsRoute) },
      { path: paths.ledger, ...page(orders, (m) => m.LedgerRoute) },
      { path: paths.settlement, ...page(settlement, (m) => m.SettlementRoute) },
      { path: '/statements/:id', ...page(settlement, (m) => m.StatementShowRoute) },
      { path: paths.costs, ...page(settlement, (m) => m.CostsRoute) },
      { path: paths.periods, ...page(settlement, (m) => m.PeriodsRoute) },
      { path: paths.reconciliation, ...page(reconciliation, (m) => m.ReconciliationRoute) },
      { path: '/reconciliation/:period/:accountId', ...page(reconciliation, (m) => m.AccountPeriodRoute) },
      { path: paths.reports, ...page(reports, (m) => m.ReportsRoute) },
      { path: paths.users, ...page(users, (m) => m.UsersRoute) },
      { path: paths.tokens, ...page(tokens, (m) => m.TokensRoute) },
      { path: paths.auditLog, ...page(auditLog, (m) => m.AuditLogRoute) },
      { path: paths.settings, ...page(settings, (m) => m.SettingsRoute) },
      { path: paths.account, ...page(account, (m) => m.AccountRoute) },
      { path: '*', ...page(notFound, (m) => m.NotFoundRoute) },
    ],
  },
]);
