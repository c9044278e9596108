/** Every URL the client knows: the app's own pages and the API's endpoints. */

type QueryValue = string | number | boolean | null | undefined;

/** Appends the non-empty values as a query string. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export const paths = {
  home: '/',
  signIn: '/sign-in',
  users: '/users',
  tokens: '/tokens',
  auditLog: '/audit-log',
  settings: '/settings',
  signInThenReturnTo: (next: string) => withQuery('/sign-in', { next: next === '/' ? undefined : next }),
  tokensOfUser: (userId: string | number) => withQuery('/tokens', { userId }),
} as const;

/** Only a path on this site may be a place to return to after signing in (no open redirect). */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return paths.home;
  return next;
}

const api = '/api/v1';
const segment = (id: string | number) => encodeURIComponent(String(id));

export const apiPaths = {
  login: `${api}/auth/login`,
  logout: `${api}/auth/logout`,
  me: `${api}/auth/me`,
  users: `${api}/users`,
  user: (id: string | number) => `${api}/users/${segment(id)}`,
  tokens: `${api}/tokens`,
  tokenRevoke: (id: string | number) => `${api}/tokens/${segment(id)}/revoke`,
  auditLog: `${api}/audit-log`,
  settings: `${api}/settings`,
} as const;
