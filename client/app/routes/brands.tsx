import { useParams } from 'react-router';
import { BrandList } from '../../features/brands/components/BrandList';
import { DealCreate } from '../../features/deals/components/DealCreate';
import { DealEdit } from '../../features/deals/components/DealEdit';
import { DealList } from '../../features/deals/components/DealList';
import { RequirePermission } from './RequirePermission';

export function BrandsRoute() {
  return (
    <RequirePermission permission="brands.read">
      <BrandList />
    </RequirePermission>
  );
}

export function DealsRoute() {
  return (
    <RequirePermission permission="brands.read">
      <DealList />
    </RequirePermission>
  );
}

export function DealNewRoute() {
  return (
    <RequirePermission permission="brands.write">
      <DealCreate />
    </RequirePermission>
  );
}

export function DealEditRoute() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="brands.write">
      <DealEdit key={id} id={id} />
    </RequirePermission>
  );
}
