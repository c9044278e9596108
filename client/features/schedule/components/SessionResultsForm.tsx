import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { fenToYuanText, parseYuan } from '../../../lib/units';
import { endsAfter, firstProblems, useFormChecks } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useTimeZone } from '../../../lib/time-zone';
import { useRecordResults, type Session } from '../api';
import { fromLocalInput, iso, toLocalInput } from '../time';

/** After the stream: actual start and end (agency time), peak viewers, GMV typed in yuan and sent in fen. */
export function SessionResultsForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const toast = useToast();
  const record = useRecordResults();
  const [form, setForm] = useState({
    actualStartAt: session.actualStartAt ? toLocalInput(session.actualStartAt, timeZone) : '',
    actualEndAt: session.actualEndAt ? toLocalInput(session.actualEndAt, timeZone) : '',
    peakViewers: session.peakViewers === null ? '' : String(session.peakViewers),
    gmv: fenToYuanText(session.gmvFen),
  });
  const { fieldError, formError } = useFormErrors(record.error, ['actualStartAt', 'actualEndAt', 'peakViewers', 'gmvFen']);
  const gmv = parseYuan(form.gmv);
  const viewersOk = form.peakViewers.trim() === '' || /^\d+$/.test(form.peakViewers.trim());
  // The numbers are judged as typed (beside their fields); that the stream did not end before it began, on submit.
  const checks = useFormChecks<'actualEndAt'>();
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    checks.clear(Object.keys(patch).map((key) => (key === 'actualStartAt' ? 'actualEndAt' : key)));
  };
  const instant = (value: string) => {
    const at = fromLocalInput(value, timeZone);
    return at ? iso(at, timeZone) : null;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const timesPass = checks.passes(firstProblems({ actualEndAt: [endsAfter(form.actualStartAt, form.actualEndAt)] }));
    if (!gmv.ok || !viewersOk || !timesPass) return;
    record.mutate(
      { id: session.id, actualStartAt: instant(form.actualStartAt), actualEndAt: instant(form.actualEndAt), peakViewers: form.peakViewers.trim() ? Number(form.peakViewers) : null, gmvFen: gmv.value },
      { onSuccess: () => toast.show(t('schedule.drawer.resultsSaved')) },
    );
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-3">
      <h3 className="text-sm font-semibold text-slate-800">{t('schedule.drawer.results')}</h3>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('schedule.fields.actualStartAt')} error={fieldError('actualStartAt')}>
          {(c) => <Input {...c} type="datetime-local" value={form.actualStartAt} onChange={(e) => set({ actualStartAt: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.actualEndAt')} error={checks.message('actualEndAt') ?? fieldError('actualEndAt')}>
          {(c) => <Input {...c} type="datetime-local" value={form.actualEndAt} onChange={(e) => set({ actualEndAt: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.peakViewers')} error={viewersOk ? fieldError('peakViewers') : t('schedule.drawer.invalidNumber')}>
          {(c) => <Input {...c} inputMode="numeric" value={form.peakViewers} onChange={(e) => set({ peakViewers: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.gmv')} error={gmv.ok ? fieldError('gmvFen') : t('schedule.drawer.invalidYuan')}>
          {(c) => <Input {...c} inputMode="decimal" value={form.gmv} onChange={(e) => set({ gmv: e.target.value })} />}
        </Field>
      </div>
      <Button type="submit" size="sm" variant="primary" pending={record.isPending}>
        {t('schedule.drawer.saveResults')}
      </Button>
    </form>
  );
}
