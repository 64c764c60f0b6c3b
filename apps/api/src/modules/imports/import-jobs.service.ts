import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThan } from 'typeorm';
import { DomainError, isDomainError } from '@bcdnq/domain/common';
import type { ImportJob, ImportJobKind, ImportPreview, ReportImportPreview } from '@bcdnq/domain/import';
import type { Role } from '@bcdnq/domain/users';
import { checkDocumentType, type PageImage } from '@bcdnq/documents';
import type { Actor } from '../../common/request-context.js';
import { ImportJobPageEntity } from './import-job-page.entity.js';
import { ImportJobEntity } from './import-job.entity.js';
import { type ImportSource, ImportsService } from './imports.service.js';

/**
 * The bounds of background reads: unfinished jobs one person may have at once, jobs kept per person (the oldest
 * finished ones go first), how long a job and its answer live, and how stale a running job's heartbeat may be
 * before it counts as interrupted (its API replica stopped).
 */
export const IMPORT_JOB_BOUNDS = {
  activePerUser: 2,
  keptPerUser: 10,
  ttlMs: 60 * 60_000,
  heartbeatMs: 1_000,
  staleMs: 30_000,
} as const;

/** Who may read a document as what: plans are the standing office's; reports also the agency officers'. */
const KIND_ROLES: ReadonlyMap<ImportJobKind, readonly Role[]> = new Map([
  ['plan', ['standing_office', 'admin']],
  ['report', ['standing_office', 'agency_officer', 'admin']],
]);

const jobNotFound = () =>
  new DomainError(
    'NOT_FOUND',
    'Không tìm thấy việc đọc tệp (đã xong quá lâu hoặc đã hủy)',
    'Import job not found',
  );

function toJob(entity: ImportJobEntity): ImportJob {
  const done = entity.state === 'done' ? entity.result : null;
  return {
    id: entity.id,
    kind: entity.kind,
    state: entity.state,
    fileName: entity.fileName,
    progress: entity.progress,
    planPreview: entity.kind === 'plan' ? ((done as ImportPreview | null) ?? null) : null,
    reportPreview: entity.kind === 'report' ? ((done as ReportImportPreview | null) ?? null) : null,
    pageImages: entity.state === 'done' ? entity.pageImages : [],
    error: entity.error,
    createdAt: entity.createdAt.toISOString(),
    expiresAt: entity.expiresAt.toISOString(),
  };
}

/**
 * Long reads (a 20-page scan takes minutes) as jobs: the upload answers at once with a job, the reader reports
 * its pages into the job's row, and deleting the job stops the reader process, on whichever replica it runs.
 */
@Injectable()
export class ImportJobsService implements OnModuleDestroy {
  private readonly logger = new Logger(ImportJobsService.name);
  /** Jobs this replica is running, to stop their readers. */
  private readonly running = new Map<string, AbortController>();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ImportsService,
  ) {}

  private get jobs() {
    return this.dataSource.getRepository(ImportJobEntity);
  }

  /** Starts reading the document in the background and answers with the job at once. */
  async start(source: ImportSource, kind: ImportJobKind, actor: Actor): Promise<ImportJob> {
    if (!(KIND_ROLES.get(kind) ?? []).includes(actor.role))
      throw new DomainError(
        'FORBIDDEN',
        'Chỉ Cơ quan Thường trực được nhập kế hoạch từ văn bản',
        'Only the standing office imports plans',
      );
    // What the bytes are is known at once: an empty, binary or unsupported file is refused before any job.
    if (source.kind === 'file') checkDocumentType(source.bytes, source.fileName);
    const now = new Date();
    await this.jobs.delete({ expiresAt: LessThan(now) });
    const active = await this.jobs.count({ where: { ownerId: actor.id, state: 'running' } });
    if (active >= IMPORT_JOB_BOUNDS.activePerUser)
      throw new DomainError(
        'RATE_LIMITED',
        `Bạn đang có ${active} tệp đang đọc: chờ đọc xong hoặc hủy bớt rồi thử lại`,
        `You already have ${active} files being read: wait for them or cancel one`,
        { retryAfterSeconds: 10 },
      );
    const kept = await this.jobs.find({
      where: { ownerId: actor.id },
      select: { id: true },
      order: { createdAt: 'DESC' },
      skip: IMPORT_JOB_BOUNDS.keptPerUser - 1,
    });
    if (kept.length > 0)
      await this.jobs.delete({ id: In(kept.map((j) => j.id)), state: In(['done', 'failed']) });
    const entity = await this.jobs.save(
      this.jobs.create({
        ownerId: actor.id,
        kind,
        state: 'running',
        fileName: source.kind === 'file' ? source.fileName.slice(0, 300) : null,
        progress: null,
        result: null,
        error: null,
        heartbeatAt: now,
        expiresAt: new Date(now.getTime() + IMPORT_JOB_BOUNDS.ttlMs),
      }),
    );
    const controller = new AbortController();
    this.running.set(entity.id, controller);
    this.beat();
    void this.run(entity.id, kind, source, controller.signal);
    return toJob(entity);
  }

  private async run(
    id: string,
    kind: ImportJobKind,
    source: ImportSource,
    signal: AbortSignal,
  ): Promise<void> {
    const stillRunning = { id, state: 'running' as const };
    try {
      let images: readonly PageImage[] = [];
      const control = {
        signal,
        onProgress: (progress: ImportJob['progress']) =>
          void this.jobs.update(stillRunning, { progress, heartbeatAt: new Date() }).catch(() => undefined),
        onPageImages: (read: readonly PageImage[]) => (images = read),
      };
      const result =
        kind === 'plan'
          ? await this.imports.preview(source, control)
          : await this.imports.reportPreview(source, control);
      // The answer and the pictures together, unless the job was cancelled meanwhile (its row is gone).
      await this.dataSource.transaction(async (manager) => {
        const done = await manager.update(ImportJobEntity, stillRunning, {
          state: 'done',
          result,
          pageImages: images.map((i) => i.page),
          heartbeatAt: new Date(),
        });
        if (!done.affected || images.length === 0) return;
        await manager.insert(
          ImportJobPageEntity,
          images.map((i) => ({
            jobId: id,
            number: i.page,
            contentType: i.contentType,
            bytes: Buffer.from(i.bytes.buffer, i.bytes.byteOffset, i.bytes.byteLength),
          })),
        );
      });
    } catch (error) {
      if (signal.aborted) return;
      if (!isDomainError(error)) this.logger.error({ err: error, jobId: id }, 'import job failed');
      const message = isDomainError(error)
        ? { message: error.message, messageEn: error.messageEn }
        : { message: 'Không đọc được tệp do lỗi không mong đợi', messageEn: 'The file could not be read' };
      await this.jobs
        .update(stillRunning, { state: 'failed', error: message, heartbeatAt: new Date() })
        .catch(() => undefined);
    } finally {
      this.running.delete(id);
    }
  }

  /** Keeps this replica's jobs alive and stops the reader of a job deleted meanwhile (maybe on another replica). */
  private beat(): void {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      const ids = [...this.running.keys()];
      if (ids.length === 0) {
        if (this.heartbeat) clearInterval(this.heartbeat);
        this.heartbeat = null;
        return;
      }
      void this.jobs
        .createQueryBuilder()
        .update(ImportJobEntity)
        .set({ heartbeatAt: () => 'now()' })
        .where('id IN (:...ids)', { ids })
        .andWhere("state = 'running'")
        .returning('id')
        .execute()
        .then((updated) => {
          const alive = new Set((updated.raw as { id: string }[]).map((r) => r.id));
          for (const id of ids) if (!alive.has(id)) this.running.get(id)?.abort();
        })
        .catch((error: unknown) => this.logger.warn({ err: error }, 'import job heartbeat failed'));
    }, IMPORT_JOB_BOUNDS.heartbeatMs);
    this.heartbeat.unref();
  }

  /** The caller's own job (anyone else's answers 404); a running job whose replica went silent has failed. */
  async get(id: string, actor: Actor): Promise<ImportJob> {
    const entity = await this.jobs.findOne({ where: { id, ownerId: actor.id } });
    if (!entity || entity.expiresAt.getTime() < Date.now()) throw jobNotFound();
    if (entity.state === 'running' && Date.now() - entity.heartbeatAt.getTime() > IMPORT_JOB_BOUNDS.staleMs) {
      entity.state = 'failed';
      entity.error = {
        message: 'Việc đọc tệp bị gián đoạn (máy chủ khởi động lại); hãy tải tệp lên lại',
        messageEn: 'Reading the file was interrupted (the server restarted): upload it again',
      };
      await this.jobs.update({ id, state: 'running' }, { state: entity.state, error: entity.error });
    }
    return toJob(entity);
  }

  /** The picture of a page of the caller's own job (404 for anyone else, or a page without one). */
  async pageImage(id: string, page: number, actor: Actor): Promise<{ contentType: string; bytes: Buffer }> {
    const missing = () =>
      new DomainError('NOT_FOUND', 'Không có ảnh của trang này', 'No picture of this page');
    if (!Number.isSafeInteger(page) || page < 1 || page > 100_000) throw missing();
    const found = await this.dataSource
      .getRepository(ImportJobPageEntity)
      .createQueryBuilder('p')
      .innerJoin(ImportJobEntity, 'j', 'j.id = p.jobId')
      .where('p.jobId = :id AND p.number = :page', { id, page })
      .andWhere('j.ownerId = :owner AND j.expiresAt > now()', { owner: actor.id })
      .getOne();
    if (!found) throw missing();
    return { contentType: found.contentType, bytes: found.bytes };
  }

  /** Cancels and forgets the caller's job: its reader process is killed here or by its replica's heartbeat. */
  async cancel(id: string, actor: Actor): Promise<void> {
    const deleted = await this.jobs.delete({ id, ownerId: actor.id });
    if (!deleted.affected) throw jobNotFound();
    this.running.get(id)?.abort();
  }

  onModuleDestroy(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    for (const controller of this.running.values()) controller.abort();
  }
}
