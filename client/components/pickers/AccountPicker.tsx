import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { accountView } from '../../../server/shared/api/accounts';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';
import { useRosterLabels, type Platform } from '../../lib/roster-labels';
import { Combobox } from '../ui/Combobox';
import type { PickerProps } from './picker-query';

const accountOption = accountView.pick({ id: true, hostId: true, platform: true, identifiers: true, handle: true, archived: true });
export type AccountOption = z.infer<typeof accountOption>;

/**
 * One of a host's platform accounts (a host has a handful: filtered here), by handle or identifier. Archived
 * accounts are never offered; `platform` narrows to one platform (an order's account must be on the order's).
 */
export function AccountPicker({ value, onChange, hostId, platform, ...rest }: PickerProps<AccountOption> & { hostId: number | null; platform?: Platform }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const [text, setText] = useState('');
  const accounts = useQuery({
    queryKey: ['hosts', 'accounts', String(hostId), 'picker'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hostAccounts(hostId ?? 0), { archived: 'exclude', pageSize: MAX_PAGE_SIZE }), { schema: pageOf(accountOption), signal }),
    enabled: hostId !== null,
  });
  const all = (accounts.data?.items ?? []).filter((a) => !a.archived && (!platform || a.platform === platform));
  const needle = text.trim().toLowerCase();
  const items = all.filter((a) => needle === '' || [a.handle ?? '', ...a.identifiers].some((s) => s.toLowerCase().includes(needle)));
  const name = (a: AccountOption) => a.handle ?? a.identifiers[0] ?? `#${a.id}`;
  return (
    <Combobox<AccountOption>
      {...rest}
      disabled={rest.disabled || hostId === null}
      placeholder={rest.placeholder ?? t('pickers.accountPlaceholder')}
      items={items}
      loading={accounts.isFetching}
      selectedItem={all.find((a) => a.id === value) ?? null}
      onInputChange={setText}
      onSelect={(account) => onChange(account?.id ?? null, account)}
      itemKey={(a) => a.id}
      itemLabel={(a) => `${name(a)} (${label.platform(a.platform)})`}
      itemDetail={(a) => a.identifiers.join(', ')}
    />
  );
}
