import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { costCreate, costPatch, costQuery, costView } from '../../shared/api/costs';
import { idParam, pageOf } from '../../shared/schemas';
import { receiveUpload, uploadDir } from '../../http/upload';
import { costsTemplate, importCosts, MAX_COSTS_UPLOAD_BYTES } from './costs-sheet';
import { createCost, deleteCost, getCost, searchCosts, updateCost } from './costs.service';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importResult = z.object({
  rows: z.number().int(), imported: z.number().int(), rejected: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string().optional(), message: z.string() })),
});

// The sheet routes come before '/costs/:id', which would take 'import' for an id.
export function costsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/costs/import-template.xlsx', tag: 'costs', access: 'costs.write', produces: xlsx,
      summary: 'The costs import template: one header row (Chinese and English names) and example rows',
      handler: async ({ res }) => {
        res.set({ 'Content-Type': xlsx, 'Content-Disposition': 'attachment; filename="costs-import-template.xlsx"' }).send(await costsTemplate());
      },
    }),
    route({
      method: 'post', path: '/costs/import', tag: 'costs', access: 'costs.write', response: importResult, localized: true,
      summary: 'Import costs from an .xlsx or .csv in the multipart field "file" (host, period, amount in yuan, kind, note); bad rows are reported, good rows recorded',
      uploadFields: z.object({}),
      handler: async ({ req, actor, locale }) => importCosts(deps, actor, await receiveUpload(req, uploadDir(deps.env), MAX_COSTS_UPLOAD_BYTES), locale),
    }),
    route({
      method: 'get', path: '/costs', tag: 'costs', access: 'costs.read', summary: 'List costs by period, host and kind, with their sum',
      query: costQuery, response: pageOf(costView).extend({ sumFen: z.number().int() }),
      handler: ({ query }) => searchCosts(deps, query),
    }),
    route({
      method: 'post', path: '/costs', tag: 'costs', access: 'costs.write', summary: 'Record a host\'s deductible cost for a period', status: 201,
      body: costCreate, response: costView,
      handler: ({ body, actor }) => createCost(deps, actor, body),
    }),
    route({
      method: 'get', path: '/costs/:id', tag: 'costs', access: 'costs.read', summary: 'One cost',
      params: idParam, response: costView,
      handler: ({ params }) => getCost(deps, params.id),
    }),
    route({
      method: 'patch', path: '/costs/:id', tag: 'costs', access: 'costs.write', summary: 'Change a cost while its period is open',
      params: idParam, body: costPatch, response: costView,
      handler: ({ params, body, actor }) => updateCost(deps, actor, params.id, body),
    }),
    route({
      method: 'delete', path: '/costs/:id', tag: 'costs', access: 'costs.write', summary: 'Delete a cost while its period is open', status: 204,
      params: idParam,
      handler: ({ params, actor }) => deleteCost(deps, actor, params.id),
    }),
  ];
}
