import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { type Campaign, ZCampaign, ZCampaignListQuery } from '@bcdnq/domain/campaigns';
import { type ListQuery, ZPage } from '@bcdnq/domain/common';
import { Contract } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { CampaignsService } from './campaigns.service.js';

@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Contract({ summary: 'Đợt tuyên truyền / Campaigns', tag: 'campaigns', query: ZCampaignListQuery, response: ZPage(ZCampaign) })
  list(@Query() query: ListQuery): Promise<Page<Campaign>> {
    return this.campaigns.list(query);
  }

  @Get(':id')
  @Contract({ summary: 'Một đợt tuyên truyền / One campaign', tag: 'campaigns', response: ZCampaign })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Campaign> {
    return this.campaigns.get(id);
  }
}
