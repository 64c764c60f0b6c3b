import { z } from 'zod';

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
