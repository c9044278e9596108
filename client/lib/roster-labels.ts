import { useTranslation } from 'react-i18next';
import { contractStatuses, type ContractStatus } from '../../server/domain/contracts';
import { dealStatuses, type DealStatus } from '../../server/domain/deals';
import { hostStatuses, type HostStatus } from '../../server/domain/host-status';
import { categories, platforms, type Category, type Platform } from '../../server/domain/roster';
import type { BadgeTone } from '../components/ui/Badge';

// The roster's fixed vocabularies (server/domain), named in the UI language. Shared by every roster feature.

export { categories, contractStatuses, dealStatuses, hostStatuses, platforms };
export type { Category, ContractStatus, DealStatus, HostStatus, Platform };

export function useRosterLabels() {
  const { t } = useTranslation();
  return {
    category: (c: Category) => t(`roster.categories.${c}`),
    platform: (p: Platform) => t(`roster.platforms.${p}`),
    hostStatus: (s: HostStatus) => t(`roster.hostStatus.${s}`),
    contractStatus: (s: ContractStatus) => t(`roster.contractStatus.${s}`),
    dealStatus: (s: DealStatus) => t(`roster.dealStatus.${s}`),
  };
}

export function useRosterOptions() {
  const label = useRosterLabels();
  return {
    categories: categories.map((value) => ({ value, label: label.category(value) })),
    platforms: platforms.map((value) => ({ value, label: label.platform(value) })),
    hostStatuses: hostStatuses.map((value) => ({ value, label: label.hostStatus(value) })),
    contractStatuses: contractStatuses.map((value) => ({ value, label: label.contractStatus(value) })),
    dealStatuses: dealStatuses.map((value) => ({ value, label: label.dealStatus(value) })),
  };
}

export const hostStatusTone: Record<HostStatus, BadgeTone> = {
  prospect: 'neutral', trial: 'blue', active: 'green', suspended: 'amber', terminated: 'red',
};

export const contractStatusTone: Record<ContractStatus, BadgeTone> = {
  draft: 'neutral', active: 'green', terminated: 'red', expired: 'amber',
};

export const dealStatusTone: Record<DealStatus, BadgeTone> = {
  proposed: 'neutral', confirmed: 'blue', invoiced: 'violet', paid: 'green', cancelled: 'red',
};
