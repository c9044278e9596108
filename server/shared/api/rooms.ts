import { z } from 'zod';
import { pageQuery } from '../schemas';

export const roomCreate = z.object({
  name: z.string().trim().min(1).max(100),
  location: z.string().trim().max(200).default(''),
  bufferMinutes: z.number().int().min(0).max(240).default(0),
  active: z.boolean().default(true),
}).strict();

export const roomPatch = z.object({
  name: z.string().trim().min(1).max(100),
  location: z.string().trim().max(200),
  bufferMinutes: z.number().int().min(0).max(240),
  active: z.boolean(),
}).partial().strict();

export const roomQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export const roomView = z.object({
  id: z.number(), name: z.string(), location: z.string(), bufferMinutes: z.number(), active: z.boolean(),
});

export type RoomCreate = z.infer<typeof roomCreate>;
export type RoomPatch = z.infer<typeof roomPatch>;
