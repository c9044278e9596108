import { z } from 'zod';
import { schemaText } from '../../domain/text';

export const feedTarget = z.object({ kind: z.enum(['hosts', 'rooms']), id: z.coerce.number().int().positive() });

export const feedFile = z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/, schemaText('Expected <token>.ics', '应为 <token>.ics')) });
