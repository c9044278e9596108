import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import type { Env } from '../env';

/** Express's "trust proxy" from TRUST_PROXY: true, false, a hop count, or names/addresses, comma separated. */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** The hosts of the https entries of APP_ORIGINS: a request for one of them is served over HTTPS. */
function httpsHosts(appOrigins: string): Set<string> {
  const hosts = new Set<string>();
  for (const entry of appOrigins.split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:') hosts.add(url.host.toLowerCase());
    } catch {
      // Not a URL: it names no https origin.
    }
  }
  return hosts;
}

/**
 * Helmet's headers. The CSP asks browsers to upgrade insecure requests only when the app is served
 * over HTTPS (TLS, a trusted proxy's X-Forwarded-Proto, or the Host of an https APP_ORIGINS entry):
 * opened by its LAN address over plain HTTP, an upgrade would fetch every asset over https and fail.
 */
export function securityHeaders(env: Pick<Env, 'APP_ORIGINS'>): RequestHandler {
  const directives = { 'script-src': ["'self'"], 'connect-src': ["'self'"] };
  const overHttps = helmet({ contentSecurityPolicy: { directives } });
  // Nor is Cross-Origin-Opener-Policy sent there: Chromium ignores it on a plain-HTTP origin other than localhost
  // and logs a console error on every page.
  const overHttp = helmet({ contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } }, crossOriginOpenerPolicy: false });
  const hosts = httpsHosts(env.APP_ORIGINS);
  const servedOverHttps = (req: Request) => req.secure || hosts.has((req.headers.host ?? '').toLowerCase());
  return (req, res, next) => (servedOverHttps(req) ? overHttps : overHttp)(req, res, next);
}
