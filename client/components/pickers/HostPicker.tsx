import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { hostView } from '../../../server/shared/api/hosts';
import { pageOf } from '../../../server/shared/schemas';
import { apiPaths, withQuery } from '../../lib/paths';
import { useRosterLabels, type HostStatus } from '../../lib/roster-labels';
import { Combobox } from '../ui/Combobox';
import { usePickedItem, usePickerSearch, type PickerProps } from './picker-query';

const hostOption = hostView.pick({ id: true, stageName: true, legalName: true, status: true });
export type HostOption = z.infer<typeof hostOption>;

/**
 * Hosts that may be booked (SPEC 5): not suspended or terminated, and a prospect has no active contract yet (a
 * contract's activation is what makes a host active); trial hosts are booked without one.
 */
export const BOOKABLE_HOST_STATUSES: readonly HostStatus[] = ['trial', 'active'];

/**
 * A host, found by typing part of the stage name, the legal name, or an account's handle or identifier (the
 * roster's own search). `statuses` narrows what may be chosen, e.g. BOOKABLE_HOST_STATUSES in a booking form.
 */
export function HostPicker({ value, onChange, statuses, ...rest }: PickerProps<HostOption> & { statuses?: readonly HostStatus[] }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const statusList = statuses?.join(',');
  const search = usePickerSearch(['hosts', statusList ?? 'any'], (q) => withQuery(apiPaths.hosts, { q, statuses: statusList, pageSize: 20 }), pageOf(hostOption));
  const picked = usePickedItem(value, ['hosts'], (id) => apiPaths.host(id), hostOption);
  return (
    <Combobox<HostOption>
      {...rest}
      placeholder={rest.placeholder ?? t('pickers.hostPlaceholder')}
      items={search.items}
      loading={search.loading}
      selectedItem={picked.item}
      onInputChange={search.setText}
      onSelect={(host) => { picked.remember(host); onChange(host?.id ?? null, host); }}
      itemKey={(h) => h.id}
      itemLabel={(h) => h.stageName}
      itemDetail={(h) => `${h.legalName} · ${label.hostStatus(h.status)}`}
    />
  );
}
