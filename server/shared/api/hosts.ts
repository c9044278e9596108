import { z } from 'zod';
import { hostStatuses } from '../../domain/host-status';
import { isValidResidentId } from '../../domain/identity';
import { categories, platforms, sensitiveFields } from '../../domain/roster';
import { schemaText } from '../../domain/text';
import { birthDate, exportLanguage, isoDate, pageQuery } from '../schemas';

const name = z.string().trim().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable();

// Sensitive values: checked for shape, then stored as given (trimmed).
const idNumber = z.string().trim().toUpperCase()
  .refine(isValidResidentId, schemaText('Expected an 18-character resident ID number (17 digits and a check digit or X) with a valid check digit',
    '应为 18 位身份证号（17 位数字加一位校验码，校验码为数字或 X），且校验码正确'));
const phone = z.string().trim().regex(/^\+?[\d\s-]{5,20}$/, schemaText('Expected a phone number of digits, spaces or dashes', '应为电话号码，只能包含数字、空格或短横线'));
const bankAccount = z.string().trim().regex(/^[\d\s]{8,40}$/, schemaText('Expected a bank account number of 8 to 40 digits', '应为 8 至 40 位数字的银行账号'));
const bankName = z.string().trim().min(1).max(100);

const categoryList = z.array(z.enum(categories)).max(categories.length).transform((list) => [...new Set(list)]);

const hostFields = {
  stageName: name,
  legalName: name,
  status: z.enum(hostStatuses),
  agentId: z.number().int().positive().nullable(),
  tier: optionalText(32),
  categories: categoryList,
  joinDate: isoDate.nullable(),
  birthDate: birthDate.nullable(),
  notes: z.string().max(5000),
  realNameVerified: z.boolean(),
  guardianConsent: z.boolean(),
  idNumber: idNumber.nullable(),
  phone: phone.nullable(),
  bankAccount: bankAccount.nullable(),
  bankName: bankName.nullable(),
};

export const hostCreate = z.object(hostFields).partial().required({ stageName: true, legalName: true, status: true }).strict();
export const hostPatch = z.object(hostFields).partial().strict();

export const hostQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(hostStatuses).optional(),
  // Several statuses at once, comma separated: a booking picker offers `trial,active` only.
  statuses: z.string().trim().max(100).transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(hostStatuses)).max(hostStatuses.length)).optional(),
  agentId: z.coerce.number().int().positive().optional(),
  platform: z.enum(platforms).optional(),
  tier: z.string().trim().max(32).optional(),
  category: z.enum(categories).optional(),
  sort: z.enum(['stageName', 'joinDate', 'createdAt']).default('stageName'),
  order: z.enum(['asc', 'desc']).default('asc'),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});

/** The host list's filter (its page aside: the export writes every match) and the export's language. */
export const hostExportQuery = hostQuery.extend(exportLanguage);

export const revealBody = z.object({ field: z.enum(sensitiveFields) }).strict();

export const hostView = z.object({
  id: z.number(), stageName: z.string(), legalName: z.string(), status: z.enum(hostStatuses),
  agentId: z.number().nullable(), tier: z.string().nullable(), categories: z.array(z.enum(categories)),
  joinDate: z.string().nullable(), notes: z.string(),
  // The birth date is never shown (reveal it, audited); the age and the minor flag are what compliance needs.
  birthDate: z.null(), birthDateOnFile: z.boolean(), age: z.number().int().nullable(), minor: z.boolean().nullable(),
  realNameVerified: z.boolean(), guardianConsent: z.boolean(),
  idNumber: z.string().nullable().describe('masked'), phone: z.string().nullable().describe('masked'),
  bankAccount: z.string().nullable().describe('masked'), bankName: z.string().nullable().describe('masked'),
  archived: z.boolean(), createdAt: z.string(), updatedAt: z.string(),
});

export const revealView = z.object({ field: z.enum(sensitiveFields), value: z.string().nullable() });

export type HostCreate = z.infer<typeof hostCreate>;
export type HostPatch = z.infer<typeof hostPatch>;
export type HostQuery = z.infer<typeof hostQuery>;
