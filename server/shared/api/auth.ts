import { z } from 'zod';
import { roles } from '../../domain/roles';
import { locales } from '../../domain/text';
import { password } from './users';

export const credentials = z.object({ email: z.string().trim().min(1).max(254), password: z.string().min(1).max(1024) });

/** The language a user chose for the interface; null until they choose one (the browser's language applies). */
export const localePreference = z.enum(locales).nullable();

export const publicUser = z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.enum(roles), locale: localePreference });

/** The answer of signing in and of asking who is signed in. */
export const signedInView = z.object({ user: publicUser });

/** One's own password: the current one proves it is really them; the new one follows the users' rule. */
export const passwordChange = z.object({ currentPassword: z.string().min(1).max(1024), newPassword: password }).strict();

/** One's own preferences. */
export const preferencesPatch = z.object({ locale: localePreference }).strict();

export type PublicUser = z.infer<typeof publicUser>;
export type PasswordChange = z.infer<typeof passwordChange>;
export type PreferencesPatch = z.infer<typeof preferencesPatch>;
