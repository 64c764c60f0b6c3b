import type { EntityManager } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import { isPlanEditable } from '@bcdnq/domain/plans';
import { PlanEntity } from './plan.entity.js';

export const planNotFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch', 'Plan not found');

/** Locks a plan row for a change inside the caller's transaction. */
export async function lockPlan(manager: EntityManager, id: string): Promise<PlanEntity> {
  const entity = await manager.findOne(PlanEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!entity) throw planNotFound();
  return entity;
}

/** Locks a plan that may still be edited: only drafts; issued plans are amended by a new version. */
export async function lockEditablePlan(manager: EntityManager, id: string): Promise<PlanEntity> {
  const entity = await lockPlan(manager, id);
  if (!isPlanEditable(entity.status)) {
    throw new DomainError(
      'IMMUTABLE',
      'Kế hoạch đã ban hành không được sửa trực tiếp; hãy tạo bản sửa đổi (phiên bản mới).',
      'An issued plan is immutable; amend it with a new version.',
    );
  }
  return entity;
}
