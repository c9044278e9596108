import { addDays, type PlainDate } from './dates';
import { ageOn } from './identity';

// What the compliance list reports for one host (SPEC section 4): what is missing on file, and what
// expires within the window (30 days on the dashboard).

export type ComplianceIssue =
  | { kind: 'missing_birth_date' }
  | { kind: 'not_real_name_verified' }
  | { kind: 'missing_guardian_consent'; age: number }
  | { kind: 'qualification_expiring'; qualificationId: number; category: string; expiresOn: PlainDate; expired: boolean }
  | { kind: 'contract_expiring'; contractId: number; number: string; endDate: PlainDate };

export interface ComplianceInput {
  birthDate: PlainDate | null;
  realNameVerified: boolean;
  guardianConsent: boolean;
  qualifications: readonly { id: number; category: string; expiresOn: PlainDate }[];
  activeContracts: readonly { id: number; number: string; endDate: PlainDate }[];
}

type Qualification = ComplianceInput['qualifications'][number];

/** A renewed certificate supersedes the old one: only the latest expiry of each category counts. */
function latestPerCategory(qualifications: readonly Qualification[]): Qualification[] {
  const latest = new Map<string, Qualification>();
  for (const q of qualifications) {
    const seen = latest.get(q.category);
    if (!seen || q.expiresOn > seen.expiresOn) latest.set(q.category, q);
  }
  return [...latest.values()];
}

export function complianceIssues(host: ComplianceInput, today: PlainDate, windowDays: number): ComplianceIssue[] {
  const horizon = addDays(today, windowDays);
  const issues: ComplianceIssue[] = [];
  if (!host.birthDate) issues.push({ kind: 'missing_birth_date' });
  if (!host.realNameVerified) issues.push({ kind: 'not_real_name_verified' });
  const age = host.birthDate ? ageOn(host.birthDate, today) : null;
  if (age !== null && age < 18 && !host.guardianConsent) issues.push({ kind: 'missing_guardian_consent', age });
  for (const q of latestPerCategory(host.qualifications)) {
    // An expired certificate stays listed until it is renewed: it still blocks regulated sessions.
    if (q.expiresOn <= horizon) {
      issues.push({ kind: 'qualification_expiring', qualificationId: q.id, category: q.category, expiresOn: q.expiresOn, expired: q.expiresOn < today });
    }
  }
  for (const c of host.activeContracts) {
    if (c.endDate >= today && c.endDate <= horizon) issues.push({ kind: 'contract_expiring', contractId: c.id, number: c.number, endDate: c.endDate });
  }
  return issues;
}
