import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useSaveRoom, type Room } from '../api';

/** Archiving (active: false) keeps the room's history; restoring needs no confirmation beyond this one. */
export function RoomArchiveDialog({ room, onClose }: { room: Room | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const save = useSaveRoom();
  const archiving = room?.active ?? true;

  function close() {
    save.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={room !== null}
      title={archiving ? t('rooms.archiveTitle') : t('rooms.restoreRoom', { name: room?.name ?? '' })}
      message={archiving ? t('rooms.archiveMessage', { name: room?.name ?? '' }) : t('rooms.restoreRoom', { name: room?.name ?? '' })}
      confirmLabel={archiving ? t('rooms.archive') : t('rooms.restore')}
      pending={save.isPending}
      error={save.error ? errorMessage(save.error) : undefined}
      onCancel={close}
      onConfirm={() => {
        if (!room) return;
        save.mutate(
          { id: room.id, active: !room.active },
          {
            onSuccess: () => {
              toast.show(t(archiving ? 'rooms.archived' : 'rooms.restored', { name: room.name }));
              close();
            },
          },
        );
      }}
    />
  );
}
