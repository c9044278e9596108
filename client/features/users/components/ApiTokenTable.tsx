import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { Table, type Column } from '../../../components/ui/Table';
import { useFormatInstant } from '../../../lib/time-zone';
import type { User } from '../api';
import type { ApiToken } from '../tokens-api';
import { ApiTokenRevokeDialog } from './ApiTokenRevokeDialog';

export function ApiTokenTable({ tokens, users }: { tokens: ApiToken[]; users: User[] }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const emailOf = (token: ApiToken) => token.userEmail ?? users.find((u) => String(u.id) === String(token.userId))?.email ?? String(token.userId);

  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('tokens.fields.name'), cell: (tk) => <span className="font-medium">{tk.name}</span> },
    { key: 'user', header: t('tokens.fields.user'), cell: emailOf },
    { key: 'createdAt', header: t('tokens.fields.createdAt'), cell: (tk) => formatInstant(tk.createdAt), className: 'whitespace-nowrap' },
    {
      key: 'lastUsedAt',
      header: t('tokens.fields.lastUsedAt'),
      cell: (tk) => (tk.lastUsedAt ? formatInstant(tk.lastUsedAt) : t('tokens.neverUsed')),
      className: 'whitespace-nowrap',
    },
    {
      key: 'status',
      header: t('tokens.fields.status'),
      cell: (tk) =>
        tk.revokedAt ? <Badge tone="neutral">{t('tokens.revokedAt', { at: formatInstant(tk.revokedAt) })}</Badge> : <Badge tone="green">{t('tokens.active')}</Badge>,
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (tk) =>
        tk.revokedAt ? null : (
          <Button size="sm" variant="ghost" className="text-red-700" aria-label={t('tokens.revokeToken', { name: tk.name })} onClick={() => setRevoking(tk)}>
            {t('tokens.revoke')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <Table caption={t('tokens.title')} columns={columns} rows={tokens} rowKey={(tk) => tk.id} emptyMessage={t('tokens.empty')} />
      <ApiTokenRevokeDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
