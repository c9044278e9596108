import type { Conflict } from '../../domain/schedule';
import { text, type Text } from '../../domain/text';
import type { BookingStatements } from './booking-statements';

// A 409 schedule_conflict names the other session as a scheduler knows it: its title, its room and its
// hosts by stage name, besides its id and interval (SPEC section 5 lists the rule, the session and the
// interval; the rest is what a person needs to act on the refusal without looking the id up).

export type SessionSketch = { title: string; roomId: number | null; roomName: string | null; hosts: { hostId: number; stageName: string }[] };

const ruleWords = {
  host: { en: 'Host', zh: '主播' },
  crew: { en: 'Crew', zh: '工作人员' },
  account: { en: 'Account', zh: '平台账号' },
  room: { en: 'Room', zh: '直播间' },
} as const;

/** 'Host conflict: 小美 is booked for “双十二预热” (一号直播间, 2026-12-14 10:00–12:00)' in either language. */
export function conflictMessage(c: Conflict, other: SessionSketch | undefined, range: string): Text {
  const words = ruleWords[c.rule];
  const title = other?.title || null;
  const room = other?.roomName ?? null;
  const names = (c.rule === 'host' ? c.hostIds : []).map((id) => other?.hosts.find((h) => h.hostId === id)?.stageName ?? `#${id}`);
  const enWhat = title ? `“${title}”` : `session ${c.sessionId ?? '(new)'}`;
  const zhWhat = title ? `「${title}」` : `场次 ${c.sessionId ?? '（新）'}`;
  const enWhere = [room, range].filter(Boolean).join(', ');
  const zhWhere = [room, range].filter(Boolean).join('，');
  const buffer = c.rule === 'room' && c.bufferMinutes > 0 ? { en: ` + ${c.bufferMinutes} min changeover`, zh: `，含换场 ${c.bufferMinutes} 分钟` } : { en: '', zh: '' };
  return text(
    `${words.en} conflict: ${names.length ? `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} booked for ` : 'with '}${enWhat} (${enWhere}${buffer.en})`,
    `${words.zh}冲突：${names.length ? `${names.join('、')} 已排` : '与'}${zhWhat}（${zhWhere}${buffer.zh}）`,
  );
}

/** The 409 details: each conflict with the other session's interval in the agency offset, and its sketch. */
export function conflictDetails(conflicts: readonly Conflict[], statements: BookingStatements, format: (d: Date) => string) {
  const sketches = new Map<number, SessionSketch | undefined>();
  const sketchOf = (id: number | null) => {
    if (id === null) return undefined;
    if (!sketches.has(id)) sketches.set(id, statements.sketch(id));
    return sketches.get(id);
  };
  return conflicts.map((c) => {
    const other = sketchOf(c.sessionId);
    const startsAt = format(c.startsAt);
    const endsAt = format(c.endsAt);
    const range = `${startsAt.slice(0, 10)} ${startsAt.slice(11, 16)}–${endsAt.slice(0, 10) === startsAt.slice(0, 10) ? '' : `${endsAt.slice(0, 10)} `}${endsAt.slice(11, 16)}`;
    return {
      ...c, startsAt, endsAt,
      title: other?.title ?? '', roomId: c.rule === 'room' ? c.roomId : other?.roomId ?? null, roomName: other?.roomName ?? null, hosts: other?.hosts ?? [],
      message: conflictMessage(c, other, range),
    };
  });
}
