import type { Server } from 'node:http';
import { type BeforeApplicationShutdown, Controller, Get, Inject, Injectable, Res } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { type Health, type Readiness, ZHealth, ZLiveness, ZReadiness } from '@bcdnq/domain/common';
import { Contract, Public } from '../../common/contract.js';
import { RUNTIME, type Runtime } from '../../config/config.module.js';

/** How long answers already under way may take once the instance stops, before their connections are cut. */
export const DRAIN_DEADLINE_MS = 10_000;

/**
 * The instance's way out, with no lost request: readiness fails, every answer from then on closes its connection
 * (a proxy's kept-alive connection would otherwise keep bringing requests to a server that has stopped listening,
 * for ever), idle connections are closed now and the rest cut at the deadline. Nest then stops the listener and
 * waits for the connections to end; new requests go to the other replicas.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  draining = false;

  constructor(private readonly adapter: HttpAdapterHost) {}

  beforeApplicationShutdown(): void {
    this.draining = true;
    const server = this.adapter.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), DRAIN_DEADLINE_MS).unref();
  }
}

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Liveness: the process answers (a restart is the cure only when this fails); never touches the database. */
  @Get('live')
  @Public()
  @Contract({ summary: 'Tiến trình còn chạy / Liveness', tag: 'system', response: ZLiveness })
  live(@Res({ passthrough: true }) response: Response): { status: 'ok' } {
    response.setHeader('cache-control', 'no-store');
    return { status: 'ok' };
  }

  /** Readiness: send this instance traffic — the database answers and the instance is not shutting down. */
  @Get('ready')
  @Public()
  @Contract({ summary: 'Sẵn sàng nhận yêu cầu / Readiness', tag: 'system', response: ZReadiness })
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const up = await this.databaseUp();
    const ready = up && !this.shutdown.draining;
    response.status(ready ? 200 : 503).setHeader('cache-control', 'no-store');
    return {
      status: ready ? 'ready' : 'not_ready',
      draining: this.shutdown.draining,
      database: up ? 'up' : 'down',
    };
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }

  @Get()
  @Public()
  @Contract({ summary: 'Tình trạng hệ thống / Health', tag: 'system', response: ZHealth })
  async health(@Res({ passthrough: true }) response: Response): Promise<Health> {
    const started = performance.now();
    const up = await this.databaseUp();
    const latencyMs = up ? Math.round((performance.now() - started) * 10) / 10 : null;
    response.status(up ? 200 : 503).setHeader('cache-control', 'no-store');
    return {
      status: up ? 'ok' : 'down',
      database: { status: up ? 'up' : 'down', embedded: this.runtime.embeddedDatabase, latencyMs },
    };
  }
}
