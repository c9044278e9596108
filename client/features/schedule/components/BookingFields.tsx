import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { AccountPicker } from '../../../components/pickers/AccountPicker';
import { BOOKABLE_HOST_STATUSES, HostPicker } from '../../../components/pickers/HostPicker';
import { RoomPicker } from '../../../components/pickers/RoomPicker';
import { useAccountsOf } from '../lookups-api';
import { hostRow, type Draft, type DraftProblems } from '../session-draft';
import { CrewEditor } from './CrewEditor';
import { HostSharesEditor } from './HostSharesEditor';

type BookingFieldsProps = {
  draft: Draft;
  problems: DraftProblems;
  set: (patch: Partial<Draft>) => void;
};

/** Who streams where: the account (host first, then one of their accounts), the room, hosts and crew. */
export function BookingFields({ draft, problems, set }: BookingFieldsProps) {
  const { t } = useTranslation();
  const accountHostId = draft.accountHostId ? Number(draft.accountHostId) : null;
  const accounts = useAccountsOf(accountHostId);
  const usable = (accounts.data ?? []).filter((a) => !a.archived);
  const onlyAccount = usable.length === 1 ? usable[0] : undefined;

  // One account is the common case: pick it rather than make the user.
  useEffect(() => {
    if (!draft.accountId && onlyAccount) set({ accountId: String(onlyAccount.id) });
  }, [draft.accountId, onlyAccount, set]);

  function chooseHost(value: string) {
    // The account's host usually streams on it: a booking without hosts gets them as main host.
    set({ accountHostId: value, accountId: '', ...(draft.hosts.length === 0 && value ? { hosts: [hostRow(value, true)] } : {}) });
  }

  const shareProblems = problems.shares.map((p) => t(`schedule.shares.${p.code}`, { total: p.total }));
  const idOf = (value: string) => (value ? Number(value) : null);

  // Searchable pickers (type part of a stage name, handle or room): only hosts that may be booked are offered.
  // No account is said at the host while none is chosen (the account picker waits for one), else at the account.
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('schedule.fields.hostForAccount')} error={problems.account && accountHostId === null ? t('schedule.chooseHost') : undefined}>
          {(c) => <HostPicker {...c} statuses={BOOKABLE_HOST_STATUSES} placeholder={t('schedule.chooseHost')} value={accountHostId} onChange={(id) => chooseHost(id === null ? '' : String(id))} />}
        </Field>
        <Field label={t('schedule.fields.account')} hint={accountHostId && accounts.isSuccess && usable.length === 0 ? t('schedule.noAccounts') : undefined}
          error={problems.account && accountHostId !== null ? t('schedule.chooseAccount') : undefined}>
          {(c) => <AccountPicker {...c} hostId={accountHostId} placeholder={t('schedule.chooseAccount')} value={idOf(draft.accountId)} onChange={(id) => set({ accountId: id === null ? '' : String(id) })} />}
        </Field>
        <Field label={t('schedule.fields.room')} hint={draft.roomId ? undefined : t('schedule.outdoorOption')}>
          {(c) => <RoomPicker {...c} activeOnly placeholder={t('schedule.outdoorOption')} value={idOf(draft.roomId)} onChange={(id) => set({ roomId: id === null ? '' : String(id) })} />}
        </Field>
      </div>
      <HostSharesEditor rows={draft.hosts} problems={shareProblems} onChange={(rows) => set({ hosts: rows })} />
      <CrewEditor rows={draft.crew} invalid={problems.crew === true} onChange={(rows) => set({ crew: rows })} />
    </>
  );
}
