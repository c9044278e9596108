import path from 'node:path';
import { z } from 'zod';
import cookieParser from 'cookie-parser';
import express from 'express';
import { authenticate } from './modules/auth/authenticate';
import type { AppDeps } from './deps';
import { apiNotFound, errorHandler } from './http/error-handler';
import { serveClient } from './http/client-assets';
import { weakEtag } from './http/etag';
import { securityHeaders, trustProxySetting } from './http/security-headers';
import { openApiDocument } from './http/openapi';
import { mount, route, type AnyRoute } from './http/route';
import { auditRoutes } from './modules/audit/audit.routes';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { calendarsRoutes } from './modules/calendars/calendars.routes';
import { brandsRoutes } from './modules/brands/brands.routes';
import { complianceRoutes } from './modules/compliance/compliance.routes';
import { contractsRoutes } from './modules/contracts/contracts.routes';
import { dealsRoutes } from './modules/deals/deals.routes';
import { costsRoutes } from './modules/costs/costs.routes';
import { reconciliationRoutes } from './modules/reconciliation/reconciliation.routes';
import { dashboardRoutes } from './modules/reports/dashboard.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { settlementRoutes } from './modules/settlement/settlement.routes';
import { statementsRoutes } from './modules/settlement/statements.routes';
import { rosterSheetsRoutes } from './modules/roster-sheets/roster-sheets.routes';
import { hostsRoutes } from './modules/hosts/hosts.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { ordersRoutes } from './modules/ledger/orders.routes';
import { roomsRoutes } from './modules/rooms/rooms.routes';
import { sessionsRoutes } from './modules/sessions/sessions.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { tokensRoutes } from './modules/tokens/tokens.routes';
import { staffRoutes } from './modules/users/staff.routes';
import { usersRoutes } from './modules/users/users.routes';

export const jsonBodyLimit = '1mb';

function apiRoutes(deps: AppDeps): AnyRoute[] {
  const routes = [
    ...authRoutes(deps),
    ...usersRoutes(deps),
    ...staffRoutes(deps),
    ...tokensRoutes(deps),
    ...settingsRoutes(deps),
    ...auditRoutes(deps),
    ...rosterSheetsRoutes(deps), ...hostsRoutes(deps), ...accountsRoutes(deps), ...contractsRoutes(deps), ...brandsRoutes(deps), ...dealsRoutes(deps), ...complianceRoutes(deps),
    ...roomsRoutes(deps), ...sessionsRoutes(deps), ...calendarsRoutes(deps),
    ...importsRoutes(deps), ...ordersRoutes(deps),
    ...costsRoutes(deps), ...settlementRoutes(deps), ...statementsRoutes(deps), ...reconciliationRoutes(deps),
    ...dashboardRoutes(deps), ...reportsRoutes(deps),
  ];
  const all: AnyRoute[] = [...routes];
  all.push(route({
    method: 'get', path: '/openapi.json', tag: 'meta', access: 'public', summary: 'This document',
    response: z.object({ openapi: z.string(), info: z.record(z.string(), z.unknown()), paths: z.record(z.string(), z.unknown()) }).passthrough(),
    handler: () => openApiDocument(all),
  }));
  return all;
}

/** The whole app without listening: the process entry and the tests share it. */
export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', weakEtag);
  app.set('trust proxy', trustProxySetting(deps.env.TRUST_PROXY));
  app.set('query parser', 'simple');
  app.use(securityHeaders(deps.env));

  const api = express.Router();
  api.use(express.json({ limit: jsonBodyLimit }));
  api.use(cookieParser());
  api.use(authenticate(deps));
  mount(api, apiRoutes(deps));
  api.use(apiNotFound);
  app.use('/api/v1', api);
  app.use('/api', apiNotFound);
  serveClient(app, path.resolve(deps.env.CLIENT_DIST));
  app.use(errorHandler(deps.logger));
  return app;
}
