import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useFormErrors } from '../../../lib/form-errors';
import { useFormChecks } from '../../../lib/form-checks';
import { tierOptions, useHostTiers } from '../../../lib/host-tiers';
import { hostTransitions } from '../../../../server/domain/host-status';
import { categories, useRosterLabels, type HostStatus } from '../../../lib/roster-labels';
import { hostStatuses } from '../../../lib/roster-labels';
import type { Host } from '../api';
import { hostFormProblems, type HostFormField, type HostFormState } from '../host-form';
import { HostSensitiveFields } from './HostSensitiveFields';

const FIELDS = [
  'stageName', 'legalName', 'status', 'agentId', 'tier', 'categories', 'joinDate', 'birthDate', 'notes',
  'realNameVerified', 'guardianConsent', 'idNumber', 'phone', 'bankAccount', 'bankName',
] as const;

/** 经纪人 are managers (SPEC 1): only they are offered; a host's agent of another role keeps the name until changed. */
const AGENT_ROLES = ['manager'] as const;

type HostFormProps = { host?: Host; initial: HostFormState; pending: boolean; error: unknown; submitLabel: string; onSubmit: (form: HostFormState) => void; onCancel: () => void };

/** The host's fields, shared by create and edit; the server's message for a field appears under it. */
export function HostForm({ host, initial, pending, error, submitLabel, onSubmit, onCancel }: HostFormProps) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const tiers = useHostTiers();
  const [form, setForm] = useState(initial);
  // The browser's own checks, made on submit; a field's message goes once it is changed.
  const checks = useFormChecks<HostFormField>();
  const set = (patch: Partial<HostFormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch));
  };
  const { fieldError: serverError, formError } = useFormErrors(error, FIELDS);
  const fieldError = (field: (typeof FIELDS)[number]) => checks.message(field) ?? serverError(field);
  // Editing offers only the moves the server allows (server/domain/host-status); creating, any status.
  const statuses: readonly HostStatus[] = host ? [host.status, ...hostTransitions[host.status]] : hostStatuses;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (checks.passes(hostFormProblems(form))) onSubmit(form);
  }

  const text = (key: 'stageName' | 'legalName' | 'joinDate' | 'birthDate', type = 'text') => (
    // The stored birth date is never sent to the browser: an empty field keeps it.
    <Field label={t(`hosts.fields.${key}`)} hint={key === 'birthDate' && host?.birthDateOnFile ? t('hosts.birthDateKept') : undefined} error={fieldError(key)}>
      {(c) => <Input {...c} type={type} value={form[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="max-w-3xl space-y-6">
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('stageName')}
        {text('legalName')}
        <Field label={t('hosts.fields.status')} error={fieldError('status')}>
          {(c) => <Select {...c} options={statuses.map((s) => ({ value: s, label: label.hostStatus(s) }))} value={form.status} onChange={(e) => set({ status: e.target.value as HostStatus })} />}
        </Field>
        <Field label={t('hosts.fields.agent')} error={fieldError('agentId')}>
          {(c) => <StaffPicker {...c} roles={AGENT_ROLES} placeholder={t('hosts.noAgent')} value={pickedId(form.agentId)} onChange={(id) => set({ agentId: idText(id) })} />}
        </Field>
        <Field label={t('hosts.fields.tier')} error={fieldError('tier')}>
          {(c) => (
            <Select {...c} options={tierOptions(tiers, initial.tier, (tier) => t('hosts.tierUnlisted', { tier }))} placeholder={t('hosts.noTier')}
              value={form.tier} onChange={(e) => set({ tier: e.target.value })} />
          )}
        </Field>
        {text('joinDate', 'date')}
        {text('birthDate', 'date')}
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">{t('hosts.fields.categories')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {categories.map((c) => (
            <Checkbox
              key={c}
              label={label.category(c)}
              checked={form.categories.includes(c)}
              onChange={(e) => set({ categories: e.target.checked ? [...form.categories, c] : form.categories.filter((x) => x !== c) })}
            />
          ))}
        </div>
        {fieldError('categories') && <p className="mt-1 text-sm text-red-600">{fieldError('categories')}</p>}
      </fieldset>
      <div className="space-y-2">
        <Checkbox label={t('hosts.fields.realNameVerified')} checked={form.realNameVerified} onChange={(e) => set({ realNameVerified: e.target.checked })} />
        <Checkbox label={t('hosts.fields.guardianConsent')} hint={t('hosts.guardianHint')} checked={form.guardianConsent} onChange={(e) => set({ guardianConsent: e.target.checked })} />
        {fieldError('guardianConsent') && <p className="text-sm text-red-600">{fieldError('guardianConsent')}</p>}
      </div>
      <HostSensitiveFields
        host={host}
        values={form}
        onChange={(field, value) => set({ [field]: value })}
        cleared={form.cleared}
        onClearedChange={(field, clear) => set({ cleared: clear ? [...form.cleared, field] : form.cleared.filter((f) => f !== field) })}
        errorOf={fieldError}
      />
      <Field label={t('hosts.fields.notes')} error={fieldError('notes')}>
        {(c) => <Textarea {...c} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />}
      </Field>
      <div className="flex gap-3">
        <Button type="submit" variant="primary" pending={pending}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
