import { useTranslation } from 'react-i18next';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { platforms, useRosterLabels, type ContractStatus, type Platform } from '../../../lib/roster-labels';

export type ContractFieldsState = { hostId: string; number: string; startDate: string; endDate: string; status: ContractStatus; exclusive: boolean; platforms: Platform[] };

type Props = {
  form: ContractFieldsState;
  set: (patch: Partial<ContractFieldsState>) => void;
  errorOf: (field: keyof ContractFieldsState) => string | undefined;
  /** Editing: the host is fixed and the status moves on the contract page, so neither is shown. */
  editing?: boolean;
};

/** A new contract is a draft or signed at once (active); terminated and expired come later. Any host may sign one
 * (a terminated host comes back through a new contract), found by typing part of a name. */
const CREATE_STATUSES: readonly ContractStatus[] = ['draft', 'active'];

export function ContractFields({ form, set, errorOf, editing = false }: Props) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {!editing && (
        <Field label={t('contracts.fields.host')} error={errorOf('hostId')}>
          {(c) => <HostPicker {...c} placeholder={t('contracts.chooseHost')} value={pickedId(form.hostId)} onChange={(id) => set({ hostId: idText(id) })} />}
        </Field>
      )}
      <Field label={t('contracts.fields.number')} hint={editing ? undefined : t('contracts.numberHint')} error={errorOf('number')}>
        {(c) => <Input {...c} value={form.number} onChange={(e) => set({ number: e.target.value })} />}
      </Field>
      <Field label={t('contracts.fields.startDate')} error={errorOf('startDate')}>
        {(c) => <Input {...c} type="date" value={form.startDate} onChange={(e) => set({ startDate: e.target.value })} />}
      </Field>
      <Field label={t('contracts.fields.endDate')} error={errorOf('endDate')}>
        {(c) => <Input {...c} type="date" value={form.endDate} onChange={(e) => set({ endDate: e.target.value })} />}
      </Field>
      {!editing && (
        <Field label={t('contracts.fields.status')} error={errorOf('status')}>
          {(c) => <Select {...c} options={CREATE_STATUSES.map((s) => ({ value: s, label: label.contractStatus(s) }))} value={form.status} onChange={(e) => set({ status: e.target.value as ContractStatus })} />}
        </Field>
      )}
      <div className={editing ? undefined : 'pt-7'}>
        <Checkbox label={t('contracts.fields.exclusive')} checked={form.exclusive} onChange={(e) => set({ exclusive: e.target.checked })} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">{t('contracts.fields.platforms')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {platforms.map((p) => (
            <Checkbox key={p} label={label.platform(p)} checked={form.platforms.includes(p)} onChange={(e) => set({ platforms: e.target.checked ? [...form.platforms, p] : form.platforms.filter((x) => x !== p) })} />
          ))}
        </div>
        {errorOf('platforms') && <p className="mt-1 text-sm text-red-600">{errorOf('platforms')}</p>}
      </fieldset>
    </div>
  );
}
