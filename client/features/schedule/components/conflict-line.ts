import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../conflicts';
import { timeRange } from '../time';
import { useJoinList } from '../../../lib/list-format';

/** One conflict in a sentence: the rule, the other session and its time, the hosts or buffer involved. */
export function useConflictLine(hostName: (id: number) => string, timeZone: string): (c: ConflictView) => string {
  const { t } = useTranslation();
  const joinList = useJoinList();
  return (c) => {
    const [from = '', to = ''] = timeRange(c.startsAt, c.endsAt, timeZone, true).split(' – ');
    const session = c.sessionId === null ? t('schedule.conflict.unsaved') : `#${c.sessionId}`;
    const hosts = c.hostIds?.length ? t('schedule.conflict.hosts', { names: joinList(c.hostIds.map(hostName)) }) : '';
    const buffer = c.bufferMinutes ? t('schedule.conflict.buffer', { minutes: c.bufferMinutes }) : '';
    return t('schedule.conflict.line', { rule: t(`schedule.rule.${c.rule}`), session, from, to }) + hosts + buffer;
  };
}
