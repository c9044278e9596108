import { clearSessionCookie, setSessionCookie } from './authenticate';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { credentials, signedInView } from '../../shared/api/auth';
import { login, logout } from './auth.service';

export function authRoutes(deps: AppDeps) {
  return [
    route({
      method: 'post', path: '/auth/login', tag: 'auth', access: 'public',
      summary: 'Sign in with email and password; sets the session cookie',
      body: credentials, response: signedInView,
      handler: async ({ body, req, res }) => {
        const { token, user } = await login(deps, { ...body, ip: req.ip ?? 'unknown' });
        setSessionCookie(res, token, req.secure);
        return { user };
      },
    }),
    route({
      method: 'post', path: '/auth/logout', tag: 'auth', access: 'signed-in', status: 204,
      summary: 'Sign out: ends this session',
      handler: ({ actor, res }) => {
        logout(deps, actor);
        clearSessionCookie(res);
      },
    }),
    route({
      method: 'get', path: '/auth/me', tag: 'auth', access: 'signed-in',
      summary: 'Who is signed in', response: signedInView,
      handler: ({ actor }) => ({ user: { id: actor.id, email: actor.email, name: actor.name, role: actor.role } }),
    }),
  ];
}
