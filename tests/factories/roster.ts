import { residentIdCheckChar } from '../../server/domain/identity';
import type { ContractTermsInput } from '../../server/domain/terms';
import type { AccountCreate } from '../../server/shared/api/accounts';
import type { BrandCreate } from '../../server/shared/api/brands';
import type { ContractCreate } from '../../server/shared/api/contracts';
import type { DealCreate } from '../../server/shared/api/deals';
import type { HostCreate } from '../../server/shared/api/hosts';

// Builders with overrides for the roster; shared by the tests and the demo seed.

let sequence = 0;
const next = () => (sequence += 1);

/** A valid resident ID number (right check character) for a birth date; `serial` varies the sequence digits. */
export function residentId(birthDate: string, serial = next(), area = '110105'): string {
  const first17 = `${area}${birthDate.replaceAll('-', '')}${String(serial % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export function buildHost(overrides: Partial<HostCreate> = {}): HostCreate {
  const n = next();
  const birthDate = overrides.birthDate ?? '1998-03-15';
  return {
    stageName: `主播${n}`,
    legalName: `张${n}`,
    status: 'prospect',
    categories: ['beauty'],
    tier: 'A',
    joinDate: '2026-01-10',
    birthDate,
    realNameVerified: true,
    guardianConsent: false,
    idNumber: birthDate ? residentId(birthDate, n) : null,
    phone: `138${String(10_000_000 + n).slice(-8)}`,
    bankAccount: `6222${String(100_000_000_000 + n).padStart(15, '0')}`,
    bankName: '招商银行上海分行',
    ...overrides,
  };
}

export function buildAccount(overrides: Partial<AccountCreate> = {}): AccountCreate {
  const n = next();
  return { platform: 'douyin', identifiers: [`70000000005${String(n).padStart(8, '0')}`, `dy${n}`], handle: `@host${n}`, followers: 1000 * n, ...overrides };
}

export const flatTerms = (rateBp = 3000): ContractTermsInput => ({ hostShare: { mode: 'flat', rateBp } });

export function buildContract(hostId: number, overrides: Partial<ContractCreate> = {}): Omit<ContractCreate, 'terms' | 'exclusive' | 'platforms'> & { terms: ContractTermsInput; exclusive?: boolean; platforms?: ContractCreate['platforms'] } {
  return {
    hostId, startDate: '2026-01-01', endDate: '2026-12-31', status: 'active',
    exclusive: true, platforms: ['douyin'], terms: flatTerms(), ...overrides,
  };
}

export function buildBrand(overrides: Partial<BrandCreate> = {}): BrandCreate {
  const n = next();
  return { name: `品牌${n}`, contact: `王经理 139${String(10_000_000 + n).slice(-8)}`, ...overrides };
}

export function buildDeal(brandId: number, overrides: Partial<DealCreate> = {}): DealCreate {
  return { brandId, sessionIds: [], pitFeeFen: 500_000, category: 'beauty', commissionRateBp: 2000, status: 'proposed', ...overrides };
}
