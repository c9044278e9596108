import { firstProblems, maxLength, required, type Problems } from '../../lib/form-checks';
import type { Category } from '../../lib/roster-labels';
import type { HostStatus } from '../../lib/roster-labels';
import type { Host, HostInput, SensitiveField } from './api';

/** The host form as typed: text fields are strings ('' = empty), ids as select values. */
export type HostFormState = {
  stageName: string;
  legalName: string;
  status: HostStatus;
  agentId: string;
  tier: string;
  categories: Category[];
  joinDate: string;
  birthDate: string;
  notes: string;
  realNameVerified: boolean;
  guardianConsent: boolean;
  /** Sensitive values to remove when an existing host is saved (the typed value, if any, is ignored). */
  cleared: SensitiveField[];
} & Record<SensitiveField, string>;

const blank = { idNumber: '', phone: '', bankAccount: '', bankName: '' };

export function emptyHostForm(agentId: string): HostFormState {
  return {
    stageName: '', legalName: '', status: 'prospect', agentId, tier: '', categories: [], joinDate: '', birthDate: '', notes: '',
    realNameVerified: false, guardianConsent: false, cleared: [], ...blank,
  };
}

/** An existing host in the form. Sensitive inputs start empty: the masked value is shown beside them, never sent back. */
export function hostToForm(host: Host): HostFormState {
  return {
    stageName: host.stageName, legalName: host.legalName, status: host.status, agentId: host.agentId === null ? '' : String(host.agentId),
    tier: host.tier ?? '', categories: host.categories, joinDate: host.joinDate ?? '', birthDate: '', notes: host.notes,
    realNameVerified: host.realNameVerified, guardianConsent: host.guardianConsent, cleared: [], ...blank,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function fullInput(form: HostFormState): HostInput {
  return {
    stageName: form.stageName.trim(), legalName: form.legalName.trim(), status: form.status,
    agentId: form.agentId === '' ? null : Number(form.agentId), tier: orNull(form.tier), categories: form.categories,
    joinDate: orNull(form.joinDate), birthDate: orNull(form.birthDate), notes: form.notes,
    realNameVerified: form.realNameVerified, guardianConsent: form.guardianConsent,
  };
}

const SENSITIVE = ['idNumber', 'phone', 'bankAccount', 'bankName'] as const;

/** A new host: empty optional fields are left out; sensitive values only when typed. */
export function createInput(form: HostFormState): HostInput {
  const input: HostInput = fullInput(form);
  for (const field of SENSITIVE) if (form[field].trim() !== '') input[field] = form[field].trim();
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) as HostInput;
}

/** An edit: only what changed; a sensitive value when a new one was typed, or null when the stored one is cleared. */
export function patchInput(form: HostFormState, host: Host): HostInput {
  const before = fullInput(hostToForm(host));
  const after = fullInput(form);
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof HostInput])) patch[key] = value;
  }
  for (const field of SENSITIVE) {
    if (form.cleared.includes(field)) {
      if (host[field] !== null) patch[field] = null;
    } else if (form[field].trim() !== '') {
      patch[field] = form[field].trim();
    }
  }
  return patch as HostInput;
}

export type HostFormField = 'stageName' | 'legalName' | 'notes';

/** The host form's own checks (the server's rules for the same fields: server/shared/api/hosts.ts). */
export function hostFormProblems(form: HostFormState): Problems<HostFormField> {
  return firstProblems<HostFormField>({
    stageName: [required(form.stageName), maxLength(form.stageName, 100)],
    legalName: [required(form.legalName), maxLength(form.legalName, 100)],
    notes: [maxLength(form.notes, 5000)],
  });
}
