import { z } from 'zod';

/** `/api/health`: the process and its database, for people and monitors. */
export const ZHealth = z.object({
  status: z.enum(['ok', 'down']),
  database: z.object({
    status: z.enum(['up', 'down']),
    embedded: z.boolean(),
    latencyMs: z.number().nullable(),
  }),
});
export type Health = z.infer<typeof ZHealth>;

/** `/api/health/live`: the process answers (liveness). */
export const ZLiveness = z.object({ status: z.literal('ok') });
/** `/api/health/ready`: the instance takes requests (readiness; false while draining or without database). */
export const ZReadiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  draining: z.boolean(),
  database: z.enum(['up', 'down']),
});
export type Readiness = z.infer<typeof ZReadiness>;
