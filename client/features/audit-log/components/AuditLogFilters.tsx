import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select, type SelectOption } from '../../../components/ui/Select';
import { useActionLabel, KNOWN_ACTIONS } from './action-label';
import { EntityIdField } from './EntityIdField';
import { KNOWN_ENTITIES, useEntityLabel } from './entity-label';

export const FILTER_KEYS = ['entity', 'entityId', 'action', 'actorId', 'from', 'to'] as const;
type Filters = Record<(typeof FILTER_KEYS)[number], string>;
const EMPTY: Filters = { entity: '', entityId: '', action: '', actorId: '', from: '', to: '' };

export function AuditLogFilters({ values, onApply }: { values: Filters; onApply: (filters: Filters) => void }) {
  const { t, i18n } = useTranslation();
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();
  const [form, setForm] = useState(values);
  const set = (patch: Partial<Filters>) => setForm((f) => ({ ...f, ...patch }));
  const rangeError = form.from && form.to && form.to < form.from ? t('audit.rangeError') : undefined;
  // Sorted by name in the reading language; a link to an entity not (yet) named here keeps its value selectable.
  const entityOptions: SelectOption[] = KNOWN_ENTITIES.map((value) => ({ value: value as string, label: entityLabel(value) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  if (form.entity && !entityOptions.some((o) => o.value === form.entity)) entityOptions.push({ value: form.entity, label: form.entity });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!rangeError) onApply({ ...form, entityId: form.entityId.trim() });
  }

  return (
    <form role="search" onSubmit={submit} noValidate className="mb-4 grid grid-cols-2 items-end gap-3 md:grid-cols-4 xl:grid-cols-8">
      <Field label={t('audit.fields.entity')}>
        {(c) => <Select {...c} options={entityOptions} placeholder={t('common.all')} value={form.entity} onChange={(e) => set({ entity: e.target.value, entityId: '' })} />}
      </Field>
      <Field label={t('audit.fields.record')}>{(c) => <EntityIdField control={c} entity={form.entity} value={form.entityId} onChange={(entityId) => set({ entityId })} />}</Field>
      <Field label={t('audit.fields.action')}>
        {(c) => (
          <Select {...c} options={KNOWN_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))} placeholder={t('common.all')} value={form.action} onChange={(e) => set({ action: e.target.value })} />
        )}
      </Field>
      <Field label={t('audit.fields.actor')}>
        {(c) => <StaffPicker {...c} includePast placeholder={t('common.all')} value={pickedId(form.actorId)} onChange={(id) => set({ actorId: idText(id) })} />}
      </Field>
      <Field label={t('audit.fields.from')}>{(c) => <Input {...c} type="date" value={form.from} onChange={(e) => set({ from: e.target.value })} />}</Field>
      <Field label={t('audit.fields.to')} error={rangeError}>
        {(c) => <Input {...c} type="date" value={form.to} onChange={(e) => set({ to: e.target.value })} />}
      </Field>
      <div className="flex gap-2 xl:col-span-2">
        <Button type="submit" variant="primary">{t('common.apply')}</Button>
        <Button
          onClick={() => {
            setForm(EMPTY);
            onApply(EMPTY);
          }}
        >
          {t('common.reset')}
        </Button>
      </div>
    </form>
  );
}
