import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf, pageQuery } from '../../shared/schemas';
import { complianceQuery, complianceView, qualificationCreate, qualificationView } from '../../shared/api/compliance';
import { addQualification, complianceReport, hostQualifications } from './compliance.service';

export function complianceRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/hosts/:id/qualifications', tag: 'compliance', access: 'hosts.read', summary: "A host's qualifications",
      params: idParam, query: pageQuery, response: pageOf(qualificationView),
      handler: ({ params, query }) => hostQualifications(deps, params.id, query),
    }),
    route({
      method: 'post', path: '/hosts/:id/qualifications', tag: 'compliance', access: 'hosts.write', status: 201,
      summary: 'Record a qualification (category, certificate number, expiry)',
      params: idParam, body: qualificationCreate, response: qualificationView,
      handler: ({ params, body, actor }) => addQualification(deps, actor, params.id, body),
    }),
    route({
      method: 'get', path: '/compliance', tag: 'compliance', access: 'hosts.read',
      summary: 'Per host: what is missing (birth date, real-name verification, guardian consent) or expires within withinDays (default 30)',
      query: complianceQuery, response: pageOf(complianceView),
      handler: ({ query, actor }) => complianceReport(deps, actor, query),
    }),
  ];
}
