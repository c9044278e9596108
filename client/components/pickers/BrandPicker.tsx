import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { brandView } from '../../../server/shared/api/brands';
import { pageOf } from '../../../server/shared/schemas';
import { apiPaths, withQuery } from '../../lib/paths';
import { Combobox } from '../ui/Combobox';
import { usePickedItem, usePickerSearch, type PickerProps } from './picker-query';

const brandOption = brandView.pick({ id: true, name: true, contact: true });
export type BrandOption = z.infer<typeof brandOption>;

/** A brand by part of its name. */
export function BrandPicker({ value, onChange, ...rest }: PickerProps<BrandOption>) {
  const { t } = useTranslation();
  const search = usePickerSearch(['brands'], (q) => withQuery(apiPaths.brands, { q, pageSize: 20 }), pageOf(brandOption));
  const picked = usePickedItem(value, ['brands'], (id) => apiPaths.brand(id), brandOption);
  return (
    <Combobox<BrandOption>
      {...rest}
      placeholder={rest.placeholder ?? t('pickers.brandPlaceholder')}
      items={search.items}
      loading={search.loading}
      selectedItem={picked.item}
      onInputChange={search.setText}
      onSelect={(brand) => { picked.remember(brand); onChange(brand?.id ?? null, brand); }}
      itemKey={(b) => b.id}
      itemLabel={(b) => b.name}
      itemDetail={(b) => b.contact}
    />
  );
}
