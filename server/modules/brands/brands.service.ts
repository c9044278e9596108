import { formatInstant } from '../../domain/zones';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { currentSettings } from '../settings/settings.service';
import { findBrand, insertBrand, listBrands, updateBrandRow, type BrandRow } from './brands.repo';
import type { BrandCreate, BrandPatch, BrandQuery } from '../../shared/api/brands';

function brandView(b: BrandRow, timezone: string) {
  return { id: b.id, name: b.name, contact: b.contact, notes: b.notes, createdAt: formatInstant(b.createdAt, timezone), updatedAt: formatInstant(b.updatedAt, timezone) };
}

export function createBrand(deps: AppDeps, actor: Actor, input: BrandCreate) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const at = deps.clock.now();
    const brand = insertBrand(tx, { ...input, createdAt: at, updatedAt: at });
    const view = brandView(brand, timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'brand', entityId: brand.id, after: view });
    return view;
  });
}

export function updateBrand(deps: AppDeps, actor: Actor, id: number, patch: BrandPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = findBrand(tx, id);
    if (!before) throw notFound('Brand', id);
    const at = deps.clock.now();
    const view = brandView(updateBrandRow(tx, id, { ...patch, updatedAt: at }), timezone);
    recordAudit(tx, { actor, at, action: 'update', entity: 'brand', entityId: id, before: brandView(before, timezone), after: view });
    return view;
  });
}

export function getBrand(deps: AppDeps, id: number) {
  const brand = findBrand(deps.db, id);
  if (!brand) throw notFound('Brand', id);
  return brandView(brand, currentSettings(deps).timezone);
}

export function searchBrands(deps: AppDeps, query: BrandQuery) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listBrands(deps.db, query.q, query.page, query.pageSize);
  return { items: items.map((b) => brandView(b, timezone)), total, page: query.page, pageSize: query.pageSize };
}

export { brandNames, findBrand } from './brands.repo';
