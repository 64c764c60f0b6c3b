import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyResolver } from '@bcdnq/domain/agencies';
import { type ImportCommit, importDocument, type ImportPreview } from '@bcdnq/domain/import';
import { isSamePlanTitle, type Plan } from '@bcdnq/domain/plans';
import { extractText } from '@bcdnq/documents';
import type { CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';
import { PlansService, toPlan } from '../plans/plans.service.js';
import { TasksService } from '../tasks/tasks.service.js';

export type ImportSource = { kind: 'file'; bytes: Uint8Array; fileName: string } | { kind: 'text'; text: string };

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly tasks: TasksService,
  ) {}

  /** Reads a document into a reviewable draft: the importer's reading, agency matches and duplicate numbers. */
  async preview(source: ImportSource): Promise<ImportPreview> {
    const extracted = source.kind === 'file' ? await extractText(source.bytes, source.fileName) : { text: source.text.normalize('NFC'), warnings: [] };
    const agencies = await this.dataSource.getRepository(AgencyEntity).find();
    const reading = importDocument(extracted.text, { agencies });
    const result = { ...reading, warnings: [...extracted.warnings, ...reading.warnings] };
    const resolver = new AgencyResolver(agencies);
    const names = new Set((result.plan?.tasks ?? []).flatMap((t) => [...t.leads.map((l) => l.agency), ...t.coordinators]));
    const matches = Object.fromEntries([...names].map((name) => [name, resolver.resolve(name)?.id ?? null]));
    const duplicates = result.plan ? (await this.likelySame(result.plan)).map((p) => ({
          id: p.id,
          title: p.title,
          number: p.number,
          year: p.year,
          status: p.status,
        }))
      : [];
    return { result, sourceText: extracted.text, fileName: source.kind === 'file' ? source.fileName : null, agencies: matches, duplicates };
  }

  /** Plans that are probably this document already: the same number, or the same title and year. */
  private async likelySame(plan: { number: string | null; title: string | null; year: number | null }): Promise<PlanEntity[]> {
    const repository = this.dataSource.getRepository(PlanEntity);
    const byNumber = plan.number ? await repository.find({ where: { number: plan.number }, order: { year: 'DESC' }, take: 10 }) : [];
    const { title, year } = plan;
    const sameYear = title && year ? await repository.find({ where: { year }, select: { id: true, title: true, number: true, year: true, status: true }, take: 1000 }) : [];
    const byTitle = title ? sameYear.filter((p) => isSamePlanTitle(p.title, title)) : [];
    return [...new Map([...byNumber, ...byTitle].map((p) => [p.id, p])).values()].slice(0, 10);
  }

  /** Saves the reviewed draft plan with all its tasks in one transaction. */
  async commit(input: ImportCommit, context: CallContext): Promise<Plan> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.plans.createDraft(manager, input.plan, context);
      for (const task of input.tasks) await this.tasks.createInPlan(manager, { ...task, planId: plan.id }, plan.year, context);
      return toPlan(plan, input.tasks.length);
    });
  }
}
