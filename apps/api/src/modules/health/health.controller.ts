import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Contract, Public } from '../../common/contract.js';
import { RUNTIME, type Runtime } from '../../config/config.module.js';

export const ZHealth = z.object({
  status: z.enum(['ok', 'down']),
  database: z.object({ status: z.enum(['up', 'down']), embedded: z.boolean(), latencyMs: z.number().nullable() }),
});
export type Health = z.infer<typeof ZHealth>;

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  @Get()
  @Public()
  @Contract({ summary: 'Tình trạng hệ thống / Health', tag: 'system', response: ZHealth })
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const started = performance.now();
    let up: boolean;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      up = true;
    } catch {
      up = false;
    }
    const latencyMs = up ? Math.round((performance.now() - started) * 10) / 10 : null;
    response.status(up ? 200 : 503).setHeader('cache-control', 'no-store');
    return {
      status: up ? 'ok' : 'down',
      database: { status: up ? 'up' : 'down', embedded: this.runtime.embeddedDatabase, latencyMs },
    };
  }
}
