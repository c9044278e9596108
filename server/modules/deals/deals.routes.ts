import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { dealCreate, dealPatch, dealQuery, dealView } from '../../shared/api/deals';
import { createDeal, getDeal, searchDeals, updateDeal } from './deals.service';

export function dealsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/deals', tag: 'deals', access: 'brands.read', summary: 'List deals, newest first',
      query: dealQuery, response: pageOf(dealView),
      handler: ({ query }) => searchDeals(deps, query),
    }),
    route({
      method: 'post', path: '/deals', tag: 'deals', access: 'brands.write', summary: 'Add a deal (pit fee in fen, commission in bp)', status: 201,
      body: dealCreate, response: dealView,
      handler: ({ body, actor }) => createDeal(deps, actor, body),
    }),
    route({
      method: 'get', path: '/deals/:id', tag: 'deals', access: 'brands.read', summary: 'One deal',
      params: idParam, response: dealView,
      handler: ({ params }) => getDeal(deps, params.id),
    }),
    route({
      method: 'patch', path: '/deals/:id', tag: 'deals', access: 'brands.write',
      summary: 'Change a deal; status moves proposed -> confirmed -> invoiced -> paid, or to cancelled before paid',
      params: idParam, body: dealPatch, response: dealView,
      handler: ({ params, body, actor }) => updateDeal(deps, actor, params.id, body),
    }),
  ];
}
