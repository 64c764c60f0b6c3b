import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { RUNTIME, type Runtime } from '../config/config.module.js';
import { COUNTS_CHANNEL, invalidateCounts, setPeersListen } from './count-cache.js';

const RECONNECT_MS = 5_000;

/**
 * Keeps list totals coherent across API instances: one dedicated connection LISTENs for the NOTIFY every
 * audited change sends at commit, and forgets this instance's remembered totals. The embedded database serves
 * one instance only: nothing to listen for there.
 */
@Injectable()
export class CountCacheSync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CountCacheSync.name);
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.runtime.embeddedDatabase) return;
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    setPeersListen(false);
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || this.stopped) return;
    const client = new pg.Client({ connectionString: url, application_name: 'bcdnq-api-counts' });
    client.on('notification', () => invalidateCounts());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${COUNTS_CHANNEL}`);
      this.client = client;
      // Changes made while we were not listening went unheard.
      invalidateCounts();
      setPeersListen(true);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.stopped || (this.client !== null && this.client !== client) || this.timer) return;
    this.client = null;
    if (error)
      this.logger.warn(
        { err: error },
        'count sync connection lost; totals from other instances may lag until it is back',
      );
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.listen();
    }, RECONNECT_MS);
    this.timer.unref();
  }
}
