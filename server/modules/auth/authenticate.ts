import type { RequestHandler, Response } from 'express';
import { actorFromSession, actorFromToken, sessionPolicy } from './auth.service';
import type { Actor, AppDeps } from '../../deps';
import { text } from '../../domain/text';
import { AppError } from '../../errors';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(sessionPolicy.cookieName, token, {
    httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: sessionPolicy.idleMs,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(sessionPolicy.cookieName, { httpOnly: true, sameSite: 'lax', path: '/' });
}

/** The origin the request names (Origin, failing that Referer), or null when it names none. */
function claimedOrigin(origin: string | undefined, referer: string | undefined): string | null {
  const source = origin && origin !== 'null' ? origin : referer;
  if (!source) return null;
  try {
    return new URL(source).origin;
  } catch {
    return 'invalid';
  }
}

function ownOrigins(host: string | undefined, extra: string[]): Set<string> {
  const own = new Set(extra);
  if (host) for (const scheme of ['http', 'https']) own.add(`${scheme}://${host}`);
  return own;
}

/**
 * Identifies the caller (bearer token, else session cookie) and guards cookie-authenticated writes
 * against cross-site request forgery: they must name our own origin (SPEC section 10).
 */
export function authenticate(deps: AppDeps): RequestHandler {
  const extraOrigins = deps.env.APP_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean);
  return (req, res, next) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    let actor: Actor | null = null;
    if (bearer) {
      actor = actorFromToken(deps, bearer);
      if (!actor) throw new AppError('unauthenticated', text('The API token is unknown or revoked', 'API 令牌无效或已被吊销'));
    } else if (!safeMethods.has(req.method)) {
      const origin = claimedOrigin(req.get('origin'), req.get('referer'));
      const hasCookie = Boolean(req.cookies?.[sessionPolicy.cookieName]);
      if ((hasCookie && origin === null) || (origin !== null && !ownOrigins(req.get('host'), extraOrigins).has(origin))) {
        throw new AppError('forbidden', text('Cross-site request refused: Origin or Referer must name this app', '已拒绝跨站请求：Origin 或 Referer 必须指向本应用'));
      }
    }
    const cookie = req.cookies?.[sessionPolicy.cookieName] as string | undefined;
    if (!actor && cookie) {
      const found = actorFromSession(deps, cookie);
      if (found) {
        actor = found.actor;
        if (found.renewed) setSessionCookie(res, cookie, req.secure);
      }
    }
    res.locals.actor = actor;
    next();
  };
}
