import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { Table, type Column } from '../../../components/ui/Table';
import type { Room } from '../api';
import { RoomArchiveDialog } from './RoomArchiveDialog';
import { RoomFeedActions } from './RoomFeedActions';
import { RoomFormDialog } from './RoomFormDialog';

type Action = { kind: 'edit' | 'archive'; room: Room };

export function RoomTable({ rooms, canWrite }: { rooms: Room[]; canWrite: boolean }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const close = () => setAction(null);

  const columns: Column<Room>[] = [
    { key: 'name', header: t('rooms.fields.name'), cell: (r) => <span className="font-medium">{r.name}</span> },
    { key: 'location', header: t('rooms.fields.location'), cell: (r) => r.location || '—' },
    { key: 'buffer', header: t('rooms.fields.bufferMinutes'), cell: (r) => t('rooms.bufferValue', { minutes: r.bufferMinutes }) },
    {
      key: 'status',
      header: t('rooms.fields.status'),
      cell: (r) => <Badge tone={r.active ? 'green' : 'neutral'}>{r.active ? t('rooms.status.active') : t('rooms.status.archived')}</Badge>,
    },
    { key: 'feed', header: t('rooms.feed'), cell: (r) => <RoomFeedActions room={r} canRotate={canWrite} /> },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (r) => (
        <div className="flex gap-1.5">
          <Button size="sm" aria-label={t('rooms.editRoom', { name: r.name })} onClick={() => setAction({ kind: 'edit', room: r })}>
            {t('common.edit')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className={r.active ? 'text-red-700' : undefined}
            aria-label={t(r.active ? 'rooms.archiveRoom' : 'rooms.restoreRoom', { name: r.name })}
            onClick={() => setAction({ kind: 'archive', room: r })}
          >
            {r.active ? t('rooms.archive') : t('rooms.restore')}
          </Button>
        </div>
      ),
    });
  }

  return (
    <>
      <Table caption={t('rooms.title')} columns={columns} rows={rooms} rowKey={(r) => r.id} emptyMessage={t('rooms.empty')} />
      <RoomFormDialog open={action?.kind === 'edit'} room={action?.kind === 'edit' ? action.room : null} onClose={close} />
      <RoomArchiveDialog room={action?.kind === 'archive' ? action.room : null} onClose={close} />
    </>
  );
}
