import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countsChanged } from '../../common/count-cache.js';
import type { CallContext } from '../../common/request-context.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

export type AuditChange = {
  action: string;
  entity: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
};

/** Writes the audit trail inside the caller's transaction, so a change and its record commit together. */
@Injectable()
export class AuditService {
  async record(
    manager: EntityManager,
    context: Partial<CallContext> | null,
    change: AuditChange,
  ): Promise<void> {
    // Every state change passes here: remembered list totals are no longer true, here or on other instances.
    await countsChanged(manager);
    await manager.insert(AuditEntryEntity, {
      actorId: context?.actor?.id ?? null,
      actorUsername: context?.actor?.username ?? null,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId,
      // jsonb columns: TypeORM's deep-partial type cannot express an arbitrary JSON object.
      before: (change.before ?? null) as never,
      after: (change.after ?? null) as never,
      correlationId: context?.correlationId ?? null,
      ip: context?.ip ?? null,
    });
  }
}
