import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import type { ConflictView } from '../conflicts';
import { timeRange } from '../time';

type ConflictListProps = { conflicts: ConflictView[]; title: string; tone: 'warning' | 'error'; hostName: (id: number) => string; timeZone: string };

/** Every conflict: which rule, which other session, and when that session runs (SPEC 5). */
export function ConflictList({ conflicts, title, tone, hostName, timeZone }: ConflictListProps) {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <Alert tone={tone} title={title}>
      <ul className="list-disc space-y-0.5 pl-5" data-testid={`conflicts-${tone}`}>
        {conflicts.map((c, i) => {
          const [from = '', to = ''] = timeRange(c.startsAt, c.endsAt, timeZone, true).split(' – ');
          return (
            <li key={`${c.rule}-${c.sessionId ?? i}`}>
              {t('schedule.conflict.line', { rule: t(`schedule.rule.${c.rule}`), session: c.sessionId === null ? t('schedule.conflict.unsaved') : `#${c.sessionId}`, from, to })}
              {c.hostIds && c.hostIds.length > 0 && t('schedule.conflict.hosts', { names: c.hostIds.map(hostName).join('、') })}
              {c.bufferMinutes ? t('schedule.conflict.buffer', { minutes: c.bufferMinutes }) : null}
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}
