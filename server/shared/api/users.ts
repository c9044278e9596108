import { z } from 'zod';
import { roles } from '../../domain/roles';
import { schemaText } from '../../domain/text';
import { pageQuery } from '../schemas';

export const password = z.string().min(10, schemaText('A password needs at least 10 characters', '密码至少需要 10 个字符')).max(200);
const email = z.email(schemaText('Expected an email address', '请输入有效的邮箱地址')).max(254).transform((s) => s.trim().toLowerCase());
const name = z.string().trim().min(1).max(100);

export const userCreate = z.object({ email, name, role: z.enum(roles), password }).strict();
export const userPatch = z.object({ name, role: z.enum(roles), active: z.boolean(), password }).partial().strict();
export const userQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
});

export const userView = z.object({
  id: z.number(), email: z.string(), name: z.string(), role: z.enum(roles), active: z.boolean(), createdAt: z.string(),
});

/** A colleague as every role may see them: a name for an id, nothing more. */
const staffView = z.object({ id: z.number(), name: z.string(), role: z.enum(roles), active: z.boolean() }).strict();
export const staffDirectoryView = z.object({ items: z.array(staffView) });

export type UserCreate = z.infer<typeof userCreate>;
export type UserPatch = z.infer<typeof userPatch>;
