import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { todayInVietnam } from '@bcdnq/domain/tasks';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * Prometheus metrics of one API instance: its own HTTP traffic and process, plus facts read from the shared
 * database at scrape time (job runs, overdue work), which every instance reports alike — sum the former across
 * instances, take any one of the latter.
 */
@Injectable()
export class MetricsService {
  private readonly logger = new Logger(MetricsService.name);
  // One registry per application (tests build several in one process), never prom-client's global one.
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const read = this.read.bind(this);
    new Gauge({
      name: 'bcdnq_job_last_run_timestamp_seconds',
      help: 'When each daily job last finished (Unix time), across all instances.',
      labelNames: ['job'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows = await read<{ name: string; finished: number }>(
          `SELECT name, extract(epoch FROM finished_at)::float8 AS finished FROM job_runs`,
        );
        for (const row of rows ?? []) this.set({ job: row.name }, Number(row.finished));
      },
    });
    new Gauge({
      name: 'bcdnq_tasks_overdue',
      help: 'Tasks marked overdue (the daily job marks them).',
      registers: [this.registry],
      async collect() {
        const rows = await read<{ n: number }>(
          `SELECT count(*)::int AS n FROM tasks WHERE status = 'overdue'`,
        );
        if (rows) this.set(rows[0]?.n ?? 0);
      },
    });
    new Gauge({
      name: 'bcdnq_reports_late',
      help: 'Reports past their due date and not yet submitted (Việt Nam calendar).',
      registers: [this.registry],
      async collect() {
        const rows = await read<{ n: number }>(
          `SELECT count(*)::int AS n FROM reports r JOIN report_obligations o ON o.id = r.obligation_id
            WHERE r.submitted_at IS NULL AND o.due_on < $1`,
          [todayInVietnam()],
        );
        if (rows) this.set(rows[0]?.n ?? 0);
      },
    });
  }

  /** A scrape must not fail because one query did: that gauge is left out and the reason logged. */
  private async read<T>(sql: string, parameters: unknown[] = []): Promise<T[] | null> {
    try {
      return (await this.dataSource.query(sql, parameters)) as T[];
    } catch (error) {
      this.logger.warn({ err: error }, 'metrics query failed');
      return null;
    }
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }
}
