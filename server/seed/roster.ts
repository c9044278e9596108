import { addDays } from '../domain/dates';
import { localDateOf } from '../domain/zones';
import type { Platform } from '../domain/roster';
import type { Actor, AppDeps } from '../deps';
import { accountCreate } from '../shared/api/accounts';
import { createAccount } from '../modules/accounts/accounts.service';
import { qualificationCreate } from '../shared/api/compliance';
import { addQualification } from '../modules/compliance/compliance.service';
import { contractCreate } from '../shared/api/contracts';
import { createContract } from '../modules/contracts/contracts.service';
import { hostCreate } from '../shared/api/hosts';
import { createHost, updateHost } from '../modules/hosts/hosts.service';
import { buildHost } from '../../tests/factories/roster';
import { legalName, stageName } from './names';
import type { Random } from './random';
import { demoTerms } from './terms';

export interface DemoHost { id: number; status: string; accounts: { id: number; platform: Platform }[]; categories: string[] }

const categoriesPool = [['beauty'], ['food'], ['fashion'], ['home', 'digital'], ['maternity'], ['beauty', 'fashion'], ['sports'], ['jewelry'], ['books', 'education'], ['food', 'home']];
const platformsPool: Platform[] = ['douyin', 'douyin', 'kuaishou', 'taobao', 'jd', 'wechat'];

function identifiersFor(platform: Platform, n: number): string[] {
  const digits = (len: number, seed: number) => String(seed).padStart(len, '7').slice(-len);
  switch (platform) {
    case 'douyin': return [`7${digits(18, 100_000_000 + n * 7919)}`, `dy${digits(8, 51_000_000 + n)}`];
    case 'kuaishou': return [digits(9, 20_000_000 + n * 13)];
    case 'taobao': return [digits(11, 1_100_000_000 + n * 31)];
    case 'jd': return [digits(10, 3_000_000_000 + n * 17)];
    default: return [`sph${digits(10, 9_000_000 + n)}`];
  }
}

/** About sixty hosts: most signed under every kind of terms, some in trial, a few suspended or gone. */
export function seedRoster(deps: AppDeps, actor: Actor, rng: Random, agents: number[]): DemoHost[] {
  const today = localDateOf(deps.clock.now(), 'Asia/Shanghai');
  const names = new Set<string>();
  const hosts: DemoHost[] = [];
  for (let n = 1; n <= 60; n += 1) {
    const status = n <= 46 ? 'active' : n <= 52 ? 'trial' : n <= 56 ? 'prospect' : n <= 58 ? 'suspended' : 'terminated';
    // Two hosts are 17: signed with a guardian's consent, as the rules allow.
    const birthDate = n === 7 || n === 19 ? addDays(today, -(17 * 365 + 100)) : `${rng.int(1992, 2004)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
    const categories = rng.pick(categoriesPool);
    const input = hostCreate.parse(buildHost({
      stageName: stageName(rng, names), legalName: legalName(rng), status: status === 'active' ? 'prospect' : status,
      agentId: rng.pick(agents), tier: rng.pick(['S', 'A', 'A', 'B', 'B', 'C']), categories: categories as never,
      birthDate, guardianConsent: n === 7 || n === 19, joinDate: addDays(today, -rng.int(30, 900)),
    }));
    const host = createHost(deps, actor, input);
    const accounts = [rng.pick(platformsPool), ...(rng.chance(0.4) ? [rng.pick(platformsPool)] : [])]
      .filter((p, i, all) => all.indexOf(p) === i)
      .map((platform) => ({ platform, id: createAccount(deps, actor, host.id, accountCreate.parse({ platform, identifiers: identifiersFor(platform, n), handle: `@${input.stageName}`, followers: rng.int(5_000, 8_000_000) })).id }));
    if (status === 'active' || status === 'suspended' || status === 'terminated') signContract(deps, actor, host.id, n, today, status);
    if (status === 'suspended') updateHost(deps, actor, host.id, { status: 'suspended' });
    if (categories.includes('education') || n % 11 === 0) {
      addQualification(deps, actor, host.id, qualificationCreate.parse({ category: n % 11 === 0 ? 'medical' : 'education', certificateNumber: `ZG${2026}${String(n).padStart(4, '0')}`, expiresOn: addDays(today, n % 2 ? 20 : 400) }));
    }
    hosts.push({ id: host.id, status: status === 'active' ? 'active' : status, accounts, categories });
  }
  return hosts;
}

function signContract(deps: AppDeps, actor: Actor, hostId: number, n: number, today: string, status: string): void {
  // A few contracts end within 30 days, for the dashboard's renewal list.
  const endDate = n % 9 === 0 ? addDays(today, 10 + n % 15) : addDays(today, 200 + n * 5);
  const startDate = addDays(today, -400);
  createContract(deps, actor, contractCreate.parse({
    hostId, startDate, endDate, status: status === 'terminated' ? 'terminated' : 'active', exclusive: n % 3 !== 0,
    platforms: ['douyin', 'kuaishou'], terms: demoTerms[n % demoTerms.length],
  }));
}
