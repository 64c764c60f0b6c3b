import { Global, Module } from '@nestjs/common';
import { CountCacheSync } from '../../common/count-cache-sync.js';
import { AuditService } from './audit.service.js';

@Global()
// The audit log announces every change; CountCacheSync hears the other instances' announcements.
@Module({ providers: [AuditService, CountCacheSync], exports: [AuditService] })
export class AuditModule {}
