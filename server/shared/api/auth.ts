import { z } from 'zod';
import { roles } from '../../domain/roles';

export const credentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

export const publicUser = z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.enum(roles) });

/** The answer of signing in and of asking who is signed in. */
export const signedInView = z.object({ user: publicUser });

export type PublicUser = z.infer<typeof publicUser>;
