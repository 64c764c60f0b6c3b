import { Module } from '@nestjs/common';
import { MediaController, PublicMediaController } from './media.controller.js';
import { MediaService } from './media.service.js';

@Module({ controllers: [MediaController, PublicMediaController], providers: [MediaService] })
export class MediaModule {}
