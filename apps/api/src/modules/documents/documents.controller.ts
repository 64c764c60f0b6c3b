import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Put, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ZPage } from '@bcdnq/domain/common';
import {
  type DocumentMetadataUpdate,
  type PublishedDocument,
  type PublishedDocumentDetail,
  ZDocumentMetadataUpdate,
  ZPublishedDocument,
  ZPublishedDocumentDetail,
  type DocumentListQuery,
  type StaffDocument,
  ZDocumentListQuery,
  ZStaffDocument,
} from '@bcdnq/domain/documents';
import { Contract, Public, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { downloadHeaders } from '../../common/send-file.js';
import { DocumentsService } from './documents.service.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EDITORS = ['standing_office', 'editor', 'reviewer', 'committee_leader'];

@Controller('documents')
@Roles(...EDITORS)
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @Contract({
    summary: 'Văn bản công bố (quản lý) / Published documents (staff)',
    tag: 'documents',
    query: ZDocumentListQuery,
    response: ZPage(ZStaffDocument),
  })
  list(@Query() query: DocumentListQuery): Promise<Page<StaffDocument>> {
    return this.documents.listForStaff(query.page, query.perPage);
  }

  @Get(':id')
  @Contract({
    summary: 'Một văn bản công bố / One published document',
    tag: 'documents',
    response: ZStaffDocument,
  })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<StaffDocument> {
    return this.documents.get(id);
  }

  @Put(':id')
  @Contract({
    summary: 'Sửa thông tin văn bản công bố / Edit public document metadata',
    tag: 'documents',
    body: ZDocumentMetadataUpdate,
    response: ZStaffDocument,
  })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DocumentMetadataUpdate,
    @Ctx() context: CallContext,
  ): Promise<StaffDocument> {
    return this.documents.updateMetadata(id, body, context);
  }
}

@Controller('public/documents')
@Public()
export class PublicDocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=60, stale-if-error=600')
  @Contract({
    summary: 'Văn bản đã công bố / Published documents',
    tag: 'public',
    query: ZDocumentListQuery,
    response: ZPage(ZPublishedDocument),
  })
  list(@Query() query: DocumentListQuery): Promise<Page<PublishedDocument>> {
    return this.documents.list(query.page, query.perPage, query.q);
  }

  @Get(':slug')
  @Header('Cache-Control', 'public, max-age=60, stale-if-error=600')
  @Contract({
    summary: 'Một văn bản đã công bố / One published document',
    tag: 'public',
    response: ZPublishedDocumentDetail,
  })
  detail(@Param('slug') slug: string): Promise<PublishedDocumentDetail> {
    return this.documents.detail(slug);
  }

  @Get(':slug/file')
  @Contract({ summary: 'Tải văn bản / Download the document', tag: 'public', produces: DOCX })
  async file(@Param('slug') slug: string, @Res() response: Response): Promise<void> {
    const { bytes, name } = await this.documents.file(slug);
    downloadHeaders(response, name, DOCX, bytes.length);
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.end(bytes);
  }
}
