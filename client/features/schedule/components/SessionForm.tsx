import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionStatuses, canTransition } from '../../../../server/domain/session-status';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { Textarea } from '../../../components/ui/Textarea';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { useFocusOnAttempt } from '../../../lib/form-focus';
import { useTimeZone } from '../../../lib/time-zone';
import { useCreateSession, useUpdateSession, type BookingWarning, type Session } from '../api';
import { conflictsOf, predictConflicts } from '../conflicts';
import type { ScheduleHost, ScheduleRoom } from '../lookups-api';
import { readDraft, type Draft } from '../session-draft';
import { BookingFields } from './BookingFields';
import { ConflictList } from './ConflictList';

type SessionFormProps = { initial: Draft; editing: Session | null; sessions: Session[]; hosts: ScheduleHost[]; rooms: ScheduleRoom[]; onDone: () => void };

export function SessionForm({ initial, editing, sessions, hosts, rooms, onDone }: SessionFormProps) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const create = useCreateSession();
  const update = useUpdateSession();
  const mutation = editing ? update : create;
  const [draft, setDraft] = useState(initial);
  const [tried, setTried] = useState(false);
  // A refused submit shows each problem at its field (the account, the crew rows...) and focuses the first.
  const focus = useFocusOnAttempt();
  const set = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const { body, candidate, problems } = readDraft(draft, timeZone);
  const hostName = (id: number) => hosts.find((h) => h.id === id)?.stageName ?? `#${id}`;
  const predicted = candidate ? predictConflicts({ ...candidate, id: editing?.id ?? null }, sessions, rooms, hostName) : [];
  const refused = conflictsOf(mutation.error);
  const statusOptions = sessionStatuses
    .filter((s) => (editing ? canTransition(editing.status, s) && s !== 'cancelled' : s !== 'live' && s !== 'cancelled'))
    .map((value) => ({ value, label: t(`schedule.status.${value}`) }));

  function saved(session: { id: number; warnings: BookingWarning[] }) {
    toast.show(t(editing ? 'schedule.updated' : 'schedule.created', { id: session.id }));
    for (const w of session.warnings) toast.show(t('schedule.dailyWarning', { host: hostName(w.hostId), date: w.date, minutes: w.minutes, limit: w.limit }), 'info');
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!body) return focus.attempted();
    if (editing) {
      const { status, ...rest } = body;
      update.mutate({ id: editing.id, ...rest, ...(status === editing.status ? {} : { status }) }, { onSuccess: saved });
    } else {
      create.mutate(body, { onSuccess: saved });
    }
  }

  const details = isApiError(mutation.error) ? mutation.error.fieldDetails : [];
  return (
    <form ref={focus.formRef} onSubmit={submit} noValidate className="space-y-4">
      <BookingFields draft={draft} problems={tried ? problems : { shares: problems.shares }} set={set} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('schedule.fields.startsAt')} hint={t('schedule.timeHint', { zone: timeZone })} error={problems.times && problems.times !== 'missing' ? t(`schedule.times.${problems.times}`) : undefined}>
          {(c) => <Input {...c} type="datetime-local" step={900} value={draft.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.endsAt')} error={tried && problems.times === 'missing' ? t('schedule.times.missing') : undefined}>
          {(c) => <Input {...c} type="datetime-local" step={900} value={draft.endsAt} onChange={(e) => set({ endsAt: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.title')}>{(c) => <Input {...c} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}</Field>
        <Field label={t('schedule.fields.status')}>
          {(c) => <Select {...c} options={statusOptions} value={draft.status} onChange={(e) => set({ status: sessionStatuses.find((s) => s === e.target.value) ?? 'planned' })} />}
        </Field>
      </div>
      <Field label={t('schedule.fields.notes')}>{(c) => <Textarea {...c} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />}</Field>
      <ConflictList conflicts={predicted} title={t('schedule.conflict.predicted')} tone="warning" timeZone={timeZone} />
      <ConflictList conflicts={refused} title={t('schedule.conflict.refused')} tone="error" timeZone={timeZone} />
      {mutation.error && refused.length === 0 && (
        <Alert tone="error" title={errorMessage(mutation.error)}>
          {details.length > 0 && <ul className="list-disc pl-5">{details.map((d) => <li key={`${d.path.join('.')}-${d.message}`}>{d.message}</li>)}</ul>}
        </Alert>
      )}
      <DialogActions>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={mutation.isPending}>
          {editing ? t('common.save') : t('common.create')}
        </Button>
      </DialogActions>
    </form>
  );
}
