import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { hostExportQuery } from '../../shared/api/hosts';
import { hostImportFields, hostImportResult } from '../../shared/api/roster-sheets';
import { receiveUpload, uploadDir } from '../../http/upload';
import { exportHosts, importHosts, importTemplate, MAX_BULK_UPLOAD_BYTES } from './roster-sheets.service';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// Quoted always (res.attachment drops the quotes from a plain name); our names are ASCII.
const attachment = (fileName: string) => ({ 'Content-Type': xlsx, 'Content-Disposition': `attachment; filename="${fileName}"` });

// Registered before hostsRoutes: '/hosts/:id' would otherwise take 'import' or 'export.xlsx' for an id.
export function rosterSheetsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/hosts/import-template.xlsx', tag: 'hosts', access: 'hosts.write', produces: xlsx,
      summary: 'The host import template: one header row (Chinese and English names) and an example row',
      handler: async ({ res }) => {
        res.set(attachment('hosts-import-template.xlsx')).send(await importTemplate());
      },
    }),
    route({
      method: 'post', path: '/hosts/import', tag: 'hosts', access: 'hosts.write', response: hostImportResult, localized: true,
      summary: 'Import hosts (and optionally one account each) from an .xlsx or .csv in the multipart field "file"; a row with an export\'s ID updates that host as PATCH does (masked or empty cells keep what is stored); bad rows are reported, good rows imported',
      uploadFields: hostImportFields,
      handler: async ({ req, actor, locale }) => importHosts(deps, actor, await receiveUpload(req, uploadDir(deps.env), MAX_BULK_UPLOAD_BYTES), locale),
    }),
    route({
      method: 'get', path: '/hosts/export.xlsx', tag: 'hosts', access: 'hosts.read', produces: xlsx,
      summary: 'The filtered host list as .xlsx (same filters as GET /hosts, at most 10,000 rows), sensitive fields masked; headers and labels in `lang` (else Accept-Language), read back by POST /hosts/import',
      query: hostExportQuery,
      handler: async ({ query: { lang, ...query }, locale, res }) => {
        const { fileName, body } = await exportHosts(deps, query, lang ?? locale);
        res.set(attachment(fileName)).send(body);
      },
    }),
  ];
}
