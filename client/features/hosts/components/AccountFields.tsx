import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { TagInput } from '../../../components/ui/TagInput';
import { fieldErrors } from '../../../lib/api';
import { firstProblems, maxLength, type Problems } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { paths } from '../../../lib/paths';
import { parseCount } from '../../../lib/units';
import { takenIdentifiers } from '../accounts-api';

export interface AccountFieldValues { identifiers: string[]; handle: string; followers: string }

/** Followers as typed: '12.5万', '125,000' and full-width digits read as the count (lib/units parseCount). */
export type AccountField = 'identifiers' | 'handle';

/** At least one identifier (Enter, a comma or leaving the field adds the typed one) and a handle of at most 100 characters. */
export const accountProblems = (v: AccountFieldValues): Problems<AccountField> =>
  firstProblems<AccountField>({ identifiers: [v.identifiers.length === 0 ? { key: 'form.required' } : null], handle: [maxLength(v.handle, 100)] });

export const followersInvalid = (v: AccountFieldValues) => !parseCount(v.followers).ok;

/** The values as the API takes them (the caller checks followersInvalid first). */
export const accountBody = (v: AccountFieldValues) => {
  const followers = parseCount(v.followers);
  return { identifiers: v.identifiers, handle: v.handle.trim() || null, followers: followers.ok ? followers.value : null };
};

/**
 * The fields an account is added and edited with, and the server's refusal: a taken identifier names
 * the host that has it. The platform field is the caller's (chosen when adding, fixed when editing).
 */
export function AccountFields({ values, onChange, error, problemOf, platformField }: {
  values: AccountFieldValues;
  onChange: (patch: Partial<AccountFieldValues>) => void;
  error: unknown;
  /** What the browser found on submit, shown before the server's. */
  problemOf: (field: AccountField) => string | undefined;
  platformField: (error: string | undefined) => ReactNode;
}) {
  const { t } = useTranslation();
  const server = useFormErrors(error, ['platform', 'identifiers', 'handle', 'followers']);
  const { formError } = server;
  const fieldError = (field: 'platform' | AccountField | 'followers') => (field === 'platform' || field === 'followers' ? undefined : problemOf(field)) ?? server.fieldError(field);
  const taken = takenIdentifiers(error);
  const byPath = fieldErrors(error);
  return (
    <>
      {taken.length > 0 ? (
        <Alert tone="error" title={t('accounts.duplicateTitle')}>
          <ul>
            {taken.map((d) => (
              <li key={d.identifier}>
                {t('accounts.takenBy', { identifier: d.identifier })} <Link to={paths.host(d.hostId, 'accounts')} className="font-medium underline">{d.stageName}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : (
        formError && !Object.keys(byPath).some((k) => k.startsWith('identifiers.')) && <Alert tone="error">{formError}</Alert>
      )}
      {platformField(fieldError('platform'))}
      <Field label={t('accounts.fields.identifiers')} hint={t('accounts.identifiersHint')} error={fieldError('identifiers')}>
        {(c) => <TagInput {...c} values={values.identifiers} onChange={(identifiers) => onChange({ identifiers })} errorAt={(i) => (taken.length ? undefined : byPath[`identifiers.${i}`])} />}
      </Field>
      <Field label={t('accounts.fields.handle')} error={fieldError('handle')}>
        {(c) => <Input {...c} value={values.handle} onChange={(e) => onChange({ handle: e.target.value })} />}
      </Field>
      <Field label={t('accounts.fields.followers')} error={followersInvalid(values) ? t('form.count') : fieldError('followers')}>
        {(c) => <Input {...c} value={values.followers} onChange={(e) => onChange({ followers: e.target.value })} />}
      </Field>
    </>
  );
}
