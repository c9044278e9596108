import { useTranslation } from 'react-i18next';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { SessionPicker } from '../../../components/pickers/SessionPicker';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { notBefore } from '../../../lib/form-checks';
import { useOrderLabels } from '../labels';

export const ORDER_FILTER_KEYS = ['platform', 'status', 'hostId', 'sessionId', 'period', 'from', 'to', 'unmatched'] as const;
export type OrderFilterValues = Record<(typeof ORDER_FILTER_KEYS)[number], string>;

const idOf = (value: string) => (/^\d+$/.test(value) ? Number(value) : null);

/** Every filter applies at once and lives in the URL; host and session are picked by name. */
export function OrderFilters({ values, onChange }: { values: OrderFilterValues; onChange: (patch: Partial<OrderFilterValues>) => void }) {
  const { t } = useTranslation();
  const labels = useOrderLabels();
  // The queue waits for accounts: only its platform narrows it.
  const queue = values.unmatched === 'true';

  return (
    <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 flex flex-wrap items-end gap-3">
      <Field label={t('orders.fields.platform')} className="w-36">
        {(c) => <Select {...c} options={labels.platformOptions} placeholder={t('common.all')} value={values.platform} onChange={(e) => onChange({ platform: e.target.value })} />}
      </Field>
      {!queue && (
        <>
          <Field label={t('orders.fields.status')} className="w-32">
            {(c) => <Select {...c} options={labels.statusOptions} placeholder={t('common.all')} value={values.status} onChange={(e) => onChange({ status: e.target.value })} />}
          </Field>
          <Field label={t('orders.fields.period')} className="w-44">
            {(c) => <Input {...c} type="month" value={values.period} onChange={(e) => onChange({ period: e.target.value })} />}
          </Field>
          <Field label={t('orders.filters.paidFrom')} className="w-44">
            {(c) => <Input {...c} type="date" value={values.from} onChange={(e) => onChange({ from: e.target.value })} />}
          </Field>
          <Field label={t('orders.filters.paidTo')} className="w-44" error={notBefore(values.from, values.to) ? t('form.dateOrder') : undefined}>
            {(c) => <Input {...c} type="date" min={values.from || undefined} value={values.to} onChange={(e) => onChange({ to: e.target.value })} />}
          </Field>
          <Field label={t('orders.filters.host')} className="w-60">
            {(c) => <HostPicker {...c} value={idOf(values.hostId)} onChange={(id) => onChange({ hostId: id === null ? '' : String(id) })} />}
          </Field>
          <Field label={t('orders.filters.session')} className="w-64">
            {(c) => <SessionPicker {...c} hostId={idOf(values.hostId)} value={idOf(values.sessionId)} onChange={(id) => onChange({ sessionId: id === null ? '' : String(id) })} />}
          </Field>
        </>
      )}
      <Checkbox
        className="flex h-10 items-center gap-2 text-sm text-slate-700"
        label={t('orders.filters.unmatchedOnly')}
        checked={values.unmatched === 'true'}
        onChange={(e) => onChange({ unmatched: e.target.checked ? 'true' : '' })}
      />
    </form>
  );
}
