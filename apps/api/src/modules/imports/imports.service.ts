import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyResolver } from '@bcdnq/domain/agencies';
import type { ImportCommit, ImportPreview, ReportImportPreview } from '@bcdnq/domain/import';
import { totalsByIndicator } from '@bcdnq/domain/indicators';
import { isSamePlanTitle, type Plan } from '@bcdnq/domain/plans';
import { type DocumentReading, type PageImage, type ReadProgress, readDocument } from '@bcdnq/documents';
import type { CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { PlansService, toPlan } from '../plans/plans.service.js';
import { TasksService } from '../tasks/tasks.service.js';

export type ImportSource =
  { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'text'; text: string };

/**
 * Stops the read (`signal`: the client went away, or the job was cancelled), hears of its pages as they are read,
 * and receives the pictures of a scan's pages (only a background job keeps them).
 */
export type ReadControl = {
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  onPageImages?: (images: readonly PageImage[]) => void;
};

/** What a preview says of a scan: the pages recognised and the words to check (not the pictures). */
function scanOf(reading: DocumentReading): ImportPreview['scan'] {
  return reading.scan ? { pages: reading.scan.pages, lowConfidence: reading.scan.lowConfidence } : null;
}

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
  ) {}

  /**
   * Reads a document into a reviewable draft: the importer's reading, agency matches and duplicate numbers.
   * The file is read and parsed in a capped reader process (@bcdnq/documents readDocument), never on this
   * thread; `control.signal` stops it (the client went away, or the job was cancelled).
   */
  async preview(source: ImportSource, control: ReadControl = {}): Promise<ImportPreview> {
    const { reading, agencies } = await this.read(source, control);
    const { text, result } = reading;
    const resolver = new AgencyResolver(agencies);
    const names = new Set(
      (result.plan?.tasks ?? []).flatMap((t) => [...t.leads.map((l) => l.agency), ...t.coordinators]),
    );
    const matches = Object.fromEntries([...names].map((name) => [name, resolver.resolve(name)?.id ?? null]));
    const duplicates = result.plan
      ? (await this.likelySame(result.plan)).map((p) => ({
          id: p.id,
          title: p.title,
          number: p.number,
          year: p.year,
          status: p.status,
        }))
      : [];
    return {
      result,
      sourceText: text,
      fileName: source.kind === 'file' ? source.fileName : null,
      scan: scanOf(reading),
      agencies: matches,
      duplicates,
    };
  }

  /**
   * Reads an agency's report document for the report form: the reading, the reporting agency's id and the
   * figures added up per indicator. Same capped reader process as the plan preview.
   */
  async reportPreview(source: ImportSource, control: ReadControl = {}): Promise<ReportImportPreview> {
    const { reading, agencies } = await this.read(source, control);
    const { text, result } = reading;
    const agency = result.report?.agency ? new AgencyResolver(agencies).resolve(result.report.agency) : null;
    return {
      result,
      sourceText: text,
      fileName: source.kind === 'file' ? source.fileName : null,
      scan: scanOf(reading),
      agencyId: agency?.id ?? null,
      indicators: totalsByIndicator(result.report?.figures ?? []),
    };
  }

  /** Reads the document in the capped reader process with the catalogue's agency names. */
  private async read(
    source: ImportSource,
    { onPageImages, ...control }: ReadControl,
  ): Promise<{ reading: DocumentReading; agencies: AgencyEntity[] }> {
    const agencies = await this.dataSource.getRepository(AgencyEntity).find();
    const reading = await readDocument(source, {
      agencies,
      ...control,
      pageImages: onPageImages !== undefined,
    });
    if (reading.scan && onPageImages) onPageImages(reading.scan.images);
    return { reading, agencies };
  }

  /** Plans that are probably this document already: the same number, or the same title and year. */
  private async likelySame(plan: {
    number: string | null;
    title: string | null;
    year: number | null;
  }): Promise<PlanEntity[]> {
    const repository = this.dataSource.getRepository(PlanEntity);
    const byNumber = plan.number
      ? await repository.find({ where: { number: plan.number }, order: { year: 'DESC' }, take: 10 })
      : [];
    const { title, year } = plan;
    const sameYear =
      title && year
        ? await repository.find({
            where: { year },
            select: { id: true, title: true, number: true, year: true, status: true },
            take: 1000,
          })
        : [];
    const byTitle = title ? sameYear.filter((p) => isSamePlanTitle(p.title, title)) : [];
    return [...new Map([...byNumber, ...byTitle].map((p) => [p.id, p])).values()].slice(0, 10);
  }

  /** Saves the reviewed draft plan with all its tasks in one transaction. */
  async commit(input: ImportCommit, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.createDraft(manager, input.plan, context);
      for (const task of input.tasks)
        await this.tasks.createInPlan(manager, { ...task, planId: plan.id }, plan.year, context);
      return toPlan(plan, input.tasks.length);
    });
  }
}
