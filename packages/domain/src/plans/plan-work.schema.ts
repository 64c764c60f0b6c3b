import { z } from 'zod';

export const ZPlanClone = z.object({
  year: z.number().int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
});
export type PlanClone = z.infer<typeof ZPlanClone>;

export const ZPlanClose = z.object({
  carryOverToPlanId: z.uuid().optional(),
  version: z.number().int().min(1),
});
export type PlanClose = z.infer<typeof ZPlanClose>;

export const ZPlanPublication = z.object({ publishPublicly: z.boolean(), version: z.number().int().min(1) });
export type PlanPublication = z.infer<typeof ZPlanPublication>;

export const ZPlanVersionRef = z.object({ version: z.number().int().min(1) });

/** The version diff's query: against which plan (the previous version, or the plan this one was copied from). */
export const ZPlanDiffQuery = z.object({ against: z.uuid().optional() });
export type PlanDiffQuery = z.infer<typeof ZPlanDiffQuery>;
