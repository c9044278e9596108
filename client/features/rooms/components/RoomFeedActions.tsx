import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { copyText } from '../../../lib/clipboard';
import { useErrorMessage } from '../../../lib/error-message';
import { feedUrl, fetchRoomFeed, useRotateRoomFeed, type Room } from '../api';

/** Copy the room's feed URL (shown too, for a manual copy), or rotate it after a confirmation. */
export function RoomFeedActions({ room, canRotate }: { room: Room; canRotate: boolean }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const rotate = useRotateRoomFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function show(path: string) {
    const absolute = feedUrl(path);
    setUrl(absolute);
    toast.show((await copyText(absolute)) ? t('common.copied') : t('common.copyFailed'), 'info');
  }

  function copy() {
    fetchRoomFeed(room.id).then((feed) => show(feed.path), (error: unknown) => toast.show(errorMessage(error), 'error'));
  }

  return (
    <div className="space-y-1.5">
      <div className="flex gap-1.5">
        <Button size="sm" aria-label={t('rooms.copyFeedOf', { name: room.name })} onClick={copy}>
          {t('rooms.copyFeed')}
        </Button>
        {canRotate && (
          <Button size="sm" variant="ghost" aria-label={t('rooms.rotateFeedOf', { name: room.name })} onClick={() => setConfirming(true)}>
            {t('rooms.rotateFeed')}
          </Button>
        )}
      </div>
      {url && <input readOnly aria-label={t('rooms.feed')} value={url} onFocus={(e) => e.target.select()} className="w-72 rounded border border-slate-200 bg-slate-50 px-2 py-1 font-mono text-xs" />}
      <ConfirmDialog
        open={confirming}
        title={t('rooms.rotateTitle')}
        message={t('rooms.rotateMessage', { name: room.name })}
        confirmLabel={t('rooms.rotateFeed')}
        pending={rotate.isPending}
        error={rotate.error ? errorMessage(rotate.error) : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          rotate.mutate(room.id, {
            onSuccess: (feed) => {
              setConfirming(false);
              toast.show(t('rooms.rotated'));
              void show(feed.path);
            },
          })
        }
      />
    </div>
  );
}
