import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { useErrorMessage } from '../../../lib/error-message';
import { can } from '../../../lib/permissions';
import { useViewer } from '../../../lib/viewer';
import { useRevealHostField, type SensitiveField } from '../api';

type SensitiveValueProps = { hostId: number; field: SensitiveField; masked: string | null };

/**
 * A sensitive value as the API gives it, masked. Admin and finance may reveal it, one field at a time;
 * the server records each reveal in the audit log, and the clear value lives only in this component.
 */
export function SensitiveValue({ hostId, field, masked }: SensitiveValueProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const errorMessage = useErrorMessage();
  const reveal = useRevealHostField(hostId);
  const [shown, setShown] = useState<string | null | undefined>(undefined);
  const label = t(`hosts.fields.${field}`);

  if (masked === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={shown === undefined ? 'font-mono' : 'rounded bg-amber-50 px-1 font-mono ring-1 ring-amber-200'}>{shown === undefined ? masked : (shown ?? '—')}</span>
      {can(viewer?.role, 'hosts.reveal') &&
        (shown === undefined ? (
          <Button size="sm" variant="ghost" pending={reveal.isPending} aria-label={t('hosts.revealField', { field: label })} onClick={() => reveal.mutate(field, { onSuccess: (r) => setShown(r.value) })}>
            {t('hosts.reveal')}
          </Button>
        ) : (
          <Button size="sm" variant="ghost" aria-label={t('hosts.hideField', { field: label })} onClick={() => setShown(undefined)}>
            {t('hosts.hide')}
          </Button>
        ))}
      {reveal.isError && <span role="alert" className="text-xs text-red-600">{errorMessage(reveal.error)}</span>}
    </span>
  );
}
