import { z } from 'zod';
import { platforms } from '../../domain/roster';
import { schemaText } from '../../domain/text';
import { pageQuery } from '../schemas';

// The identifiers a platform's order data names the account by (buyin id, short id, adzone id, ...).
// Trimmed and de-duplicated: ' dy123' and 'dy123' are the same identifier.
const identifiers = z.array(z.string().trim().min(1, schemaText('An identifier cannot be empty', '标识不能为空')).max(128))
  .min(1, schemaText('An account needs at least one identifier', '平台账号至少需要一个标识')).max(20)
  .transform((list) => [...new Set(list)]);

const handle = z.string().trim().max(100).nullable();
const followers = z.number().int().min(0).nullable();

export const accountCreate = z.object({
  platform: z.enum(platforms), identifiers, handle: handle.optional(), followers: followers.optional(),
}).strict();

// The platform is not editable: an account on another platform is another account.
export const accountPatch = z.object({ identifiers, handle, followers }).partial().strict();

export const accountQuery = pageQuery.extend({ archived: z.enum(['exclude', 'include', 'only']).default('include') });

export const accountView = z.object({
  id: z.number(), hostId: z.number(), platform: z.enum(platforms), identifiers: z.array(z.string()),
  handle: z.string().nullable(), followers: z.number().nullable(), archived: z.boolean(),
  createdAt: z.string(), updatedAt: z.string(),
});

export type AccountCreate = z.infer<typeof accountCreate>;
export type AccountPatch = z.infer<typeof accountPatch>;
export type AccountQuery = z.infer<typeof accountQuery>;
