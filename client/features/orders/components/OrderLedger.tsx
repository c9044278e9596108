import { useTranslation } from 'react-i18next';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { useFormatInstant } from '../../../lib/time-zone';
import type { LedgerEntry } from '../api';
import { useHostNames } from '../lookups-api';

/** The order's ledger entries, oldest first: append-only, so a change shows as a new entry, never an edit. */
export function OrderLedger({ entries }: { entries: LedgerEntry[] }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const hostName = useHostNames(entries.map((e) => e.hostId));
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('orders.ledgerTitle')}</h2>
      <Table<LedgerEntry>
        caption={t('orders.ledgerTitle')}
        columns={[
          { key: 'host', header: t('orders.ledger.fields.host'), cell: (e) => hostName(e.hostId) },
          { key: 'amount', header: t('orders.ledger.fields.amount'), cell: (e) => formatMoney(e.amountFen), className: 'text-right tabular-nums' },
          { key: 'eventAt', header: t('orders.ledger.fields.eventAt'), cell: (e) => formatInstant(e.eventAt), className: 'whitespace-nowrap' },
          { key: 'period', header: t('orders.ledger.fields.bookingPeriod'), cell: (e) => e.bookingPeriod },
        ]}
        rows={entries}
        rowKey={(e) => e.id}
        emptyMessage={t('orders.ledgerEmpty')}
      />
    </div>
  );
}
