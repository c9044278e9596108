import { createBrowserRouter } from 'react-router';
import { paths } from '../lib/paths';
import { AppLayout, PrintLayout } from './layout/AppLayout';
import { AccountRoute } from './routes/account';
import { AuditLogRoute } from './routes/audit-log';
import { BrandsRoute, DealEditRoute, DealNewRoute, DealsRoute } from './routes/brands';
import { ComplianceRoute } from './routes/compliance';
import { RoomsRoute, ScheduleRoute } from './routes/schedule';
import { ContractNewRoute, ContractShowRoute, ContractsRoute } from './routes/contracts';
import { HostEditRoute, HostNewRoute, HostShowRoute, HostsRoute } from './routes/hosts';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { ImportsRoute, LedgerRoute, OrderShowRoute, OrdersRoute } from './routes/orders';
import { AccountPeriodRoute, ReconciliationRoute } from './routes/reconciliation';
import { RouteError } from './routes/route-error';
import { SettingsRoute } from './routes/settings';
import { CostsRoute, PeriodsRoute, SettlementRoute, StatementPrintRoute, StatementShowRoute } from './routes/settlement';
import { SignInRoute } from './routes/sign-in';
import { TokensRoute } from './routes/tokens';
import { UsersRoute } from './routes/users';

export const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute />, errorElement: <RouteError /> },
  {
    element: <PrintLayout />,
    errorElement: <RouteError />,
    children: [{ path: '/statements/:id/print', element: <StatementPrintRoute /> }],
  },
  {
    path: paths.home,
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.hosts, element: <HostsRoute /> },
      { path: paths.hostNew, element: <HostNewRoute /> },
      { path: '/hosts/:id', element: <HostShowRoute /> },
      { path: '/hosts/:id/edit', element: <HostEditRoute /> },
      { path: paths.contracts, element: <ContractsRoute /> },
      { path: '/contracts/new', element: <ContractNewRoute /> },
      { path: '/contracts/:id', element: <ContractShowRoute /> },
      { path: paths.brands, element: <BrandsRoute /> },
      { path: paths.deals, element: <DealsRoute /> },
      { path: paths.dealNew, element: <DealNewRoute /> },
      { path: '/deals/:id/edit', element: <DealEditRoute /> },
      { path: paths.compliance, element: <ComplianceRoute /> },
      { path: paths.schedule, element: <ScheduleRoute /> },
      { path: paths.rooms, element: <RoomsRoute /> },
      { path: paths.orders, element: <OrdersRoute /> },
      { path: '/orders/:id', element: <OrderShowRoute /> },
      { path: paths.imports, element: <ImportsRoute /> },
      { path: paths.ledger, element: <LedgerRoute /> },
      { path: paths.settlement, element: <SettlementRoute /> },
      { path: '/statements/:id', element: <StatementShowRoute /> },
      { path: paths.costs, element: <CostsRoute /> },
      { path: paths.periods, element: <PeriodsRoute /> },
      { path: paths.reconciliation, element: <ReconciliationRoute /> },
      { path: '/reconciliation/:period/:accountId', element: <AccountPeriodRoute /> },
      { path: paths.users, element: <UsersRoute /> },
      { path: paths.tokens, element: <TokensRoute /> },
      { path: paths.auditLog, element: <AuditLogRoute /> },
      { path: paths.settings, element: <SettingsRoute /> },
      { path: paths.account, element: <AccountRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
