import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { brandCreate, brandPatch, brandQuery, brandView } from '../../shared/api/brands';
import { createBrand, getBrand, searchBrands, updateBrand } from './brands.service';

export function brandsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/brands', tag: 'brands', access: 'brands.read', summary: 'List brands, by name',
      query: brandQuery, response: pageOf(brandView),
      handler: ({ query }) => searchBrands(deps, query),
    }),
    route({
      method: 'post', path: '/brands', tag: 'brands', access: 'brands.write', summary: 'Add a brand', status: 201,
      body: brandCreate, response: brandView,
      handler: ({ body, actor }) => createBrand(deps, actor, body),
    }),
    route({
      method: 'get', path: '/brands/:id', tag: 'brands', access: 'brands.read', summary: 'One brand',
      params: idParam, response: brandView,
      handler: ({ params }) => getBrand(deps, params.id),
    }),
    route({
      method: 'patch', path: '/brands/:id', tag: 'brands', access: 'brands.write', summary: 'Change a brand',
      params: idParam, body: brandPatch, response: brandView,
      handler: ({ params, body, actor }) => updateBrand(deps, actor, params.id, body),
    }),
  ];
}
