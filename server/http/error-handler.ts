import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { localize, preferredLocale, text } from '../domain/text';
import { DomainRuleError } from '../domain/rule-error';
import { AppError, type ErrorDetail } from '../errors';

/** Translates body-parser's own errors (bad JSON, too large, bad charset) into AppErrors. */
function fromFrameworkError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  // A rule of the pure domain: the same 422 as a service's ruleBroken.
  if (err instanceof DomainRuleError) return new AppError(err.code, err.text, err.details as ErrorDetail[]);
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { type?: string; status?: number; message?: string };
  switch (e.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_request', text('The request body is not valid JSON', '请求体不是有效的 JSON'));
    case 'entity.too.large':
      return new AppError('too_large', text('The request body is too large', '请求体过大'));
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError('invalid_request', e.message ?? text('Unsupported body encoding', '不支持的请求体编码'));
    case 'request.aborted':
      return new AppError('invalid_request', text('The request was aborted', '请求已中断'));
  }
  if (e.status === 400) return new AppError('invalid_request', text('Malformed request', '请求格式有误'));
  if (e.status === 413) return new AppError('too_large', text('The request body is too large', '请求体过大'));
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = fromFrameworkError(err);
    if (appError) {
      for (const [name, value] of Object.entries(appError.headers)) res.setHeader(name, value);
      // The messages follow Accept-Language (English unless Chinese is preferred); the code never changes.
      const locale = preferredLocale(req.get('accept-language'));
      res.vary('Accept-Language');
      res.status(appError.status).json({
        error: { code: appError.code, message: localize(appError.text, locale), details: localize(appError.details, locale) },
      });
      return;
    }
    // A 500 never shows its cause to the client; the log keeps it.
    logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'Internal server error', details: [] } });
  };
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', text(`No API route for ${req.method} ${req.path}`, `没有对应的 API 路由：${req.method} ${req.path}`)));
};
