import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/ui/Field';
import { Select } from '../../../components/ui/Select';
import { useAccountsOf, type ScheduleHost, type ScheduleRoom } from '../lookups-api';
import { hostRow, type Draft, type DraftProblems } from '../session-draft';
import { CrewEditor } from './CrewEditor';
import { HostSharesEditor } from './HostSharesEditor';

type BookingFieldsProps = {
  draft: Draft;
  problems: DraftProblems;
  hosts: ScheduleHost[];
  rooms: ScheduleRoom[];
  set: (patch: Partial<Draft>) => void;
};

/** Who streams where: the account (host first, then one of their accounts), the room, hosts and crew. */
export function BookingFields({ draft, problems, hosts, rooms, set }: BookingFieldsProps) {
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

  const hostOptions = hosts.filter((h) => !h.archived).map((h) => ({ value: String(h.id), label: h.stageName }));
  const accountOptions = usable.map((a) => ({ value: String(a.id), label: `${t(`roster.platforms.${a.platform}`)} · ${a.handle ?? a.identifiers[0] ?? a.id}` }));
  const roomOptions = rooms.filter((r) => r.active || String(r.id) === draft.roomId).map((r) => ({ value: String(r.id), label: r.name }));
  const shareProblems = problems.shares.map((p) => t(`schedule.shares.${p.code}`, { total: p.total }));

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('schedule.fields.hostForAccount')}>
          {(c) => <Select {...c} options={hostOptions} placeholder={t('schedule.chooseHost')} value={draft.accountHostId} onChange={(e) => chooseHost(e.target.value)} />}
        </Field>
        <Field label={t('schedule.fields.account')} hint={accountHostId && accounts.isSuccess && usable.length === 0 ? t('schedule.noAccounts') : undefined}>
          {(c) => <Select {...c} options={accountOptions} placeholder={t('schedule.chooseAccount')} value={draft.accountId} disabled={!accountHostId} onChange={(e) => set({ accountId: e.target.value })} />}
        </Field>
        <Field label={t('schedule.fields.room')}>
          {(c) => <Select {...c} options={roomOptions} placeholder={t('schedule.outdoorOption')} value={draft.roomId} onChange={(e) => set({ roomId: e.target.value })} />}
        </Field>
      </div>
      <HostSharesEditor rows={draft.hosts} hosts={hosts} problems={shareProblems} onChange={(rows) => set({ hosts: rows })} />
      <CrewEditor rows={draft.crew} invalid={problems.crew === true} onChange={(rows) => set({ crew: rows })} />
    </>
  );
}
