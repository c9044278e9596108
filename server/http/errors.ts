export const errorStatus = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  schedule_conflict: 409,
  period_locked: 409,
  duplicate: 409,
  state_conflict: 409,
  too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface ErrorDetail {
  path?: (string | number)[];
  message: string;
  [key: string]: unknown;
}

/** The one error type of the API: a code (mapped to a status by `errorStatus`), a message, and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = [], headers: Record<string, string> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string, id?: string | number) =>
  new AppError('not_found', id === undefined ? `${what} not found` : `${what} ${id} not found`);

/** A well-formed request against a business rule (422), naming the field that breaks it. */
export const ruleBroken = (field: string | (string | number)[], message: string, extra: Record<string, unknown> = {}) =>
  new AppError('unprocessable', message, [{ path: Array.isArray(field) ? field : [field], message, ...extra }]);
