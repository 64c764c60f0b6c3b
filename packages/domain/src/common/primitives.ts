import { z } from 'zod';

/** ISO calendar date, yyyy-mm-dd. */
export const ZIsoDate = z.iso.date();
export const ZUuid = z.uuid();
/** Optimistic-lock version sent back with every update. */
export const ZVersion = z.number().int().min(1);

/** react-admin list query: page, sort and free-text search. */
export const ZListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
  sort: z.string().max(64).optional(),
  order: z.enum(['ASC', 'DESC']).default('ASC'),
  q: z.string().max(200).optional(),
});
export type ListQuery = z.infer<typeof ZListQuery>;

/** A page of a list with its total, the shape react-admin expects. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), total: z.number().int().min(0) });
}

/** `?id=a&id=b` (react-admin getMany): one id or several, always an array after parsing. */
export const ZIdList = z
  .union([z.uuid(), z.array(z.uuid()).max(500)])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
