import { useTranslation } from 'react-i18next';
import { isApiError } from './api';

/** The error codes of SPEC section 10 and the client's own; the UI reads the code, never the message text. */
const KNOWN_CODES = [
  'invalid_request', 'unauthenticated', 'forbidden', 'not_found', 'schedule_conflict', 'period_locked', 'duplicate',
  'state_conflict', 'too_large', 'unprocessable', 'too_many_requests', 'network_error', 'bad_response', 'server_error',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnownCode(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/** A translated sentence for any error a request can end with. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t('errors.unknown');
    if (error.code === 'too_many_requests' && error.retryAfterSeconds !== null) {
      const minutes = error.retryAfterSeconds >= 60;
      const wait = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: minutes ? 'minute' : 'second', unitDisplay: 'long' })
        .format(minutes ? Math.ceil(error.retryAfterSeconds / 60) : error.retryAfterSeconds);
      return t('errors.too_many_requests_wait', { wait });
    }
    return isKnownCode(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
  };
}
