import { clearSessionCookie, setSessionCookie } from './authenticate';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { credentials, passwordChange, preferencesPatch, signedInView } from '../../shared/api/auth';
import { changeOwnPassword, ownAccount, setOwnPreferences } from './account.service';
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
      summary: 'Who is signed in, with their own preferences', response: signedInView,
      handler: ({ actor }) => ownAccount(deps, actor),
    }),
    route({
      method: 'patch', path: '/auth/me', tag: 'auth', access: 'signed-in',
      summary: "Change one's own preferences (the interface language; null to follow the browser)",
      body: preferencesPatch, response: signedInView,
      handler: ({ actor, body }) => setOwnPreferences(deps, actor, body),
    }),
    route({
      method: 'post', path: '/auth/password', tag: 'auth', access: 'signed-in', status: 204,
      summary: "Change one's own password (the current one required); the user's other sessions are signed out",
      body: passwordChange,
      handler: async ({ actor, body, req }) => {
        await changeOwnPassword(deps, actor, { ...body, ip: req.ip ?? 'unknown' });
      },
    }),
  ];
}
