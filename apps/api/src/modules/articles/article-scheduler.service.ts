import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { ArticlesService } from './articles.service.js';

/** How often scheduled articles are checked: they appear within this delay of their time. */
export const SCHEDULE_CHECK_MS = 20_000;

/**
 * Publishes scheduled articles when their time comes. It runs at start (catching up whatever fell due while the
 * server was down) and then every 20 seconds; the work is state-based and locked, so several instances are safe.
 */
@Injectable()
export class ArticleSchedulerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ArticleSchedulerService.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly articles: ArticlesService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.env.JOBS_ENABLED) return;
    const tick = () =>
      void this.articles
        .publishDue()
        .catch((error: unknown) => this.logger.error({ err: error }, 'scheduled publishing failed'));
    setTimeout(tick, 500).unref();
    this.timer = setInterval(tick, SCHEDULE_CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
