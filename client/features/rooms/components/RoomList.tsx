import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useRooms } from '../api';
import { RoomFormDialog } from './RoomFormDialog';
import { RoomTable } from './RoomTable';

/** The studios: create, rename, set the changeover buffer, archive, and hand out calendar feed URLs. */
export function RoomList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const rooms = useRooms(showArchived ? {} : { active: true });
  const [creating, setCreating] = useState(false);

  return (
    <section>
      <PageHeader
        title={t('rooms.title')}
        description={t('rooms.description')}
        actions={canWrite && <Button variant="primary" onClick={() => setCreating(true)}>{t('rooms.new')}</Button>}
      />
      <Checkbox className="mb-3 flex items-center gap-2 text-sm text-slate-700" label={t('rooms.showArchived')} checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
      {rooms.isPending ? (
        <Spinner />
      ) : rooms.isError ? (
        <ErrorAlert error={rooms.error} onRetry={() => void rooms.refetch()} />
      ) : (
        <RoomTable rooms={rooms.data.items} canWrite={canWrite} />
      )}
      <RoomFormDialog open={creating} room={null} onClose={() => setCreating(false)} />
    </section>
  );
}
