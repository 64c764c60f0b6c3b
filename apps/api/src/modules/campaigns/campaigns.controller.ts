import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { NEWSROOM_WRITERS } from '@bcdnq/domain/articles';
import {
  type Campaign,
  type CampaignCreate,
  type CampaignUpdate,
  type PublicCampaign,
  ZCampaign,
  ZCampaignCreate,
  ZCampaignListQuery,
  ZCampaignUpdate,
  ZPublicCampaign,
  type PublicCampaignListQuery,
  ZPublicCampaignListQuery,
} from '@bcdnq/domain/campaigns';
import { type ListQuery, ZPage } from '@bcdnq/domain/common';
import { Contract, Public, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { CampaignsService } from './campaigns.service.js';

const writers = NEWSROOM_WRITERS.filter((r) => r !== 'admin');

@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Contract({
    summary: 'Đợt tuyên truyền / Campaigns',
    tag: 'campaigns',
    query: ZCampaignListQuery,
    response: ZPage(ZCampaign),
  })
  list(@Query() query: ListQuery): Promise<Page<Campaign>> {
    return this.campaigns.list(query);
  }

  @Post()
  @Roles(...writers)
  @Contract({
    summary: 'Tạo đợt tuyên truyền / New campaign',
    tag: 'campaigns',
    body: ZCampaignCreate,
    response: ZCampaign,
    status: 201,
  })
  create(@Body() body: CampaignCreate, @Ctx() context: CallContext): Promise<Campaign> {
    return this.campaigns.create(body, context);
  }

  @Get(':id')
  @Contract({ summary: 'Một đợt tuyên truyền / One campaign', tag: 'campaigns', response: ZCampaign })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Campaign> {
    return this.campaigns.get(id);
  }

  @Put(':id')
  @Roles(...writers)
  @Contract({
    summary: 'Sửa đợt tuyên truyền / Update a campaign',
    tag: 'campaigns',
    body: ZCampaignUpdate,
    response: ZCampaign,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CampaignUpdate,
    @Ctx() context: CallContext,
  ): Promise<Campaign> {
    return this.campaigns.update(id, body, context);
  }
}

@Controller('public/campaigns')
@Public()
export class PublicCampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=60, stale-if-error=600')
  @Contract({
    summary: 'Đợt tuyên truyền / Campaigns (public)',
    tag: 'public',
    query: ZPublicCampaignListQuery,
    response: ZPage(ZPublicCampaign),
  })
  list(@Query() query: PublicCampaignListQuery): Promise<Page<PublicCampaign>> {
    return this.campaigns.listPublic(query.page, query.perPage);
  }

  @Get(':slug')
  @Header('Cache-Control', 'public, max-age=60, stale-if-error=600')
  @Contract({
    summary: 'Một đợt tuyên truyền / One campaign (public)',
    tag: 'public',
    response: ZPublicCampaign,
  })
  get(@Param('slug') slug: string): Promise<PublicCampaign> {
    return this.campaigns.getPublic(slug);
  }
}
