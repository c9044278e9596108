import { useParams } from 'react-router';
import { ImportList } from '../../features/imports/components/ImportList';
import { LedgerList } from '../../features/orders/components/LedgerList';
import { OrderList } from '../../features/orders/components/OrderList';
import { OrderShow } from '../../features/orders/components/OrderShow';
import { RequirePermission } from './RequirePermission';

// Imports, orders and the ledger are read by admin, manager, finance and viewer (SPEC 11); the pages
// themselves offer upload and assignment only to orders.write (admin, finance).

export function OrdersRoute() {
  return (
    <RequirePermission permission="orders.read">
      <OrderList />
    </RequirePermission>
  );
}

export function OrderShowRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="orders.read">
      <OrderShow key={id} id={id} />
    </RequirePermission>
  );
}

export function ImportsRoute() {
  return (
    <RequirePermission permission="orders.read">
      <ImportList />
    </RequirePermission>
  );
}

export function LedgerRoute() {
  return (
    <RequirePermission permission="orders.read">
      <LedgerList />
    </RequirePermission>
  );
}
