import { z } from 'zod';

/** ISO calendar date, yyyy-mm-dd. */
export const ZIsoDate = z.iso.date();
export const ZUuid = z.uuid();
/** Optimistic-lock version sent back with every update. */
export const ZVersion = z.number().int().min(1);

const ZListBase = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
  order: z.enum(['ASC', 'DESC']).default('ASC'),
  q: z.string().max(200).optional(),
});

/**
 * react-admin list query (page, sort, order, free-text search) whose `sort` must be one of `sortKeys`: any other
 * value is a validation error (400), so a client-chosen name never reaches a lookup table or an ORDER BY.
 */
export function ZListQueryOf<const K extends readonly [string, ...string[]]>(sortKeys: K) {
  return ZListBase.extend({ sort: z.enum(sortKeys).optional() });
}

/** A list with no sortable column of its own (react-admin's default `id` only). */
export const ZListQuery = ZListQueryOf(['id']);
export type ListQuery = z.infer<typeof ZListBase> & { sort?: string };

/** A page of a list with its total, the shape react-admin expects. */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), total: z.number().int().min(0) });
}

/** `?id=a&id=b` (react-admin getMany): one id or several, always an array after parsing. */
export const ZIdList = z
  .union([z.uuid(), z.array(z.uuid()).max(500)])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
