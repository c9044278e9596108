import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf, pageQuery } from '../../shared/schemas';
import { issueToken, revokeToken, searchTokens } from './tokens.service';

const tokenView = z.object({
  id: z.number(), userId: z.number(), userEmail: z.string(), name: z.string(),
  createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(),
});

export function tokensRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/tokens', tag: 'tokens', access: 'tokens.write', summary: 'List personal API tokens',
      query: pageQuery.extend({ userId: z.coerce.number().int().positive().optional() }), response: pageOf(tokenView),
      handler: ({ query }) => searchTokens(deps, query),
    }),
    route({
      method: 'post', path: '/tokens', tag: 'tokens', access: 'tokens.write', status: 201,
      summary: 'Issue a personal API token (the secret is shown once)',
      body: z.object({ userId: z.number().int().positive(), name: z.string().trim().min(1).max(100) }).strict(),
      response: tokenView.extend({ token: z.string() }),
      handler: ({ body, actor }) => issueToken(deps, actor, body),
    }),
    route({
      method: 'post', path: '/tokens/:id/revoke', tag: 'tokens', access: 'tokens.write', summary: 'Revoke a token',
      params: idParam, response: tokenView,
      handler: ({ params, actor }) => revokeToken(deps, actor, params.id),
    }),
  ];
}
