import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import { formatMoney } from '../../../lib/format';
import { useRosterLabels } from '../../../lib/roster-labels';
import type { UnmatchedGroup } from '../api';
import { AssignGroupForm } from './AssignGroupForm';

export type GroupToAssign = Pick<UnmatchedGroup, 'platform' | 'identifier' | 'identifiers'> & Partial<Pick<UnmatchedGroup, 'orders' | 'gmvFen'>>;

/** From the unmatched queue or an order: the identifier goes to a host's account on its platform, or to a new one. */
export function AssignGroupDialog({ group, onClose }: { group: GroupToAssign | null; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const description = group
    ? [
        t('orders.assign.groupDescription', { platform: label.platform(group.platform), identifier: group.identifier }),
        group.orders !== undefined && group.gmvFen !== undefined ? t('orders.assign.groupWaiting', { count: group.orders, gmv: formatMoney(group.gmvFen) }) : '',
      ].filter(Boolean).join(' ')
    : undefined;
  return (
    <Dialog open={group !== null} onClose={onClose} title={t('orders.assign.title')} description={description}>
      {group && <AssignGroupForm group={group} onDone={onClose} />}
    </Dialog>
  );
}
