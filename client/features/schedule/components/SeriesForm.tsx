import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { isApiError } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { useFocusOnAttempt } from '../../../lib/form-focus';
import { useTimeZone } from '../../../lib/time-zone';
import { useCreateSeries, type BookingWarning, type SeriesBody } from '../api';
import type { ScheduleHost } from '../lookups-api';
import { occurrencesOf, seriesRefusals } from '../series-errors';
import { useJoinList } from '../../../lib/list-format';
import { emptyDraft, readPeople, type Draft } from '../session-draft';
import { BookingFields } from './BookingFields';
import { SeriesRefusalList } from './SeriesRefusalList';

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

export function SeriesForm({ hosts, onDone }: { hosts: ScheduleHost[]; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const create = useCreateSeries();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [rule, setRule] = useState({ weekdays: [] as number[], startTime: '20:00', duration: '180', fromDate: '', untilDate: '' });
  const [tried, setTried] = useState(false);
  // A refused submit shows each problem at its field (the account, the crew rows...) and focuses the first.
  const focus = useFocusOnAttempt();
  const [sent, setSent] = useState<SeriesBody | null>(null);
  const joinList = useJoinList();
  const set = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const { people, problems } = readPeople(draft);
  const refusals = seriesRefusals(create.error);
  // 2024-01-01 was a Monday: ISO weekday n is that date plus n - 1 days.
  const weekdayName = (n: number) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, n));
  const hostName = (id: number) => hosts.find((h) => h.id === id)?.stageName ?? `#${id}`;
  const toggle = (n: number) => setRule((r) => ({ ...r, weekdays: r.weekdays.includes(n) ? r.weekdays.filter((d) => d !== n) : [...r.weekdays, n].sort() }));

  function booked(series: { sessionIds: number[]; skipped: { localDate: string }[]; warnings: BookingWarning[] }) {
    toast.show(series.skipped.length === 0
      ? t('schedule.series.created', { count: series.sessionIds.length })
      : t('schedule.series.createdSkipping', { count: series.sessionIds.length, skipped: series.skipped.length, dates: joinList(series.skipped.map((d) => d.localDate)) }));
    for (const w of series.warnings) toast.show(t('schedule.dailyWarning', { host: hostName(w.hostId), date: w.date, minutes: w.minutes, limit: w.limit }), 'info');
    onDone();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (!people || rule.weekdays.length === 0) return focus.attempted();
    const durationMinutes = /^\d+$/.test(rule.duration.trim()) ? Number(rule.duration) : 0;
    const body = { ...people, rule: { weekdays: rule.weekdays, startTime: rule.startTime, durationMinutes, fromDate: rule.fromDate, untilDate: rule.untilDate } };
    setSent(body);
    create.mutate(body, { onSuccess: booked });
  }

  // All or nothing refused only for conflicts: the free dates can be booked on their own, when asked.
  const rest = sent && refusals.length > 0 && refusals.every((r) => r.code === 'schedule_conflict') ? occurrencesOf(sent, timeZone) - refusals.length : 0;
  const bookRest = () => sent && create.mutate({ ...sent, skipConflicts: true }, { onSuccess: booked });

  const other = create.error && refusals.length === 0 ? create.error : null;
  return (
    <form ref={focus.formRef} onSubmit={submit} noValidate className="space-y-4">
      <BookingFields draft={draft} problems={tried ? problems : { shares: problems.shares }} set={set} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t('schedule.series.weekdays')}</legend>
        <div className="flex flex-wrap gap-3">
          {ISO_WEEKDAYS.map((n) => <Checkbox key={n} className="flex items-center gap-1.5 text-sm" label={weekdayName(n)} checked={rule.weekdays.includes(n)} onChange={() => toggle(n)} />)}
        </div>
        {tried && rule.weekdays.length === 0 && <p className="mt-1 text-sm text-red-600">{t('schedule.series.noWeekday')}</p>}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('schedule.series.startTime')} hint={t('schedule.timeHint', { zone: timeZone })}>
          {(c) => <Input {...c} type="time" step={900} value={rule.startTime} onChange={(e) => setRule((r) => ({ ...r, startTime: e.target.value }))} />}
        </Field>
        <Field label={t('schedule.series.duration')}>
          {(c) => <Input {...c} inputMode="numeric" value={rule.duration} onChange={(e) => setRule((r) => ({ ...r, duration: e.target.value }))} />}
        </Field>
        <Field label={t('schedule.series.fromDate')}>
          {(c) => <Input {...c} type="date" value={rule.fromDate} onChange={(e) => setRule((r) => ({ ...r, fromDate: e.target.value }))} />}
        </Field>
        <Field label={t('schedule.series.untilDate')}>
          {(c) => <Input {...c} type="date" value={rule.untilDate} onChange={(e) => setRule((r) => ({ ...r, untilDate: e.target.value }))} />}
        </Field>
        <Field label={t('schedule.fields.title')}>{(c) => <Input {...c} value={draft.title} onChange={(e) => set({ title: e.target.value })} />}</Field>
      </div>
      <SeriesRefusalList refusals={refusals} />
      {rest > 0 && (
        <Button variant="primary" onClick={bookRest} pending={create.isPending} data-testid="series-book-rest">
          {t('schedule.series.bookRest', { count: rest })}
        </Button>
      )}
      {other && (
        <Alert tone="error" title={errorMessage(other)}>
          {isApiError(other) && <ul className="list-disc pl-5">{other.fieldDetails.map((d) => <li key={d.path.join('.')}>{d.path.join('.')}: {d.message}</li>)}</ul>}
        </Alert>
      )}
      <DialogActions>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" pending={create.isPending}>{t('schedule.series.submit')}</Button>
      </DialogActions>
    </form>
  );
}
