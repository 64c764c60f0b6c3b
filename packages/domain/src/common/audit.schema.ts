import { z } from 'zod';
import { ZListQuery } from './primitives.js';

export const AUDITED_ENTITIES = ['plan', 'task', 'agency', 'user', 'article', 'session'] as const;

/** One recorded change: who, when, what, before and after. */
export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.iso.datetime({ offset: true }),
  actorId: z.uuid().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

/** Entities whose history the admin's audit tab shows (articles keep their own version history). */
export const AUDIT_TRAIL_ENTITIES = [
  'plan',
  'task',
  'agency',
  'user',
] as const satisfies readonly (typeof AUDITED_ENTITIES)[number][];

/** One entity's history, a page at a time. */
export const ZAuditQuery = ZListQuery.pick({ page: true, perPage: true }).extend({
  entity: z.enum(AUDIT_TRAIL_ENTITIES),
  entityId: z.uuid(),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;
