import { Module } from '@nestjs/common';
import { ExportsService } from './exports.service.js';

/** Word and Excel exports; the plans and tasks controllers import this module and serve the files. */
@Module({ providers: [ExportsService], exports: [ExportsService] })
export class ExportsModule {}
