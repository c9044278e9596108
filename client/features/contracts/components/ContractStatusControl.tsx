import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractTransitions } from '../../../../server/domain/contracts';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import { useToast } from '../../../components/ui/Toast';
import { fieldErrors } from '../../../lib/api';
import { useErrorMessage } from '../../../lib/error-message';
import { useRosterLabels, type ContractStatus } from '../../../lib/roster-labels';
import { useUpdateContract, type Contract } from '../api';

/** Moves a contract on, offering only the next statuses the domain allows (draft -> active, ...). */
export function ContractStatusControl({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const label = useRosterLabels();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateContract(contract.id);
  const [status, setStatus] = useState<ContractStatus>(contract.status);
  const next = contractTransitions[contract.status];
  if (next.length === 0) return <>{label.contractStatus(contract.status)}</>;
  const error = update.error ? (fieldErrors(update.error).status ?? fieldErrors(update.error).startDate ?? errorMessage(update.error)) : null;

  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-40">
        <Select
          aria-label={t('contracts.fields.status')}
          options={[contract.status, ...next].map((s) => ({ value: s, label: label.contractStatus(s) }))}
          value={status}
          onChange={(e) => setStatus(e.target.value as ContractStatus)}
        />
      </div>
      <Button size="sm" disabled={status === contract.status} pending={update.isPending} onClick={() => update.mutate({ status }, { onSuccess: () => toast.show(t('contracts.statusChanged')) })}>
        {t('contracts.changeStatus')}
      </Button>
      {error && <span role="alert" className="text-sm text-red-600">{error}</span>}
    </div>
  );
}
