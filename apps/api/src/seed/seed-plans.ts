import type { EntityManager } from 'typeorm';
import type { AuditService } from '../modules/audit/audit.service.js';
import { PlanEntity } from '../modules/plans/plan.entity.js';

/**
 * The demo plans come from the real documents in fixtures/seeds, read through the document importer
 * (wired in when the importer lands; until then no plans are seeded).
 */
export async function seedPlans(manager: EntityManager, _audit: AuditService): Promise<number> {
  if ((await manager.count(PlanEntity)) > 0) return 0;
  return 0;
}
