import { useTranslation } from 'react-i18next';
import { fieldErrors } from './api';
import type { TermsErrors } from './terms-form';

/**
 * One message per terms field: the client's own check first (nothing was sent), else the server's
 * detail for that field ('terms.hostShare.tiers.1.fromFen' in the request).
 */
export function useTermsErrors(local: TermsErrors, serverError: unknown, prefix = 'terms.') {
  const { t } = useTranslation();
  const server = fieldErrors(serverError);
  return (path: string): string | undefined => {
    const e = local[path];
    if (e) return e.code === 'schema' ? e.message : t(`terms.errors.${e.code}`);
    return server[`${prefix}${path}`];
  };
}
