import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { DomainError } from '@bcdnq/domain/common';
import type { Request, Response } from 'express';
import { Contract, Public } from '../../common/contract.js';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import { MetricsService } from './metrics.service.js';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /**
   * Prometheus text, for a scraper holding METRICS_TOKEN (no session: Prometheus has none). Without a token
   * configured the route does not exist, so nothing leaks from an installation that did not ask for it.
   */
  @Get()
  @Public()
  @Contract({
    summary: 'Số đo cho Prometheus / Prometheus metrics',
    tag: 'system',
    produces: 'text/plain; version=0.0.4',
  })
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    const token = this.env.METRICS_TOKEN;
    if (!token) throw new DomainError('NOT_FOUND', 'Không tìm thấy', 'Not found');
    const given = /^Bearer (.+)$/.exec(request.header('authorization') ?? '')?.[1] ?? '';
    if (!sameSecret(given, token)) {
      throw new DomainError('UNAUTHENTICATED', 'Cần mã truy cập số đo', 'A metrics token is required');
    }
    const body = await this.metrics.registry.metrics();
    response
      .status(200)
      .setHeader('cache-control', 'no-store')
      .type(this.metrics.registry.contentType)
      .send(body);
  }
}
