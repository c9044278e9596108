import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { issuedTokenView, tokenCreate, tokenPage, tokenQuery, tokenView } from '../../shared/api/tokens';
import { idParam } from '../../shared/schemas';
import { issueToken, revokeToken, searchTokens } from './tokens.service';

export function tokensRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/tokens', tag: 'tokens', access: 'tokens.write', summary: 'List personal API tokens',
      query: tokenQuery, response: tokenPage,
      handler: ({ query }) => searchTokens(deps, query),
    }),
    route({
      method: 'post', path: '/tokens', tag: 'tokens', access: 'tokens.write', status: 201,
      summary: 'Issue a personal API token (the secret is shown once)',
      body: tokenCreate, response: issuedTokenView,
      handler: ({ body, actor }) => issueToken(deps, actor, body),
    }),
    route({
      method: 'post', path: '/tokens/:id/revoke', tag: 'tokens', access: 'tokens.write', summary: 'Revoke a token',
      params: idParam, response: tokenView,
      handler: ({ params, actor }) => revokeToken(deps, actor, params.id),
    }),
  ];
}
