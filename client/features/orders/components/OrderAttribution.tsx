import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '../../../components/ui/DetailList';
import { paths } from '../../../lib/paths';
import { useFormatInstant } from '../../../lib/time-zone';
import { formatRate } from '../../../lib/units';
import type { Order } from '../api';
import { useAccount, useHostNames, useSession } from '../lookups-api';

/** Order -> account -> session -> hosts (SPEC 6), each named rather than numbered. */
export function OrderAttribution({ order }: { order: Order }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const account = useAccount(order.accountId);
  const session = useSession(order.sessionId);
  const hostName = useHostNames(order.hosts.map((h) => h.hostId));

  const accountText = order.accountId === null
    ? t('orders.attribution.noAccount', { identifiers: order.accountIdentifiers.join(', ') })
    : account.data ? `${account.data.handle ?? account.data.identifiers[0] ?? ''} (${account.data.identifiers.join(', ')})` : `#${order.accountId}`;
  const sessionText = order.sessionId === null
    ? t('orders.attribution.noSession')
    : session.data ? `${session.data.title || `#${session.data.id}`} · ${formatInstant(session.data.startsAt)} – ${formatInstant(session.data.endsAt)}` : `#${order.sessionId}`;

  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('orders.attribution.title')}</h2>
      <DetailList
        rows={[
          [t('orders.attribution.account'), accountText],
          [t('orders.attribution.liveRoom'), order.liveRoomId ?? '—'],
          [t('orders.attribution.session'), sessionText],
          [
            t('orders.attribution.hosts'),
            order.hosts.length === 0 ? '—' : (
              <ul data-testid="order-hosts">
                {order.hosts.map((h) => (
                  <li key={h.hostId}>
                    <Link to={paths.host(h.hostId)} className="font-medium text-indigo-700 hover:underline">{hostName(h.hostId)}</Link>
                    <span className="text-slate-500"> · {t('orders.attribution.share', { share: formatRate(h.shareBp) })}</span>
                  </li>
                ))}
              </ul>
            ),
          ],
        ]}
      />
    </div>
  );
}
