import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource, EntityManager } from 'typeorm';
import { AgencyResolver } from '@bcdnq/domain/agencies';
import { importDocument } from '@bcdnq/importer';
import { guessPlanKind } from '@bcdnq/domain/plans';
import { coordinatorsBeyondLeads, type TaskLead } from '@bcdnq/domain/tasks';
import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import { PlanEntity } from '../modules/plans/plan.entity.js';
import { PlansService } from '../modules/plans/plans.service.js';
import { ReportsService } from '../modules/reports/reports.service.js';
import { TasksService } from '../modules/tasks/tasks.service.js';

/** The real plan documents shipped as fixtures (repo root /fixtures/seeds), from src/ or dist/ alike. */
export const SEED_DOCUMENTS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../fixtures/seeds',
);

/**
 * The demo plans: each document of fixtures/seeds read through the importer, saved with its tasks, and issued
 * when the document carries its number, date and signer (drafts otherwise).
 */
export async function seedPlans(
  dataSource: DataSource,
  manager: EntityManager,
  audit: AuditService,
): Promise<number> {
  if ((await manager.count(PlanEntity)) > 0) return 0;
  const tasks = new TasksService(dataSource, audit);
  const reports = new ReportsService(dataSource, audit);
  const plans = new PlansService(dataSource, audit, tasks, reports);
  const resolver = new AgencyResolver(await manager.find(AgencyEntity));
  const files = readdirSync(SEED_DOCUMENTS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  let created = 0;
  for (const file of files) {
    const result = importDocument(readFileSync(path.join(SEED_DOCUMENTS_DIR, file), 'utf8'));
    const imported = result.plan;
    if (result.kind !== 'plan' || !imported) continue;
    const year = imported.year ?? Number(imported.issuedOn?.slice(0, 4) ?? new Date().getFullYear());
    const plan = await plans.createDraft(
      manager,
      {
        kind: guessPlanKind(imported.title),
        title: imported.title ?? file,
        year,
        number: imported.number,
        issuedOn: imported.issuedOn,
        place: imported.place,
        issuer: imported.issuer,
        signer: imported.signer,
        references: imported.references,
        purposes: imported.purposes,
        keyTasks: imported.keyTasks,
        implementation: imported.implementation,
        reportingRules: imported.reportingRules,
        recipients: imported.recipients,
        publishPublicly: false,
      },
      null,
    );
    for (const task of imported.tasks) {
      const leads: TaskLead[] = task.leads.flatMap((l) => {
        const agency = resolver.resolve(l.agency);
        return agency ? [{ agencyId: agency.id, requested: l.requested }] : [];
      });
      const coordinatorIds = coordinatorsBeyondLeads(
        leads.map((l) => l.agencyId),
        task.coordinators.flatMap((name) => resolver.resolve(name)?.id ?? []),
      );
      await tasks.createInPlan(
        manager,
        {
          planId: plan.id,
          ref: task.ref,
          text: task.text,
          subDuties: task.subDuties,
          leads,
          coordinatorIds,
          schedule: task.schedule,
          topics: task.topics,
        },
        year,
        null,
      );
    }
    if (plan.number && plan.issuedOn && plan.signer) {
      await plans.applyIssue(
        manager,
        plan,
        { number: plan.number, issuedOn: plan.issuedOn, signer: plan.signer },
        null,
      );
    }
    created += 1;
  }
  return created;
}
