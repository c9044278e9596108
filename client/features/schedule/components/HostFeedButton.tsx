import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { useToast } from '../../../components/ui/Toast';
import { copyText } from '../../../lib/clipboard';
import { useErrorMessage } from '../../../lib/error-message';
import { fetchHostFeed } from '../lookups-api';

/** Copies the host's calendar feed URL, for the host to subscribe to on a phone. */
export function HostFeedButton({ hostId, name }: { hostId: number; name: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();

  async function copy() {
    try {
      const url = `${location.origin}${(await fetchHostFeed(hostId)).path}`;
      toast.show((await copyText(url)) ? `${t('common.copied')}: ${url}` : `${t('common.copyFailed')}: ${url}`, 'info');
    } catch (error) {
      toast.show(errorMessage(error), 'error');
    }
  }

  return (
    <Button size="sm" variant="ghost" onClick={() => void copy()}>
      {t('schedule.drawer.copyHostFeed', { name })}
    </Button>
  );
}
