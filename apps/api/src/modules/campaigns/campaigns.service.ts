import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { slugify } from '@bcdnq/domain/articles';
import {
  type Campaign,
  type CampaignCreate,
  type CampaignUpdate,
  CAMPAIGN_SORT_KEYS,
  isCampaignRunning,
  type PublicCampaign,
} from '@bcdnq/domain/campaigns';
import { DomainError, type ListQuery } from '@bcdnq/domain/common';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { type Page, pageOf, sortColumns, vietnameseOrder } from '../../common/list.js';
import { assertFresh, isUniqueViolation } from '../../common/optimistic.js';
import type { CallContext } from '../../common/request-context.js';
import { touchPublicContent } from '../articles/public-stamp.js';
import { AuditService } from '../audit/audit.service.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { CampaignEntity } from './campaign.entity.js';

const CAMPAIGN_SORT = sortColumns<(typeof CAMPAIGN_SORT_KEYS)[number]>({
  id: 'c.id',
  startsOn: 'c.startsOn',
  name: vietnameseOrder('c.name'),
});

export const toCampaign = (e: CampaignEntity): Campaign => ({
  id: e.id,
  slug: e.slug,
  name: e.name,
  description: e.description,
  nameEn: e.nameEn,
  descriptionEn: e.descriptionEn,
  keyDate: e.keyDate,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  slogans: e.slogans,
  bannerFrom: e.bannerFrom,
  bannerTo: e.bannerTo,
  planId: e.planId,
  taskIds: e.taskIds,
  version: e.version,
});

const toPublicCampaign = (e: CampaignEntity, today: string): PublicCampaign => ({
  slug: e.slug,
  name: e.name,
  description: e.description,
  nameEn: e.nameEn,
  descriptionEn: e.descriptionEn,
  keyDate: e.keyDate,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  slogans: e.slogans,
  bannerFrom: e.bannerFrom,
  bannerTo: e.bannerTo,
  running: isCampaignRunning(e, today),
});

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy đợt tuyên truyền', 'Campaign not found');
const duplicate = () =>
  new DomainError('DUPLICATE', 'Đường dẫn đợt tuyên truyền đã được dùng', 'Slug taken', { field: 'slug' });

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQuery): Promise<Page<Campaign>> {
    const qb = this.dataSource.getRepository(CampaignEntity).createQueryBuilder('c');
    if (query.q?.trim()) {
      const q = query.q
        .replace(/\p{Cc}/gu, ' ')
        .replace(/[\\%_]/g, (c) => `\\${c}`)
        .trim();
      qb.andWhere('unaccent(lower(c.name)) LIKE unaccent(lower(:q))', { q: `%${q}%` });
    }
    const { rows, total } = await pageOf(qb, { ...query, q: undefined }, CAMPAIGN_SORT, [
      'c.startsOn',
      'DESC',
    ]);
    return { data: rows.map(toCampaign), total };
  }

  async get(id: string): Promise<Campaign> {
    const entity = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id });
    if (!entity) throw notFound();
    return toCampaign(entity);
  }

  private async checkTasks(manager: EntityManager, taskIds: string[]): Promise<void> {
    if (taskIds.length === 0) return;
    const found = await manager.countBy(TaskEntity, { id: In(taskIds) });
    if (found !== new Set(taskIds).size)
      throw new DomainError('VALIDATION', 'Có nhiệm vụ liên kết không tồn tại', 'Unknown task', {
        field: 'taskIds',
      });
  }

  async create(input: CampaignCreate, context: CallContext): Promise<Campaign> {
    try {
      const campaign = await this.dataSource.transaction(async (manager) => {
        await this.checkTasks(manager, input.taskIds);
        const slug = input.slug ?? slugify(input.name);
        if (await manager.existsBy(CampaignEntity, { slug })) throw duplicate();
        const saved = await manager.save(
          manager.create(CampaignEntity, {
            ...input,
            slug,
            description: input.description ?? null,
            nameEn: input.nameEn ?? null,
            descriptionEn: input.descriptionEn ?? null,
            keyDate: input.keyDate ?? null,
            bannerFrom: input.bannerFrom ?? null,
            bannerTo: input.bannerTo ?? null,
            planId: input.planId ?? null,
            taskIds: [...new Set(input.taskIds)],
          }),
        );
        const after = toCampaign(saved);
        await this.audit.record(manager, context, {
          action: 'campaign.create',
          entity: 'campaign',
          entityId: saved.id,
          after,
        });
        return after;
      });
      // Committed: the portals drop their cached campaign pages now.
      await touchPublicContent(this.dataSource);
      return campaign;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  async update(id: string, input: CampaignUpdate, context: CallContext): Promise<Campaign> {
    try {
      const campaign = await this.dataSource.transaction(async (manager) => {
        const entity = await manager.findOne(CampaignEntity, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!entity) throw notFound();
        const before = toCampaign(entity);
        assertFresh(before, input, 'Đợt tuyên truyền');
        const { version: _version, ...changes } = input;
        if (changes.taskIds) await this.checkTasks(manager, changes.taskIds);
        Object.assign(entity, changes);
        if (entity.startsOn > entity.endsOn)
          throw new DomainError(
            'VALIDATION',
            'Ngày kết thúc phải sau ngày bắt đầu',
            'Ends before it starts',
            { field: 'endsOn' },
          );
        const saved = await manager.save(entity);
        const after = toCampaign(saved);
        await this.audit.record(manager, context, {
          action: 'campaign.update',
          entity: 'campaign',
          entityId: id,
          before,
          after,
        });
        return after;
      });
      // Committed: the portals drop their cached campaign pages now.
      await touchPublicContent(this.dataSource);
      return campaign;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  /** Campaigns for the portal: running ones first, then the most recent. */
  async listPublic(page: number, perPage: number, today = todayInVietnam()): Promise<Page<PublicCampaign>> {
    const repo = this.dataSource.getRepository(CampaignEntity);
    const qb = repo
      .createQueryBuilder('c')
      .orderBy(`CASE WHEN c.startsOn <= :today AND c.endsOn >= :today THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('c.startsOn', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .setParameter('today', today)
      .offset((page - 1) * perPage)
      .limit(perPage);
    const [rows, total] = await Promise.all([qb.getMany(), repo.count()]);
    return { data: rows.map((r) => toPublicCampaign(r, today)), total };
  }

  async getPublic(slug: string, today = todayInVietnam()): Promise<PublicCampaign> {
    const entity = await this.dataSource.getRepository(CampaignEntity).findOneBy({ slug });
    if (!entity) throw notFound();
    return toPublicCampaign(entity, today);
  }
}
