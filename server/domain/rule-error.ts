import type { Text } from './text';

/**
 * A business rule refused well-formed input (SPEC: e.g. an adjustment that would make a payable
 * negative). The error handler answers it as 422 `unprocessable` in the request's language, so the
 * message is a Text; each detail may name the input it is about (`path`) and say why (`message`).
 */
export class DomainRuleError extends Error {
  readonly code = 'unprocessable' as const;
  readonly text: Text;

  constructor(
    message: Text,
    readonly details: Record<string, unknown>[] = [],
  ) {
    super(message.en);
    this.name = 'DomainRuleError';
    this.text = message;
  }
}
