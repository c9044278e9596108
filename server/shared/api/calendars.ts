import { z } from 'zod';
import { schemaText } from '../../domain/text';

export const feedTarget = z.object({ kind: z.enum(['hosts', 'rooms']), id: z.coerce.number().int().positive() });

export const feedFile = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, schemaText('Expected <token>.ics', '应为 <token>.ics')) });

/** A feed's URL path; its token is the credential, so whoever holds the path reads the calendar. */
export const feedView = z.object({ kind: z.enum(['host', 'room']), id: z.number(), path: z.string() });
