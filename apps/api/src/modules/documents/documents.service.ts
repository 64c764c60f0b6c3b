import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { queryWords, slugify } from '@bcdnq/domain/articles';
import { DomainError } from '@bcdnq/domain/common';
import type {
  DocumentMetadataUpdate,
  PublishedDocument,
  PublishedDocumentDetail,
} from '@bcdnq/domain/documents';
import type { Plan } from '@bcdnq/domain/plans';
import type { Task } from '@bcdnq/domain/tasks';
import type { Page } from '../../common/list.js';
import { assertFresh } from '../../common/optimistic.js';
import type { CallContext } from '../../common/request-context.js';
import { touchPublicContent } from '../articles/public-stamp.js';
import { AuditService } from '../audit/audit.service.js';
import { ExportsService } from '../exports/exports.service.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { toPlan } from '../plans/plans.service.js';
import { TasksService } from '../tasks/tasks.service.js';
import { PublicDocumentEntity } from './public-document.entity.js';
import { isPlanPublishable, PLAN_STATUSES } from '@bcdnq/domain/plans';

// The domain's rule: issued texts not replaced by a newer version.
const PUBLIC_STATUSES = PLAN_STATUSES.filter(isPlanPublishable);
const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy văn bản', 'Document not found');

/** `25-kh-ubnd-ke-hoach-…-1a2b3c4d`: readable, and its last 8 characters find the plan. */
export function documentSlug(
  plan: Pick<PlanEntity, 'id' | 'number' | 'title'>,
  meta?: PublicDocumentEntity | null,
): string {
  const number = meta?.number ?? plan.number ?? '';
  const words = slugify(`${number} ${plan.title}`, 80);
  return `${words}-${plan.id.slice(0, 8)}`;
}

function toDocument(plan: PlanEntity, meta: PublicDocumentEntity | null): PublishedDocument {
  return {
    id: plan.id,
    planId: plan.id,
    slug: documentSlug(plan, meta),
    number: meta?.number ?? plan.number ?? '',
    title: plan.title,
    documentType: meta?.documentType ?? 'Kế hoạch',
    issuer: meta?.issuer ?? plan.issuer ?? '',
    signer: meta ? meta.signer : (plan.signer?.name ?? null),
    issuedOn: meta?.issuedOn ?? plan.issuedOn ?? plan.createdAt.toISOString().slice(0, 10),
    effectiveOn: meta ? meta.effectiveOn : plan.issuedOn,
    field: meta?.field ?? null,
    abstract: meta?.abstract ?? plan.summary ?? null,
    fileUrl: `/api/public/documents/${documentSlug(plan, meta)}/file`,
    publishedAt: (meta && meta.updatedAt > plan.updatedAt ? meta.updatedAt : plan.updatedAt).toISOString(),
  };
}

/** Issued plans published on the portal, with the metadata staff edited (or the plan's own values until then). */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly exports: ExportsService,
  ) {}

  private published(manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(PlanEntity)
      .createQueryBuilder('p')
      .where('p.publishPublicly = true')
      .andWhere('p.status IN (:...statuses)', { statuses: PUBLIC_STATUSES });
  }

  private async metaOf(planIds: string[]): Promise<Map<string, PublicDocumentEntity>> {
    if (planIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(PublicDocumentEntity)
      .createQueryBuilder('d')
      .where('d.planId IN (:...planIds)', { planIds })
      .getMany();
    return new Map(rows.map((r) => [r.planId, r]));
  }

  /** Published documents, newest issued first; `q` keeps those whose number or text has every word (no diacritics). */
  async list(page: number, perPage: number, q?: string): Promise<Page<PublishedDocument>> {
    const base = this.published();
    const words = queryWords(q ?? '');
    if (q?.trim() && words.length === 0) return { data: [], total: 0 };
    // Whole words: the folded text is padded with spaces and searched with the word between non-letters.
    for (const [i, word] of words.entries()) {
      base.andWhere(`(' ' || regexp_replace(p.searchText, '[^a-z0-9]+', ' ', 'g') || ' ') LIKE :w${i}`, {
        [`w${i}`]: `% ${word} %`,
      });
    }
    const qb = base.orderBy('p.issuedOn', 'DESC', 'NULLS LAST').addOrderBy('p.id', 'ASC');
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .offset((page - 1) * perPage)
        .limit(perPage)
        .getMany(),
      qb.getCount(),
    ]);
    const meta = await this.metaOf(rows.map((r) => r.id));
    return { data: rows.map((p) => toDocument(p, meta.get(p.id) ?? null)), total };
  }

  private async bySlug(slug: string): Promise<{ plan: PlanEntity; meta: PublicDocumentEntity | null }> {
    const tail = /-([0-9a-f]{8})$/.exec(slug)?.[1];
    if (!tail) throw notFound();
    const plan = await this.published()
      .andWhere('CAST(p.id AS text) LIKE :prefix', { prefix: `${tail}%` })
      .getOne();
    if (!plan) throw notFound();
    const meta = (await this.metaOf([plan.id])).get(plan.id) ?? null;
    if (documentSlug(plan, meta) !== slug) throw notFound();
    return { plan, meta };
  }

  /** One published document with the plan's text: purposes, key tasks, the assigned duties and section IV. */
  async detail(slug: string): Promise<PublishedDocumentDetail> {
    const { plan, meta } = await this.bySlug(slug);
    const tasks = await this.tasks.ofPlan(this.dataSource.manager, plan.id);
    return {
      ...toDocument(plan, meta),
      purposes: plan.purposes,
      keyTasks: plan.keyTasks,
      tasks: tasks.map((t) => ({
        ref: t.ref,
        text: t.text,
        leads: t.leads.map((l) => t.agencyNames?.[l.agencyId] ?? '').filter(Boolean),
      })),
      implementation: plan.implementation,
    };
  }

  /** The document file (the plan in the Decree 30 layout) for citizens to download. */
  async file(slug: string): Promise<{ bytes: Buffer; name: string }> {
    const { plan: entity, meta } = await this.bySlug(slug);
    const plan: Plan = toPlan(entity);
    const tasks: Task[] = await this.tasks.ofPlan(this.dataSource.manager, entity.id);
    const names = new Map(tasks.flatMap((t) => Object.entries(t.agencyNames ?? {})));
    const bytes = await this.exports.planDocx(plan, tasks, (id) => names.get(id) ?? '');
    return { bytes, name: `${documentSlug(entity, meta)}.docx` };
  }

  /** Staff's view: published documents with their metadata, by plan id. */
  async get(planId: string): Promise<PublishedDocument & { version: number }> {
    const plan = await this.published().andWhere('p.id = :planId', { planId }).getOne();
    if (!plan) throw notFound();
    const meta = (await this.metaOf([planId])).get(planId) ?? null;
    return { ...toDocument(plan, meta), version: meta?.version ?? 1 };
  }

  async listForStaff(page: number, perPage: number): Promise<Page<PublishedDocument & { version: number }>> {
    const result = await this.list(page, perPage);
    const meta = await this.metaOf(result.data.map((d) => d.id));
    return {
      data: result.data.map((d) => ({ ...d, version: meta.get(d.id)?.version ?? 1 })),
      total: result.total,
    };
  }

  /** Edits the public metadata of a published plan (number, type, issuer, signer, dates, field, abstract). */
  async updateMetadata(
    planId: string,
    input: DocumentMetadataUpdate,
    context: CallContext,
  ): Promise<PublishedDocument & { version: number }> {
    await this.dataSource.transaction(async (manager) => {
      const plan = await this.published(manager)
        .andWhere('p.id = :planId', { planId })
        .setLock('pessimistic_write')
        .getOne();
      if (!plan) throw notFound();
      const existing = await manager.findOne(PublicDocumentEntity, {
        where: { planId },
        lock: { mode: 'pessimistic_write' },
      });
      const current = toDocument(plan, existing);
      assertFresh({ ...current, version: existing?.version ?? 1 }, input, 'Văn bản');
      const { version: _version, ...changes } = input;
      const row =
        existing ??
        manager.create(PublicDocumentEntity, {
          planId,
          number: current.number || null,
          documentType: current.documentType,
          issuer: current.issuer || null,
          signer: current.signer,
          issuedOn: current.issuedOn,
          effectiveOn: current.effectiveOn,
          field: current.field,
          abstract: current.abstract,
        });
      Object.assign(row, changes);
      const saved = await manager.save(row);
      // A first save starts the row at version 1, which the client already holds: keep the numbers moving.
      if (!existing) await manager.increment(PublicDocumentEntity, { planId }, 'version', 1);
      await this.audit.record(manager, context, {
        action: 'document.update',
        entity: 'plan',
        entityId: planId,
        before: current,
        after: toDocument(plan, saved),
      });
    });
    await touchPublicContent(this.dataSource);
    return this.get(planId);
  }
}
