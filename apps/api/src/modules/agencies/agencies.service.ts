import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  Agency,
  AgencyCreate,
  AgencyListQuery,
  AgencySeed,
  AgencySuccession,
  AgencySuccessionResult,
  AgencyUpdate,
} from '@bcdnq/domain/agencies';
import { DomainError } from '@bcdnq/domain/common';
import { type Page, pageOf, sortColumns, vietnameseOrder, searchTextOf } from '../../common/list.js';
import { assertFresh, isUniqueViolation } from '../../common/optimistic.js';
import type { CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { AgencyEntity } from './agency.entity.js';
import { AGENCY_SORT_KEYS } from '@bcdnq/domain/agencies';
import { ReportsService } from '../reports/reports.service.js';
import { TasksService } from '../tasks/tasks.service.js';

const AGENCY_SORT = sortColumns<(typeof AGENCY_SORT_KEYS)[number]>({
  id: 'a.id',
  name: vietnameseOrder('a.name'),
  kind: 'a.kind',
  code: 'a.code',
  validTo: 'a.validTo',
});

export function toAgency(entity: AgencyEntity): Agency {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    shortName: entity.shortName,
    aliases: entity.aliases,
    kind: entity.kind,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    successorIds: entity.successorIds,
    version: entity.version,
  };
}

const agencySearchText = (a: Pick<AgencyEntity, 'name' | 'shortName' | 'aliases' | 'code'>) =>
  searchTextOf(a.name, a.shortName, a.aliases, a.code);

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly reports: ReportsService,
  ) {}

  async list(query: AgencyListQuery): Promise<Page<Agency>> {
    const qb = this.dataSource.getRepository(AgencyEntity).createQueryBuilder('a');
    if (query.id) qb.andWhere('a.id IN (:...ids)', { ids: query.id });
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    if (query.activeOn) {
      qb.andWhere('(a.validFrom IS NULL OR a.validFrom <= :on) AND (a.validTo IS NULL OR a.validTo >= :on)', {
        on: query.activeOn,
      });
    }
    const { rows, total } = await pageOf(qb, query, AGENCY_SORT, [vietnameseOrder('a.name'), 'ASC']);
    return { data: rows.map(toAgency), total };
  }

  async get(id: string): Promise<Agency> {
    const entity = await this.dataSource.getRepository(AgencyEntity).findOneBy({ id });
    if (!entity) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị', 'Agency not found');
    return toAgency(entity);
  }

  async create(input: AgencyCreate, context: CallContext): Promise<Agency> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const entity = manager.create(AgencyEntity, {
          ...input,
          shortName: input.shortName ?? null,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
          successorIds: [],
        });
        entity.searchText = agencySearchText(entity);
        const saved = await manager.save(entity);
        await this.audit.record(manager, context, {
          action: 'agency.create',
          entity: 'agency',
          entityId: saved.id,
          after: toAgency(saved),
        });
        return toAgency(saved);
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError(
          'DUPLICATE',
          `Mã đơn vị "${input.code}" đã tồn tại`,
          'Agency code already exists',
        );
      throw error;
    }
  }

  async update(id: string, input: AgencyUpdate, context: CallContext): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(AgencyEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entity) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị', 'Agency not found');
      assertFresh(toAgency(entity), input, 'Đơn vị');
      const before = toAgency(entity);
      const { version: _version, ...changes } = input;
      Object.assign(entity, changes);
      entity.searchText = agencySearchText(entity);
      const saved = await manager.save(entity);
      // Drafts follow the new name; issued plans keep the name they were issued with.
      if (before.name !== saved.name) await this.tasks.renameAgencyOnDrafts(manager, id, saved.name);
      await this.audit.record(manager, context, {
        action: 'agency.update',
        entity: 'agency',
        entityId: id,
        before,
        after: toAgency(saved),
      });
      return toAgency(saved);
    });
  }

  /**
   * Ends an agency and names its successor; with `handOverOpenTasks`, its open tasks of plans not closed — and the
   * reports it still owes for periods after it ends — pass to the successor (merged into the successor's part when it already has one). History stays in the audit log.
   */
  async succession(
    id: string,
    input: AgencySuccession,
    context: CallContext,
  ): Promise<AgencySuccessionResult> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(AgencyEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entity) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị', 'Agency not found');
      assertFresh(toAgency(entity), { version: input.version }, 'Đơn vị');
      const successor = await manager.findOneBy(AgencyEntity, { id: input.successorId });
      if (!successor || successor.id === id) {
        throw new DomainError('VALIDATION', 'Đơn vị kế thừa không hợp lệ', 'Invalid successor', {
          field: 'successorId',
        });
      }
      if (entity.validFrom && input.validTo < entity.validFrom) {
        throw new DomainError(
          'VALIDATION',
          'Ngày kết thúc phải sau ngày bắt đầu hiệu lực',
          'End before start',
          { field: 'validTo' },
        );
      }
      const before = toAgency(entity);
      entity.validTo = input.validTo;
      entity.successorIds = [successor.id, ...entity.successorIds.filter((s) => s !== successor.id)];
      const saved = await manager.save(entity);
      let handedOver = 0;
      if (input.handOverOpenTasks) {
        const from = { id, name: entity.name };
        const to = { id: successor.id, name: successor.name };
        handedOver = await this.tasks.handOver(manager, from, to, context);
        // The reports owed for those duties follow them: no period owed twice, none by an ended agency.
        await this.reports.handOver(manager, from, to, input.validTo, context);
      }
      await this.audit.record(manager, context, {
        action: 'agency.succession',
        entity: 'agency',
        entityId: id,
        before,
        after: { ...toAgency(saved), handedOver },
      });
      return { agency: toAgency(saved), handedOver };
    });
  }

  /** Loads the catalogue shipped as data: inserts agencies missing by code, then links successors. */
  async loadCatalogue(manager: EntityManager, catalogue: readonly AgencySeed[]): Promise<number> {
    const repository = manager.getRepository(AgencyEntity);
    const existing = new Map((await repository.find()).map((a) => [a.code, a]));
    let inserted = 0;
    for (const seed of catalogue) {
      if (existing.has(seed.code)) continue;
      const entity = repository.create({
        code: seed.code,
        name: seed.name,
        shortName: seed.shortName ?? null,
        aliases: seed.aliases,
        kind: seed.kind,
        validFrom: seed.validFrom ?? null,
        validTo: seed.validTo ?? null,
        successorIds: [],
      });
      entity.searchText = agencySearchText(entity);
      existing.set(seed.code, await repository.save(entity));
      inserted += 1;
    }
    for (const seed of catalogue) {
      const agency = existing.get(seed.code);
      const successorIds = (seed.successors ?? []).flatMap((code) => existing.get(code)?.id ?? []);
      if (agency && successorIds.length && agency.successorIds.length === 0) {
        await repository.update({ id: agency.id }, { successorIds });
      }
    }
    return inserted;
  }
}
