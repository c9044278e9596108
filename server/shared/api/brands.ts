import { z } from 'zod';
import { pageQuery } from '../schemas';

const brandFields = {
  name: z.string().trim().min(1).max(100),
  contact: z.string().trim().max(200),
  notes: z.string().max(5000),
};

export const brandCreate = z.object(brandFields).partial().required({ name: true }).strict();
export const brandPatch = z.object(brandFields).partial().strict();
export const brandQuery = pageQuery.extend({ q: z.string().trim().max(100).optional() });

export const brandView = z.object({
  id: z.number(), name: z.string(), contact: z.string(), notes: z.string(), createdAt: z.string(), updatedAt: z.string(),
});

export type BrandCreate = z.infer<typeof brandCreate>;
export type BrandPatch = z.infer<typeof brandPatch>;
export type BrandQuery = z.infer<typeof brandQuery>;
