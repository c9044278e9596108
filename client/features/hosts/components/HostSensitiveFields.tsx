import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { sensitiveFields, type Host, type SensitiveField } from '../api';
import { SensitiveValue } from './SensitiveValue';

type Props = { host?: Host; values: Record<SensitiveField, string>; onChange: (field: SensitiveField, value: string) => void; errorOf: (field: SensitiveField) => string | undefined };

/**
 * Sensitive values are typed in clear (the server stores them as given) and never shown back in clear:
 * when editing, the current value appears masked beside an empty input, and an empty input keeps it.
 */
export function HostSensitiveFields({ host, values, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-slate-700">{t('hosts.sensitiveTitle')}</legend>
      <p className="text-xs text-slate-500 sm:col-span-2">{host ? t('hosts.sensitiveEditHint') : t('hosts.sensitiveHint')}</p>
      {sensitiveFields.map((field) => (
        <div key={field}>
          <Field label={t(`hosts.fields.${field}`)} error={errorOf(field)}>
            {(c) => <Input {...c} autoComplete="off" value={values[field]} onChange={(e) => onChange(field, e.target.value)} />}
          </Field>
          {host && (
            <p className="mt-1 text-xs text-slate-600">
              {t('hosts.currentValue')} <SensitiveValue hostId={host.id} field={field} masked={host[field]} />
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
