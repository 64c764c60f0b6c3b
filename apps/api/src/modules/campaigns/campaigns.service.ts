import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError, type ListQuery } from '@bcdnq/domain/common';
import { escapeLike, type Page, pageOf, sortColumns, vietnameseOrder } from '../../common/list.js';
import { CampaignEntity } from './campaign.entity.js';
import { type Campaign, CAMPAIGN_SORT_KEYS } from '@bcdnq/domain/campaigns';

const CAMPAIGN_SORT = sortColumns<(typeof CAMPAIGN_SORT_KEYS)[number]>({ id: 'c.id', startsOn: 'c.startsOn', name: vietnameseOrder('c.name') });

const toCampaign = (e: CampaignEntity): Campaign => ({
  id: e.id,
  slug: e.slug,
  name: e.name,
  description: e.description,
  keyDate: e.keyDate,
  startsOn: e.startsOn,
  endsOn: e.endsOn,
  slogans: e.slogans,
  planId: e.planId,
  version: e.version,
});

@Injectable()
export class CampaignsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: ListQuery): Promise<Page<Campaign>> {
    const qb = this.dataSource.getRepository(CampaignEntity).createQueryBuilder('c');
    if (query.q) qb.andWhere('unaccent(lower(c.name)) LIKE unaccent(lower(:q))', { q: `%${escapeLike(query.q)}%` });
    const { rows, total } = await pageOf(qb, { ...query, q: undefined }, CAMPAIGN_SORT, ['c.startsOn', 'DESC']);
    return { data: rows.map(toCampaign), total };
  }

  async get(id: string): Promise<Campaign> {
    const entity = await this.dataSource.getRepository(CampaignEntity).findOneBy({ id });
    if (!entity) throw new DomainError('NOT_FOUND', 'Không tìm thấy đợt tuyên truyền', 'Campaign not found');
    return toCampaign(entity);
  }
}
