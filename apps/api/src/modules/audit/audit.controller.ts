import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type AuditEntry,
  DomainError,
  ZAuditEntry,
  ZPage,
  type AuditQuery,
  ZAuditQuery,
} from '@bcdnq/domain/common';
import { Contract } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { PlansService } from '../plans/plans.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { AuditEntryEntity } from './audit-entry.entity.js';

@Controller('audit')
export class AuditController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
  ) {}

  /** A record's history, to whoever may see the record itself. */
  @Get()
  @Contract({
    summary: 'Lịch sử thay đổi / Audit trail of a record',
    tag: 'audit',
    query: ZAuditQuery,
    response: ZPage(ZAuditEntry),
  })
  async list(@Query() query: AuditQuery, @Ctx() context: CallContext): Promise<Page<AuditEntry>> {
    const { actor } = context;
    if (query.entity === 'plan') await this.plans.get(query.entityId, actor);
    if (query.entity === 'task') await this.tasks.get(query.entityId, actor);
    if (query.entity === 'user' && actor.role !== 'admin')
      throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem mục này', 'Forbidden');
    const [rows, total] = await this.dataSource.getRepository(AuditEntryEntity).findAndCount({
      where: { entity: query.entity, entityId: query.entityId },
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.perPage,
      take: query.perPage,
    });
    return {
      data: rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorUsername: r.actorUsername,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        before: r.before,
        after: r.after,
      })),
      total,
    };
  }
}
