import { text, type Text } from './domain/text';

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
  /** English, or a Text the answer gives in the request's language. */
  message: string | Text;
  [key: string]: unknown;
}

/**
 * The one error type of the API: a code (mapped to a status by `errorStatus`), a message, and details.
 * Messages may be Texts; the error handler answers them in the request's language (`Error.message` is English).
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly text: string | Text;
  readonly details: ErrorDetail[];
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string | Text, details: ErrorDetail[] = [], headers: Record<string, string> = {}) {
    super(String(message));
    this.name = 'AppError';
    this.code = code;
    this.text = message;
    this.details = details;
    this.headers = headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

// What a 404 may name, with its Chinese: the words the app's own screens use.
const things = {
  'API token': 'API 令牌', Account: '平台账号', Brand: '品牌', 'Calendar feed': '日历订阅', Contract: '合约', Cost: '成本', Deal: '合作',
  Host: '主播', Import: '导入记录', Order: '订单', Room: '直播间', Series: '周期排期', Session: '场次', Statement: '结算单', 'Settlement run': '结算记录', User: '用户',
} as const;

export const notFound = (what: keyof typeof things, id?: string | number) =>
  new AppError('not_found', id === undefined ? text(`${what} not found`, `找不到${things[what]}`) : text(`${what} ${id} not found`, `找不到${things[what]} ${id}`));

/** A well-formed request against a business rule (422), naming the field that breaks it. */
export const ruleBroken = (field: string | (string | number)[], message: string | Text, extra: Record<string, unknown> = {}) =>
  new AppError('unprocessable', message, [{ path: Array.isArray(field) ? field : [field], message, ...extra }]);
