import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { NEWSROOM_WRITERS } from '@bcdnq/domain/articles';
import { DomainError, type ListQuery, ZListQuery, ZPage } from '@bcdnq/domain/common';
import { MAX_MEDIA_BYTES, type Media, ZMedia, ZMediaUpload } from '@bcdnq/domain/media';
import { Contract, Public, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { MediaService, type UploadedImage } from './media.service.js';

const writers = NEWSROOM_WRITERS.filter((r) => r !== 'admin');
@Controller('media')
@Roles(...writers)
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get()
  @Contract({
    summary: 'Thư viện ảnh / Media library',
    tag: 'media',
    query: ZListQuery,
    response: ZPage(ZMedia),
  })
  list(@Query() query: ListQuery): Promise<Page<Media>> {
    return this.media.list(query);
  }

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_MEDIA_BYTES, files: 1 } }))
  @Contract({
    summary: 'Tải ảnh lên / Upload an image',
    tag: 'media',
    body: ZMediaUpload,
    response: ZMedia,
    status: 201,
    multipart: true,
  })
  upload(@UploadedFile() file: UploadedImage | undefined, @Ctx() context: CallContext): Promise<Media> {
    return this.media.upload(file, context);
  }
}

@Controller('public/media')
@Public()
export class PublicMediaController {
  constructor(private readonly media: MediaService) {}

  @Get(':id/:file')
  @Contract({ summary: 'Ảnh đã xử lý / A processed image', tag: 'public', produces: 'image/webp' })
  async file(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('file') file: string,
    @Res() response: Response,
  ): Promise<void> {
    const found = await this.media.variant(id, file);
    if (!found) throw new DomainError('NOT_FOUND', 'Không tìm thấy ảnh', 'Image not found');
    response.setHeader('Content-Type', found.contentType);
    response.setHeader('Content-Length', String(found.bytes.length));
    // A variant's bytes never change under its URL: cache it for a year.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(found.bytes);
  }
}
