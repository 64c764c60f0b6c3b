import { AGENCY_CATALOGUE } from '@bcdnq/domain/agencies';
import { slugify } from '@bcdnq/domain/articles';
import type { DataSource, EntityManager } from 'typeorm';
import { searchTextOf } from '../common/list.js';
import { AgencyEntity } from '../modules/agencies/agency.entity.js';
import { AgenciesService } from '../modules/agencies/agencies.service.js';
import { ArticleEntity } from '../modules/articles/article.entity.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { hashPassword } from '../modules/auth/password.js';
import { CampaignEntity } from '../modules/campaigns/campaign.entity.js';
import { TasksService } from '../modules/tasks/tasks.service.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { DEMO_ARTICLES, DEMO_CAMPAIGN, DEMO_PASSWORD, DEMO_USERS } from './demo-content.js';
import { seedLivingYear } from './seed-living-year.js';
import { ReportsService } from '../modules/reports/reports.service.js';
import { seedNewsroom } from './seed-newsroom.js';
import type { FileStorage } from '../modules/storage/file-storage.js';
import { seedPlans } from './seed-plans.js';

export type SeedSummary = { agencies: number; users: number; plans: number; articles: number };

/** Loads the agency catalogue and the demo data; idempotent (what exists is left alone). */
export async function runSeed(
  dataSource: DataSource,
  options: { demo: boolean; storage?: FileStorage },
): Promise<SeedSummary> {
  const audit = new AuditService();
  return dataSource.transaction(async (manager) => {
    const agencies = await new AgenciesService(
      dataSource,
      audit,
      new TasksService(dataSource, audit),
      new ReportsService(dataSource, audit),
    ).loadCatalogue(manager, AGENCY_CATALOGUE);
    if (!options.demo) return { agencies, users: 0, plans: 0, articles: 0 };
    const users = await seedUsers(manager);
    const plans =
      (await seedPlans(dataSource, manager, audit)) + (await seedLivingYear(dataSource, manager, audit));
    const articles =
      (await seedArticles(manager)) + (await seedNewsroom(manager, { storage: options.storage }));
    return { agencies, users, plans, articles };
  });
}

/** Seeds a brand-new demo database (no users yet); returns null when there was nothing to do. */
export async function seedIfEmpty(
  dataSource: DataSource,
  storage?: FileStorage,
): Promise<SeedSummary | null> {
  if ((await dataSource.getRepository(UserEntity).count()) > 0) return null;
  return runSeed(dataSource, { demo: true, storage });
}

async function seedUsers(manager: EntityManager): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let created = 0;
  for (const user of DEMO_USERS) {
    if (await manager.existsBy(UserEntity, { username: user.username })) continue;
    const agency = user.agencyCode ? await manager.findOneBy(AgencyEntity, { code: user.agencyCode }) : null;
    await manager.save(
      manager.create(UserEntity, {
        username: user.username,
        fullName: user.fullName,
        role: user.role,
        agencyId: agency?.id ?? null,
        email: null,
        active: true,
        passwordHash,
        searchText: searchTextOf(user.username, user.fullName),
      }),
    );
    created += 1;
  }
  return created;
}

async function seedArticles(manager: EntityManager): Promise<number> {
  if ((await manager.count(ArticleEntity)) > 0) return 0;
  const campaign =
    (await manager.findOneBy(CampaignEntity, { slug: DEMO_CAMPAIGN.slug })) ??
    (await manager.save(
      manager.create(CampaignEntity, {
        ...DEMO_CAMPAIGN,
        slug: DEMO_CAMPAIGN.slug ?? slugify(DEMO_CAMPAIGN.name),
      }),
    ));
  for (const article of DEMO_ARTICLES) {
    await manager.save(
      manager.create(ArticleEntity, {
        ...article,
        slug: slugify(article.title),
        status: 'published',
        publishedAt: new Date(article.publishedAt),
        campaignId: article.tags.includes('75 năm') ? campaign.id : null,
        searchText: searchTextOf(article.title, article.lead, article.tags),
      }),
    );
  }
  return DEMO_ARTICLES.length;
}
