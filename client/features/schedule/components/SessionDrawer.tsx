import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { DetailList } from '../../../components/ui/DetailList';
import { Dialog } from '../../../components/ui/Dialog';
import { useStaffDirectory } from '../../../lib/staff';
import { formatRate } from '../../../lib/units';
import { useTimeZone } from '../../../lib/time-zone';
import type { Session } from '../api';
import { useAccount } from '../lookups-api';
import { statusTone } from '../status-style';
import { timeRange } from '../time';
import { HostFeedButton } from './HostFeedButton';
import { SessionResultsForm } from './SessionResultsForm';
import { SessionStatusActions } from './SessionStatusActions';
import { useJoinList } from '../../../lib/list-format';

type SessionDrawerProps = {
  session: Session | null;
  hostName: (id: number) => string;
  roomName: (id: number | null) => string;
  canEdit: boolean;
  onEdit: (session: Session, accountHostId: number | null) => void;
  onClose: () => void;
};

/** One session: who, where, when, its status moves, its results, and each host's calendar feed. */
export function SessionDrawer({ session, hostName, roomName, canEdit, onEdit, onClose }: SessionDrawerProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={session !== null} onClose={onClose} title={session ? `${t('schedule.drawer.title', { id: session.id })} ${session.title}` : ''} wide>
      {session && <DrawerBody session={session} hostName={hostName} roomName={roomName} canEdit={canEdit} onEdit={onEdit} />}
    </Dialog>
  );
}

function DrawerBody({ session, hostName, roomName, canEdit, onEdit }: Omit<SessionDrawerProps, 'session' | 'onClose'> & { session: Session }) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const timeZone = useTimeZone();
  const account = useAccount(session.accountId);
  const staff = useStaffDirectory();
  const hosts = (
    <ul className="space-y-1">
      {session.hosts.map((h) => (
        <li key={h.hostId} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{hostName(h.hostId)}</span>
          <span className="text-slate-500">{t(`schedule.role.${h.role}`)} · {formatRate(h.shareBp)}</span>
          <HostFeedButton hostId={h.hostId} name={hostName(h.hostId)} />
        </li>
      ))}
    </ul>
  );
  const crew = session.crew.length === 0 ? t('schedule.drawer.none') : joinList(session.crew.map((c) => `${staff.find(c.userId)?.name ?? `#${c.userId}`} ${c.duty}`));
  const accountText = account.data ? `${t(`roster.platforms.${account.data.platform}`)} · ${account.data.handle ?? account.data.identifiers[0] ?? ''}` : `#${session.accountId}`;

  return (
    <div className="space-y-5">
      <DetailList
        rows={[
          [t('schedule.drawer.status'), <Badge key="s" tone={statusTone[session.status]}>{t(`schedule.status.${session.status}`)}</Badge>],
          [t('schedule.drawer.time'), timeRange(session.startsAt, session.endsAt, timeZone, true)],
          [t('schedule.drawer.room'), roomName(session.roomId)],
          [t('schedule.drawer.account'), accountText],
          [t('schedule.drawer.hosts'), hosts],
          [t('schedule.drawer.crew'), crew],
          [t('schedule.drawer.notes'), session.notes || '—'],
        ]}
      />
      {canEdit && <SessionStatusActions session={session} onEdit={() => onEdit(session, account.data?.hostId ?? null)} />}
      {canEdit && session.status !== 'cancelled' && <SessionResultsForm session={session} />}
    </div>
  );
}
