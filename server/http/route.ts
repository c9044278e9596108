import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Actor } from '../deps';
import { preferredLocale, text, type Locale } from '../domain/text';
import { AppError, type ErrorCode } from '../errors';
import { parse } from './parse';
import { can, type Permission } from '../shared/permissions';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Access = Permission | 'public' | 'signed-in';

export interface HandlerInput<B, Q, P, A> {
  body: B;
  query: Q;
  params: P;
  actor: A;
  /** The language the request prefers for messages meant for a person (Accept-Language). */
  locale: Locale;
  req: Request;
  res: Response;
}

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType, X extends Access = Access> {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  access: X;
  body?: B;
  query?: Q;
  params?: P;
  /** The success status (200 by default); 204 sends no body, and is all a route that answers nothing declares. */
  status?: number;
  /**
   * The success body's schema, for the OpenAPI document (the answer itself is not parsed). Every route declares
   * one, unless it answers a file (`produces`) or nothing (`status: 204`): tests/integration/openapi-complete.test.ts
   * names any that does not.
   */
  response?: z.ZodType;
  /**
   * A multipart upload's fields besides `file` (documentation only: the handler streams the body itself, see
   * receiveUpload); the OpenAPI document shows them with the file.
   */
  uploadFields?: z.ZodObject;
  /** The answer holds words for a person (reasons, messages) in the request's language: it varies by Accept-Language. */
  localized?: boolean;
  /**
   * The shape of `error.details` for error codes whose details carry more than a path and a message (a
   * schedule conflict names the other session): documented in the OpenAPI document under their status.
   */
  errorDetails?: Partial<Record<ErrorCode, z.ZodType>>;
  /** The content type of the file this route answers with instead of JSON (a spreadsheet, a calendar). */
  produces?: string;
  handler(input: HandlerInput<z.output<B>, z.output<Q>, z.output<P>, X extends 'public' ? Actor | null : Actor>): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, any>;

/** Declares a route; its schemas both validate requests and generate the OpenAPI document. */
export function route<
  B extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  P extends z.ZodType = z.ZodUnknown,
  X extends Access = Access,
>(spec: RouteSpec<B, Q, P, X>): AnyRoute {
  return spec;
}

function authorize(access: Access, actor: Actor | null): void {
  if (access === 'public') return;
  if (!actor) throw new AppError('unauthenticated', text('Sign in first', '请先登录'));
  if (access !== 'signed-in' && !can(actor.role, access)) {
    throw new AppError('forbidden', text(`Your role (${actor.role}) may not do this`, `您的角色（${actor.role}）无权执行此操作`));
  }
}

export function mount(router: Router, routes: AnyRoute[]): void {
  for (const spec of routes) {
    router[spec.method](spec.path, async (req, res) => {
      const actor = (res.locals.actor as Actor | null | undefined) ?? null;
      authorize(spec.access, actor);
      const locale = preferredLocale(req.get('accept-language'));
      const params = spec.params ? parse(spec.params, req.params, 'params', locale) : req.params;
      const query = spec.query ? parse(spec.query, req.query, 'query', locale) : req.query;
      const body = spec.body ? parse(spec.body, req.body ?? {}, 'body', locale) : undefined;
      if (spec.localized) res.vary('Accept-Language');
      const result = await spec.handler({ body, query, params, actor, locale, req, res });
      if (res.headersSent) return;
      const status = spec.status ?? 200;
      if (status === 204) res.status(204).end();
      else res.status(status).json(result);
    });
  }
}
