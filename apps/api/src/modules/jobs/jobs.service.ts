import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { countsChanged, invalidateCounts } from '../../common/count-cache.js';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { ReportRemindersService } from '../reports/report-reminders.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { JobRunEntity } from './job-run.entity.js';

type DailyJob = {
  name: string;
  run: (manager: EntityManager, today: string) => Promise<Record<string, unknown>>;
};
const CHECK_EVERY_MS = 10 * 60_000;

/**
 * Daily jobs. Each runs at most once per Việt Nam day across every API instance: a transaction-scoped
 * advisory lock lets one instance in, and job_runs records the day done — so a day missed while the server
 * was down is caught up at the next start.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private timer: NodeJS.Timeout | null = null;
  readonly jobs: DailyJob[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    tasks: TasksService,
    reminders: ReportRemindersService,
  ) {
    this.jobs = [
      {
        name: 'tasks.markOverdue',
        run: async (manager, today) => ({ overdue: await tasks.markOverdue(manager, today) }),
      },
      // Reminders of reports due soon or late: e-mail, or the outbox without SMTP.
      { name: 'reports.remind', run: (manager, today) => reminders.remind(manager, today) },
    ];
  }

  onApplicationBootstrap(): void {
    if (!this.env.JOBS_ENABLED) return;
    const tick = () =>
      void this.runDue().catch((error: unknown) => this.logger.error({ err: error }, 'daily jobs failed'));
    setTimeout(tick, 1000).unref();
    this.timer = setInterval(tick, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs every job not yet done for `today`; returns what ran. */
  async runDue(today = todayInVietnam()): Promise<Record<string, Record<string, unknown>>> {
    const ran: Record<string, Record<string, unknown>> = {};
    for (const job of this.jobs) {
      const result = await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`, [
          `bcdnq:job:${job.name}`,
        ]);
        if (!locked) return null;
        const last = await manager.findOneBy(JobRunEntity, { name: job.name });
        if (last && last.lastRunOn >= today) return null;
        const output = await job.run(manager, today);
        await manager.save(JobRunEntity, {
          name: job.name,
          lastRunOn: today,
          finishedAt: new Date(),
          result: output,
        });
        await countsChanged(manager);
        return output;
      });
      if (result) {
        invalidateCounts();
        ran[job.name] = result;
        this.logger.log({ job: job.name, today, ...result }, 'daily job done');
      }
    }
    return ran;
  }
}
