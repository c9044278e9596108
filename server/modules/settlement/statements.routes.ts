import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { adjustmentCreate, adjustmentParams, payment, statementDetail, statementExportQuery, statementListItem, statementQuery } from '../../shared/api/settlement';
import { idParam, pageOf } from '../../shared/schemas';
import {
  addAdjustment, approveStatement, exportPeriod, exportStatement, getStatement, payStatement, removeAdjustment, searchStatements,
} from './statements.service';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (fileName: string, type: string) => ({ 'Content-Type': type, 'Content-Disposition': `attachment; filename="${fileName}"` });

// The exports are registered before '/statements/:id', which would take 'export.xlsx' for an id.
export function statementsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/statements/export.xlsx', tag: 'statements', access: 'statements.read', produces: xlsx,
      summary: 'A period\'s statements as .xlsx: a summary sheet, then one sheet per statement with every line',
      query: statementExportQuery,
      handler: async ({ query, actor, res }) => {
        const { fileName, body } = await exportPeriod(deps, actor, query.period, 'xlsx');
        res.set(file(fileName, xlsx)).send(body);
      },
    }),
    route({
      method: 'get', path: '/statements/export.csv', tag: 'statements', access: 'statements.read', produces: 'text/csv',
      summary: 'A period\'s statements as .csv (the summary; UTF-8 with BOM)',
      query: statementExportQuery,
      handler: async ({ query, actor, res }) => {
        const { fileName, body } = await exportPeriod(deps, actor, query.period, 'csv');
        res.set(file(fileName, 'text/csv; charset=utf-8')).send(body);
      },
    }),
    route({
      method: 'get', path: '/statements', tag: 'statements', access: 'statements.read',
      summary: 'List statements by period, status, host and agent (a manager sees own hosts\' only)',
      query: statementQuery, response: pageOf(statementListItem),
      handler: ({ query, actor }) => searchStatements(deps, actor, query),
    }),
    route({
      method: 'get', path: '/statements/:id', tag: 'statements', access: 'statements.read', summary: 'One statement with every line and its inputs',
      params: idParam, response: statementDetail,
      handler: ({ params, actor }) => getStatement(deps, actor, params.id),
    }),
    route({
      method: 'get', path: '/statements/:id/export.xlsx', tag: 'statements', access: 'statements.read', produces: xlsx,
      summary: 'One statement as .xlsx', params: idParam,
      handler: async ({ params, actor, res }) => {
        const { fileName, body } = await exportStatement(deps, actor, params.id);
        res.set(file(fileName, xlsx)).send(body);
      },
    }),
    route({
      method: 'post', path: '/statements/:id/adjustments', tag: 'statements', access: 'statements.write', status: 201,
      summary: 'Add an adjustment with its reason to a draft statement; answers the statement recomputed',
      params: idParam, body: adjustmentCreate, response: statementDetail,
      handler: ({ params, body, actor }) => addAdjustment(deps, actor, params.id, body),
    }),
    route({
      method: 'delete', path: '/statements/:id/adjustments/:adjustmentId', tag: 'statements', access: 'statements.write',
      summary: 'Remove an adjustment from a draft statement; answers the statement recomputed',
      params: adjustmentParams, response: statementDetail,
      handler: ({ params, actor }) => removeAdjustment(deps, actor, params.id, params.adjustmentId),
    }),
    route({
      method: 'post', path: '/statements/:id/approve', tag: 'statements', access: 'statements.approve',
      summary: 'Approve a draft statement: by another user than the one who ran the settlement (four eyes)',
      params: idParam, response: statementDetail,
      handler: ({ params, actor }) => approveStatement(deps, actor, params.id),
    }),
    route({
      method: 'post', path: '/statements/:id/pay', tag: 'statements', access: 'statements.approve',
      summary: 'Mark an approved statement paid, with the payment reference and date',
      params: idParam, body: payment, response: statementDetail,
      handler: ({ params, body, actor }) => payStatement(deps, actor, params.id, body),
    }),
  ];
}
