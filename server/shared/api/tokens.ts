import { z } from 'zod';
import { instant, pageOf, pageQuery } from '../schemas';

export const tokenQuery = pageQuery.extend({ userId: z.coerce.number().int().positive().optional() });

export const tokenCreate = z.object({
  userId: z.number().int().positive(), name: z.string().trim().min(1).max(100),
  /** Optional: the instant from which the token no longer works. */
  expiresAt: instant.optional(),
}).strict();

/** A personal API token as listed: the secret itself is never listed, only shown once when issued. */
export const tokenView = z.object({
  id: z.number(), userId: z.number(), userEmail: z.string(), name: z.string(),
  createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable(), expiresAt: z.string().nullable(),
});

export const tokenPage = pageOf(tokenView);
export const issuedTokenView = tokenView.extend({ token: z.string() });
