import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { useTimeZone } from '../../../lib/time-zone';
import type { ScheduleHost } from '../lookups-api';
import type { SeriesRefusal } from '../series-errors';
import { timeRange } from '../time';

/** The occurrences the server refused, each with its reason: the conflicting session and rule, or the rule broken. */
export function SeriesRefusalList({ refusals, hosts }: { refusals: SeriesRefusal[]; hosts: ScheduleHost[] }) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  if (refusals.length === 0) return null;
  const hostName = (id: number) => hosts.find((h) => h.id === id)?.stageName ?? `#${id}`;
  const reason = (r: SeriesRefusal) => {
    const conflicts = r.conflicts.map((c) => {
      const [from = '', to = ''] = timeRange(c.startsAt, c.endsAt, timeZone, true).split(' – ');
      const session = c.sessionId === null ? t('schedule.conflict.unsaved') : `#${c.sessionId}`;
      const names = c.hostIds?.length ? t('schedule.conflict.hosts', { names: c.hostIds.map(hostName).join('、') }) : '';
      return t('schedule.conflict.line', { rule: t(`schedule.rule.${c.rule}`), session, from, to }) + names;
    });
    return [...conflicts, ...r.messages].join('；') || r.code;
  };
  return (
    <Alert tone="error" title={t('schedule.series.refused')}>
      <ul className="list-disc pl-5" data-testid="series-refusals">
        {refusals.map((r) => <li key={r.localDate}>{t('schedule.series.refusedLine', { date: r.localDate, reason: reason(r) })}</li>)}
      </ul>
    </Alert>
  );
}
