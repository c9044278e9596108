import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { useTimeZone } from '../../../lib/time-zone';
import type { SeriesRefusal } from '../series-errors';
import { useConflictLine } from './conflict-line';

/** The occurrences the server refused, each with its reason: the conflicting session and rule, or the rule broken. */
export function SeriesRefusalList({ refusals }: { refusals: SeriesRefusal[] }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const line = useConflictLine(timeZone);
  if (refusals.length === 0) return null;
  const reason = (r: SeriesRefusal) => [...r.conflicts.map(line), ...r.messages].join('；') || r.code;
  return (
    <Alert tone="error" title={t(refusals.every((r) => r.code === 'schedule_conflict') ? 'schedule.series.conflictsTitle' : 'schedule.series.refused')}>
      <ul className="list-disc pl-5" data-testid="series-refusals">
        {refusals.map((r) => <li key={r.localDate}>{t('schedule.series.refusedLine', { date: r.localDate, reason: reason(r) })}</li>)}
      </ul>
    </Alert>
  );
}
