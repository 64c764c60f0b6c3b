import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  type Agency,
  type AgencyCreate,
  type AgencySuccession,
  type AgencySuccessionResult,
  type AgencyUpdate,
  ZAgency,
  ZAgencyCreate,
  ZAgencySuccession,
  ZAgencySuccessionResult,
  ZAgencyUpdate,
  type AgencyListQuery,
  ZAgencyListQuery,
} from '@bcdnq/domain/agencies';
import { ZPage } from '@bcdnq/domain/common';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { AgenciesService } from './agencies.service.js';

@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Contract({
    summary: 'Danh mục đơn vị / Agency catalogue',
    tag: 'agencies',
    query: ZAgencyListQuery,
    response: ZPage(ZAgency),
  })
  list(@Query() query: AgencyListQuery): Promise<Page<Agency>> {
    return this.agencies.list(query);
  }

  @Get(':id')
  @Contract({ summary: 'Một đơn vị / One agency', tag: 'agencies', response: ZAgency })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Agency> {
    return this.agencies.get(id);
  }

  @Post()
  @Roles('admin')
  @Contract({
    summary: 'Thêm đơn vị / Create an agency',
    tag: 'agencies',
    body: ZAgencyCreate,
    response: ZAgency,
    status: 201,
  })
  create(@Body() body: AgencyCreate, @Ctx() context: CallContext): Promise<Agency> {
    return this.agencies.create(body, context);
  }

  @Put(':id')
  @Roles('admin')
  @Contract({
    summary: 'Sửa đơn vị / Update an agency',
    tag: 'agencies',
    body: ZAgencyUpdate,
    response: ZAgency,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AgencyUpdate,
    @Ctx() context: CallContext,
  ): Promise<Agency> {
    return this.agencies.update(id, body, context);
  }

  @Post(':id/succession')
  @Roles('admin')
  @Contract({
    summary: 'Sáp nhập, đổi tên: chuyển giao cho đơn vị kế thừa / Hand over to a successor',
    tag: 'agencies',
    body: ZAgencySuccession,
    response: ZAgencySuccessionResult,
    status: 200,
  })
  succession(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AgencySuccession,
    @Ctx() context: CallContext,
  ): Promise<AgencySuccessionResult> {
    return this.agencies.succession(id, body, context);
  }
}
