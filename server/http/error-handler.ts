import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError } from './errors';

/** Translates body-parser's own errors (bad JSON, too large, bad charset) into AppErrors. */
function fromFrameworkError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { type?: string; status?: number; message?: string };
  switch (e.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_request', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new AppError('too_large', 'The request body is too large');
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new AppError('invalid_request', e.message ?? 'Unsupported body encoding');
    case 'request.aborted':
      return new AppError('invalid_request', 'The request was aborted');
  }
  if (e.status === 400) return new AppError('invalid_request', 'Malformed request');
  if (e.status === 413) return new AppError('too_large', 'The request body is too large');
  return null;
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = fromFrameworkError(err);
    if (appError) {
      for (const [name, value] of Object.entries(appError.headers)) res.setHeader(name, value);
      res.status(appError.status).json({
        error: { code: appError.code, message: appError.message, details: appError.details },
      });
      return;
    }
    // A 500 never shows its cause to the client; the log keeps it.
    logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal', message: 'Internal server error', details: [] } });
  };
}

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `No API route for ${req.method} ${req.path}`));
};
