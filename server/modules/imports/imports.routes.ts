import { receiveUpload, uploadDir } from '../../http/upload';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { importPage, importQuery, importStarted, importUploadFields, importView } from '../../shared/api/imports';
import { idParam } from '../../shared/schemas';
import { getImport, searchImports, startImport } from './imports.service';

export function importsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'post', path: '/imports', tag: 'imports', access: 'orders.write', status: 202,
      summary: 'Upload a platform order file (multipart: file, optional format); it is imported in the background',
      uploadFields: importUploadFields, response: importStarted,
      handler: async ({ actor, req }) => startImport(deps, actor, await receiveUpload(req, uploadDir(deps.env), deps.env.MAX_UPLOAD_MB * 1024 * 1024)),
    }),
    route({
      method: 'get', path: '/imports', tag: 'imports', access: 'orders.read', summary: 'Imports, newest first; ?status=failed lists those that failed', localized: true,
      query: importQuery, response: importPage, handler: ({ query, locale }) => searchImports(deps, query, locale),
    }),
    route({
      method: 'get', path: '/imports/:id', tag: 'imports', access: 'orders.read',
      summary: 'An import: status, progress, counts and the first rejected rows', localized: true,
      params: idParam, response: importView, handler: ({ params, locale }) => getImport(deps, params.id, locale),
    }),
  ];
}
