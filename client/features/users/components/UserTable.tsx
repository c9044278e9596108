import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Table, type Column } from '../../../components/ui/Table';
import { useRoleLabel } from '../../../lib/role-label';
import { useFormatInstant } from '../../../lib/time-zone';
import type { User } from '../api';
import { UserDeactivateDialog } from './UserDeactivateDialog';
import { UserEditDialog } from './UserEditDialog';
import { UserPasswordDialog } from './UserPasswordDialog';
import { UserRowActions, type UserAction } from './UserRowActions';

/** The users of one page, and the one dialog a row's action opened. */
export function UserTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const formatInstant = useFormatInstant();
  const [action, setAction] = useState<{ kind: UserAction; user: User } | null>(null);
  const close = () => setAction(null);

  const columns: Column<User>[] = [
    { key: 'email', header: t('users.fields.email'), cell: (u) => <span className="font-medium">{u.email}</span> },
    { key: 'name', header: t('users.fields.name'), cell: (u) => u.name },
    { key: 'role', header: t('users.fields.role'), cell: (u) => <Badge tone={u.role === 'admin' ? 'violet' : 'blue'}>{roleLabel(u.role)}</Badge> },
    {
      key: 'status',
      header: t('users.fields.status'),
      cell: (u) => <Badge tone={u.active ? 'green' : 'neutral'}>{u.active ? t('users.status.active') : t('users.status.inactive')}</Badge>,
    },
    { key: 'createdAt', header: t('users.fields.createdAt'), cell: (u) => formatInstant(u.createdAt), className: 'whitespace-nowrap' },
    { key: 'actions', header: t('common.actions'), cell: (u) => <UserRowActions user={u} onAction={(kind) => setAction({ kind, user: u })} /> },
  ];

  return (
    <>
      <Table caption={t('users.title')} columns={columns} rows={users} rowKey={(u) => u.id} emptyMessage={t('users.empty')} />
      <UserEditDialog user={action?.kind === 'edit' ? action.user : null} onClose={close} />
      <UserPasswordDialog user={action?.kind === 'password' ? action.user : null} onClose={close} />
      <UserDeactivateDialog user={action?.kind === 'deactivate' ? action.user : null} onClose={close} />
    </>
  );
}
