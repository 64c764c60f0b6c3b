import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import type { Role } from '@bcdnq/domain/users';
import type { Actor } from '../../common/request-context.js';

/** Roles that see every plan, drafts included. */
const SEES_DRAFTS: readonly Role[] = ['admin', 'standing_office', 'committee_leader'];

export function seesAllPlans(actor: Actor): boolean {
  return SEES_DRAFTS.includes(actor.role);
}

/** Restricts a plan query to what the actor may see: drafts only for the committee's staff or their own agency. */
export function scopePlans<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  actor: Actor,
): SelectQueryBuilder<T> {
  if (seesAllPlans(actor)) return qb;
  return qb.andWhere(`(${alias}.status <> 'draft' OR ${alias}.agencyId = :scopeAgencyId)`, {
    scopeAgencyId: actor.agencyId ?? '00000000-0000-0000-0000-000000000000',
  });
}
