import type { AppDeps } from '../../http/context';
import { route } from '../../http/route';
import { idParam, pageQuery } from '../../shared/schemas';
import { getImport, searchImports, startImport } from './imports.service';

export function importsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'post', path: '/imports', tag: 'imports', access: 'orders.write', status: 202,
      summary: 'Upload a platform order file (multipart: file, optional format); it is imported in the background',
      handler: ({ actor, req }) => startImport(deps, actor, req),
    }),
    route({
      method: 'get', path: '/imports', tag: 'imports', access: 'orders.read', summary: 'Imports, newest first',
      query: pageQuery, handler: ({ query }) => searchImports(deps, query),
    }),
    route({
      method: 'get', path: '/imports/:id', tag: 'imports', access: 'orders.read',
      summary: 'An import: status, progress, counts and the first rejected rows',
      params: idParam, handler: ({ params }) => getImport(deps, params.id),
    }),
  ];
}
