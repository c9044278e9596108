import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { sensitiveFields, type Host, type SensitiveField } from '../api';
import { SensitiveValue } from './SensitiveValue';

type Props = {
  host?: Host;
  values: Record<SensitiveField, string>;
  onChange: (field: SensitiveField, value: string) => void;
  cleared: readonly SensitiveField[];
  onClearedChange: (field: SensitiveField, cleared: boolean) => void;
  errorOf: (field: SensitiveField) => string | undefined;
};

/**
 * Sensitive values are typed in clear (the server stores them as given) and never shown back in clear:
 * when editing, the current value appears masked beside an empty input, and an empty input keeps it.
 * A stored value can be marked to be removed on save, and unmarked until then.
 */
export function HostSensitiveFields({ host, values, onChange, cleared, onClearedChange, errorOf }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-slate-700">{t('hosts.sensitiveTitle')}</legend>
      <p className="text-xs text-slate-500 sm:col-span-2">{host ? t('hosts.sensitiveEditHint') : t('hosts.sensitiveHint')}</p>
      {sensitiveFields.map((field) => {
        const clearing = cleared.includes(field);
        const fieldName = t(`hosts.fields.${field}`);
        return (
          <div key={field}>
            <Field label={fieldName} error={errorOf(field)}>
              {(c) => <Input {...c} autoComplete="off" disabled={clearing} value={clearing ? '' : values[field]} onChange={(e) => onChange(field, e.target.value)} />}
            </Field>
            {host && host[field] !== null && (
              <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                {clearing ? (
                  <span className="font-medium text-red-700">{t('hosts.clearOnSave')}</span>
                ) : (
                  <span>{t('hosts.currentValue')} <SensitiveValue hostId={host.id} field={field} masked={host[field]} /></span>
                )}
                <Button size="sm" aria-label={t(clearing ? 'hosts.keepValueOf' : 'hosts.clearValueOf', { field: fieldName })} onClick={() => onClearedChange(field, !clearing)}>
                  {t(clearing ? 'hosts.keepValue' : 'hosts.clearValue')}
                </Button>
              </div>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
