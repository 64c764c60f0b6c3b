import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ContractInterceptor } from './common/contract.interceptor.js';
import { loggerOptions } from './common/logger.js';
import { ProblemFilter } from './common/problem.filter.js';
import { ConfigModule, type Runtime } from './config/config.module.js';
import type { Env } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import { AgenciesModule } from './modules/agencies/agencies.module.js';
import { ArticlesModule } from './modules/articles/articles.module.js';
import { AuditReadModule } from './modules/audit/audit-read.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CampaignsModule } from './modules/campaigns/campaigns.module.js';
import { ConsolidationModule } from './modules/consolidation/consolidation.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DocumentsModule } from './modules/documents/documents.module.js';
import { MediaModule } from './modules/media/media.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { StorageModule } from './modules/storage/storage.module.js';
import { PlansModule } from './modules/plans/plans.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { TasksModule } from './modules/tasks/tasks.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  /** The whole API for one environment and database. */
  static forRoot(env: Env, databaseUrl: string, runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env, runtime),
        LoggerModule.forRoot(loggerOptions(env)),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, env.DB_POOL_SIZE)),
        DiscoveryModule,
        AuditModule,
        AuthModule,
        HealthModule,
        AgenciesModule,
        UsersModule,
        PlansModule,
        TasksModule,
        ReportsModule,
        ArticlesModule,
        CampaignsModule,
        ImportsModule,
        DashboardModule,
        AuditReadModule,
        JobsModule,
        ConsolidationModule,
        MetricsModule,
        StorageModule,
        DocumentsModule,
        MediaModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: ContractInterceptor },
      ],
    };
  }
}
