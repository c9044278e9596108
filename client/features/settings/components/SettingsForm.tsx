import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { TagInput } from '../../../components/ui/TagInput';
import { useToast } from '../../../components/ui/Toast';
import { fieldErrors } from '../../../lib/api';
import { firstProblems, maxLength, required, useFormChecks, wholeInRange } from '../../../lib/form-checks';
import { useFormErrors } from '../../../lib/form-errors';
import { useUpdateSettings, type Settings, type SettingsPatch } from '../api';

function timeZoneOptions(current: string) {
  const zones = Intl.supportedValuesOf('timeZone');
  return (zones.includes(current) ? zones : [current, ...zones]).map((zone) => ({ value: zone, label: zone }));
}

const toNumber = (text: string) => (text.trim() === '' ? null : Number(text));

export function SettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateSettings();
  const [agencyName, setAgencyName] = useState(settings.agencyName);
  const [timezone, setTimezone] = useState(settings.timezone);
  const [maxDaily, setMaxDaily] = useState(String(settings.maxDailyMinutes));
  const [grace, setGrace] = useState(String(settings.attributionGraceMinutes));
  const [hostTiers, setHostTiers] = useState(settings.hostTiers);
  const { fieldError: serverError, formError } = useFormErrors(update.error, ['agencyName', 'timezone', 'maxDailyMinutes', 'attributionGraceMinutes', 'hostTiers']);
  // The same bounds as server/shared/api/settings.ts, checked before asking.
  const checks = useFormChecks<'agencyName' | 'maxDailyMinutes' | 'attributionGraceMinutes' | 'hostTiers'>();
  const fieldError = (field: Parameters<typeof serverError>[0]) => checks.message(field) ?? serverError(field);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = firstProblems({
      agencyName: [required(agencyName), maxLength(agencyName, 100)],
      maxDailyMinutes: [required(maxDaily), wholeInRange(maxDaily, 1, 1440)],
      attributionGraceMinutes: [required(grace), wholeInRange(grace, 0, 1440)],
      hostTiers: [hostTiers.length === 0 ? { key: 'form.required' } : null],
    });
    if (!checks.passes(found)) return;
    const patch: SettingsPatch = {};
    if (agencyName.trim() !== settings.agencyName) patch.agencyName = agencyName.trim();
    if (timezone !== settings.timezone) patch.timezone = timezone;
    if (toNumber(maxDaily) !== settings.maxDailyMinutes) patch.maxDailyMinutes = toNumber(maxDaily);
    if (toNumber(grace) !== settings.attributionGraceMinutes) patch.attributionGraceMinutes = toNumber(grace);
    if (hostTiers.join('\n') !== settings.hostTiers.join('\n')) patch.hostTiers = hostTiers;
    if (Object.keys(patch).length === 0) return toast.show(t('settings.nothingChanged'), 'info');
    update.mutate(patch, { onSuccess: () => toast.show(t('settings.saved')) });
  }

  return (
    <form ref={checks.formRef} onSubmit={submit} noValidate className="space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      {formError && <Alert tone="error">{formError}</Alert>}
      <Field label={t('settings.fields.agencyName')} hint={t('settings.hints.agencyName')} error={fieldError('agencyName')}>
        {(c) => <Input {...c} disabled={!canEdit} maxLength={100} value={agencyName} onChange={(e) => { setAgencyName(e.target.value); checks.clear(['agencyName']); }} />}
      </Field>
      <Field label={t('settings.fields.timezone')} hint={t('settings.hints.timezone')} error={fieldError('timezone')}>
        {(c) => <Select {...c} disabled={!canEdit} options={timeZoneOptions(timezone)} value={timezone} onChange={(e) => setTimezone(e.target.value)} />}
      </Field>
      <Field label={t('settings.fields.maxDailyMinutes')} hint={t('settings.hints.maxDailyMinutes')} error={fieldError('maxDailyMinutes')}>
        {(c) => <Input {...c} disabled={!canEdit} type="number" inputMode="numeric" min={0} step={1} value={maxDaily} onChange={(e) => { setMaxDaily(e.target.value); checks.clear(['maxDailyMinutes']); }} />}
      </Field>
      <Field label={t('settings.fields.attributionGraceMinutes')} hint={t('settings.hints.attributionGraceMinutes')} error={fieldError('attributionGraceMinutes')}>
        {(c) => <Input {...c} disabled={!canEdit} type="number" inputMode="numeric" min={0} step={1} value={grace} onChange={(e) => { setGrace(e.target.value); checks.clear(['attributionGraceMinutes']); }} />}
      </Field>
      <Field label={t('settings.fields.hostTiers')} hint={t('settings.hints.hostTiers')} error={fieldError('hostTiers')}>
        {(c) => <TagInput {...c} disabled={!canEdit} values={hostTiers} onChange={(tiers) => { setHostTiers(tiers); checks.clear(['hostTiers']); }} errorAt={(i) => fieldErrors(update.error)[`hostTiers.${i}`]} />}
      </Field>
      {canEdit ? (
        <Button type="submit" variant="primary" pending={update.isPending}>
          {t('common.save')}
        </Button>
      ) : (
        <p className="text-sm text-slate-500">{t('settings.adminOnly')}</p>
      )}
    </form>
  );
}
