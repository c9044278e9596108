import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../conflicts';
import { timeRange } from '../time';
import { useJoinList } from '../../../lib/list-format';

/**
 * One conflict in a sentence a scheduler acts on: the rule, who is double-booked, and the other session by
 * its title, room and time ("主播冲突：小美 已排「双十二预热」（一号直播间，2026-12-14 19:30 – 23:30）").
 */
export function useConflictLine(timeZone: string): (c: ConflictView) => string {
  const { t } = useTranslation();
  const joinList = useJoinList();
  return (c) => {
    const what = c.title
      ? t('schedule.conflict.titled', { title: c.title })
      : c.sessionId === null ? t('schedule.conflict.unsaved') : t('schedule.conflict.numbered', { id: c.sessionId });
    const where = [c.roomName ?? '', timeRange(c.startsAt, c.endsAt, timeZone, true), c.bufferMinutes ? t('schedule.conflict.buffer', { minutes: c.bufferMinutes }) : '']
      .filter(Boolean).join(t('schedule.conflict.separator'));
    const shared = (c.hostIds ?? []).map((id) => c.hosts.find((h) => h.hostId === id)?.stageName ?? `#${id}`);
    const rule = t(`schedule.rule.${c.rule}`);
    return shared.length > 0
      ? t('schedule.conflict.lineWho', { rule, names: joinList(shared), what, where })
      : t('schedule.conflict.line', { rule, what, where });
  };
}
