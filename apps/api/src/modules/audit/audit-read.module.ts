import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { AuditController } from './audit.controller.js';

/** Reading the audit trail needs the plan and task scoping; writing it (AuditModule) needs nothing. */
@Module({ imports: [PlansModule, TasksModule], controllers: [AuditController] })
export class AuditReadModule {}
