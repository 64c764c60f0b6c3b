import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { diffWords } from 'diff';
import { Brackets, DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import {
  type Article,
  type ArticleCreate,
  type ArticleStatusChange,
  type ArticleUpdate,
  type ArticleVersion,
  ARTICLE_STATUS_LABELS,
  articleMachine,
  COVER_ALT_MESSAGE,
  coverAltMissing,
  htmlToText,
  exactMatchPattern,
  mayEditArticle,
  mayFireArticleEvent,
  type PublicArticle,
  queryWords,
  SEARCH_RESULT_CAP,
  slugify,
  type ArticleListQuery,
  type PublicArticleListQuery,
} from '@bcdnq/domain/articles';
import { DomainError } from '@bcdnq/domain/common';
import { cachedResult } from '../../common/count-cache.js';
import { iso, type Page, pageOf, searchTextOf, sortColumns, vietnameseOrder } from '../../common/list.js';
import { assertFresh, isUniqueViolation } from '../../common/optimistic.js';
import type { CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignEntity } from '../campaigns/campaign.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { plainText, sanitizeArticleHtml } from './article-html.sanitizer.js';
import { ArticleVersionEntity } from './article-version.entity.js';
import { ArticleEntity } from './article.entity.js';
import { publicContentStamp, touchPublicContent } from './public-stamp.js';
import { ARTICLE_SORT_KEYS } from '@bcdnq/domain/articles';

const ARTICLE_SORT = sortColumns<(typeof ARTICLE_SORT_KEYS)[number]>({
  id: 'a.id',
  title: vietnameseOrder('a.title'),
  status: 'a.status',
  publishedAt: 'a.publishedAt',
  publishAt: 'a.publishAt',
  updatedAt: 'a.updatedAt',
});

export function toArticle(entity: ArticleEntity): Article {
  return {
    id: entity.id,
    title: entity.title,
    slug: entity.slug,
    lead: entity.lead,
    body: entity.body,
    coverImageUrl: entity.coverImageUrl,
    coverCaption: entity.coverCaption,
    coverAlt: entity.coverAlt,
    byline: entity.byline,
    sourceAgencyId: entity.sourceAgencyId,
    category: entity.category as Article['category'],
    tags: entity.tags,
    language: entity.language,
    campaignId: entity.campaignId,
    taskId: entity.taskId,
    translationId: entity.translationId,
    status: entity.status,
    publishAt: iso(entity.publishAt),
    publishedAt: iso(entity.publishedAt),
    reviewComment: entity.reviewComment,
    createdById: entity.createdById,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    version: entity.version,
  };
}

type PublicExtras = Pick<PublicArticle, 'translation' | 'campaign' | 'sourceAgency'>;

export function toPublicArticle(entity: ArticleEntity, extras: PublicExtras): PublicArticle {
  return {
    id: entity.id,
    title: entity.title,
    slug: entity.slug,
    lead: entity.lead,
    body: entity.body,
    coverImageUrl: entity.coverImageUrl,
    coverCaption: entity.coverCaption,
    coverAlt: entity.coverAlt,
    byline: entity.byline,
    category: entity.category as PublicArticle['category'],
    tags: entity.tags,
    language: entity.language,
    publishedAt: iso(entity.publishedAt),
    updatedAt: entity.updatedAt.toISOString(),
    ...extras,
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy tin bài', 'Article not found');
// Control characters (a NUL byte above all) cannot reach PostgreSQL text; a reader's odd input is cleaned, not a 500.
const cleanQuery = (q: string | undefined) => (q ?? '').replace(/\p{Cc}/gu, ' ').trim();

/** The fields whose text is versioned and diffed. */
const VERSIONED = ['title', 'lead', 'body', 'coverCaption'] as const;

@Injectable()
export class ArticlesService {
  private readonly logger = new Logger(ArticlesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---------- public portal ----------

  /** Campaign, translation and source agency of published articles, fetched for a page at once. */
  private async publicExtras(
    manager: EntityManager,
    rows: ArticleEntity[],
  ): Promise<Map<string, PublicExtras>> {
    const campaignIds = [...new Set(rows.map((r) => r.campaignId).filter((id): id is string => Boolean(id)))];
    const agencyIds = [
      ...new Set(rows.map((r) => r.sourceAgencyId).filter((id): id is string => Boolean(id))),
    ];
    const ids = rows.map((r) => r.id);
    const linked = rows.map((r) => r.translationId).filter((id): id is string => Boolean(id));
    const [campaigns, agencies, translations] = await Promise.all([
      campaignIds.length
        ? manager.find(CampaignEntity, {
            where: { id: In(campaignIds) },
            select: { id: true, slug: true, name: true },
          })
        : [],
      agencyIds.length
        ? manager.find(AgencyEntity, { where: { id: In(agencyIds) }, select: { id: true, name: true } })
        : [],
      ids.length
        ? manager
            .getRepository(ArticleEntity)
            .createQueryBuilder('t')
            .select(['t.id', 't.slug', 't.language', 't.translationId'])
            .where(`t.status = 'published'`)
            .andWhere(
              new Brackets((w) => {
                w.where('t.translationId IN (:...ids)', { ids });
                if (linked.length) w.orWhere('t.id IN (:...linked)', { linked });
              }),
            )
            .getMany()
        : [],
    ]);
    const result = new Map<string, PublicExtras>();
    for (const row of rows) {
      const campaign = campaigns.find((c) => c.id === row.campaignId);
      // A link either way makes two articles translations of each other.
      const translation = translations.find(
        (t) => t.id !== row.id && (t.id === row.translationId || t.translationId === row.id),
      );
      result.set(row.id, {
        campaign: campaign ? { slug: campaign.slug, name: campaign.name } : null,
        translation:
          translation && translation.language !== row.language
            ? { language: translation.language, slug: translation.slug }
            : null,
        sourceAgency: agencies.find((a) => a.id === row.sourceAgencyId)?.name ?? null,
      });
    }
    return result;
  }

  private async withExtras(rows: ArticleEntity[]): Promise<PublicArticle[]> {
    const extras = await this.publicExtras(this.dataSource.manager, rows);
    return rows.map((row) =>
      toPublicArticle(row, extras.get(row.id) ?? { campaign: null, translation: null, sourceAgency: null }),
    );
  }

  /**
   * What citizens see: published articles only, newest first. With `q`, whole words of the title, sapo, body
   * and tags are searched without diacritics; an exact accented match of the whole query ranks first.
   */
  async listPublished(query: PublicArticleListQuery): Promise<Page<PublicArticle>> {
    const qb = this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'published'`)
      .andWhere('a.language = :lang', { lang: query.lang });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.campaign) {
      qb.andWhere('a.campaignId = (SELECT c.id FROM campaigns c WHERE c.slug = :campaign)', {
        campaign: query.campaign,
      });
    }
    if (query.exclude) qb.andWhere('a.id <> :exclude', { exclude: query.exclude });
    const raw = cleanQuery(query.q);
    if (!raw) {
      const { rows, total } = await pageOf(qb, { ...query, q: undefined, order: 'DESC' }, new Map(), [
        'a.publishedAt',
        'DESC',
      ]);
      return { data: await this.withExtras(rows), total };
    }
    const words = queryWords(raw);
    if (words.length === 0) return { data: [], total: 0 };
    // Words are letters and digits only (queryWords), so they are safe inside to_tsquery's syntax.
    const search = { tsq: words.join(' & '), phrase: words.join(' '), exact: exactMatchPattern(raw) };
    // Every page of one search comes from one ranked list, remembered like list totals (until the next change).
    const { ids: ranked, total } = await cachedResult(
      `search:${JSON.stringify([query.lang, query.category, query.campaign, query.exclude, search])}`,
      () => this.searchNewest(qb, query.lang, search),
    );
    const offset = (query.page - 1) * query.perPage;
    const ids = ranked.slice(offset, offset + query.perPage);
    const entities = ids.length
      ? await this.dataSource.getRepository(ArticleEntity).findBy({ id: In(ids) })
      : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const rows = ids.map((id) => byId.get(id)).filter((e): e is ArticleEntity => e !== undefined);
    return { data: await this.withExtras(rows), total };
  }

  /**
   * A search's matches in one statement: the newest SEARCH_RESULT_CAP are found, counted (that is the total, so a
   * common word never costs a full count) and ranked — an exact accented match in the title, then in the sapo or
   * body, then the words as a phrase, then ts_rank; their ids come back in that order.
   *
   * The search index holds the publication time beside the words, so a common word's matches are looked for among
   * the newest articles only, in one index scan: the window of newest articles of the language expected to hold
   * half again the cap of matches (the planner's row estimates are good), four times wider while it holds fewer. Walking
   * the articles newest first instead checks every one on the way; taking every match visits thousands. A rare
   * word's matches all come from the index and the newest are kept.
   */
  private async searchNewest(
    filtered: SelectQueryBuilder<ArticleEntity>,
    language: string,
    { tsq, phrase, exact }: { tsq: string; phrase: string; exact: string },
  ): Promise<{ ids: string[]; total: number }> {
    const match = `a.search_vector @@ to_tsquery('simple', :tsq)`;
    const published = this.dataSource
      .getRepository(ArticleEntity)
      .createQueryBuilder('a')
      .where(`a.status = 'published'`)
      .andWhere('a.language = :language', { language });
    const [matches, candidates] = await Promise.all([
      this.estimateRows(filtered.clone().select('1').andWhere(match, { tsq })),
      // The same for every search in one language: remembered like a list's total.
      cachedResult(`estimate:published:${language}`, () => this.estimateRows(published.clone().select('1'))),
    ]);
    let window = Math.ceil((1.5 * SEARCH_RESULT_CAP * candidates) / Math.max(1, matches));
    // Rows each way reads: the window's index entries (about a fiftieth of a row's cost each) and half again the cap
    // of matches, or every match.
    if (window / 50 + 1.5 * SEARCH_RESULT_CAP >= matches) {
      return this.rankNewest(filtered, { tsq, phrase, exact }, null);
    }
    for (;;) {
      // Index only: the publication time of the window's oldest article (as text, keeping the microseconds).
      const oldest =
        window < candidates
          ? await published
              .clone()
              .select('"a"."published_at"::text', 'since')
              .orderBy('a.publishedAt', 'DESC')
              .offset(window - 1)
              .limit(1)
              .getRawOne<{ since: string }>()
          : undefined;
      const since = oldest?.since ?? null;
      const found = await this.rankNewest(filtered, { tsq, phrase, exact }, since);
      if (since === null || found.total >= SEARCH_RESULT_CAP) return found;
      // Fewer matches among the newest than estimated (a word of older articles): a wider window.
      window *= 4;
    }
  }

  /** The newest SEARCH_RESULT_CAP matches published since `since` (all matches when null), counted and ranked. */
  private async rankNewest(
    filtered: SelectQueryBuilder<ArticleEntity>,
    { tsq, phrase, exact }: { tsq: string; phrase: string; exact: string },
    since: string | null,
  ): Promise<{ ids: string[]; total: number }> {
    // What ranking reads, carried along so that the ranked rows need no second visit.
    const matching = filtered
      .clone()
      .select('a.id', 'id')
      .addSelect('a.publishedAt', 'published_at')
      .addSelect('a.title', 'title')
      .addSelect('a.lead', 'lead')
      .addSelect('a.body', 'body')
      .addSelect('"a"."search_vector"', 'search_vector')
      .andWhere(`a.search_vector @@ to_tsquery('simple', :tsq)`, { tsq });
    if (since !== null) matching.andWhere('a.publishedAt >= CAST(:since AS timestamptz)', { since });
    const [sql, parameters] = matching.getQueryAndParameters();
    // The matches from the index, then the newest: OFFSET 0 keeps the planner from walking the date index instead
    // and checking every article on its way.
    const newest = `SELECT * FROM (${sql} OFFSET 0) m ORDER BY m.published_at DESC, m.id LIMIT ${SEARCH_RESULT_CAP}`;
    const n = parameters.length;
    const [row] = (await this.dataSource.query(
      `WITH newest AS MATERIALIZED (${newest}),
       ranked AS (
         SELECT id, row_number() OVER (
           ORDER BY (CASE WHEN lower(title) ~ $${n + 2} THEN 8 ELSE 0 END)
                  + (CASE WHEN lower(coalesce(lead, '')) ~ $${n + 2} OR lower(body) ~ $${n + 2} THEN 4 ELSE 0 END)
                  + (CASE WHEN search_vector @@ phraseto_tsquery('simple', $${n + 3}) THEN 2 ELSE 0 END)
                  + ts_rank(search_vector, to_tsquery('simple', $${n + 1})) DESC,
                  published_at DESC, id) AS position
           FROM newest)
       SELECT (SELECT count(*) FROM newest)::int AS total,
              ARRAY(SELECT id FROM ranked ORDER BY position) AS ids`,
      [...parameters, tsq, exact, phrase],
    )) as { total: number; ids: string[] }[];
    return { ids: row?.ids ?? [], total: row?.total ?? 0 };
  }

  /** The planner's estimate of how many rows a query returns (EXPLAIN without running it). */
  private async estimateRows(qb: SelectQueryBuilder<ArticleEntity>): Promise<number> {
    const [sql, parameters] = qb.getQueryAndParameters();
    const [plan] = (await this.dataSource.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters)) as {
      'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
    }[];
    return plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0;
  }

  /** When public content last changed, as every API instance answers it. */
  publicStamp(): Promise<number> {
    return publicContentStamp(this.dataSource);
  }

  async getPublished(slug: string): Promise<PublicArticle> {
    const entity = await this.dataSource
      .getRepository(ArticleEntity)
      .findOneBy({ slug, status: 'published' });
    if (!entity) throw notFound();
    const [article] = await this.withExtras([entity]);
    return article as PublicArticle;
  }

  /** Any article as the portal would render it, for staff previewing a draft. */
  async preview(id: string): Promise<PublicArticle> {
    const entity = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!entity) throw notFound();
    const [article] = await this.withExtras([entity]);
    return {
      ...(article as PublicArticle),
      publishedAt: iso(entity.publishedAt ?? entity.publishAt ?? entity.updatedAt),
    };
  }

  // ---------- newsroom ----------

  async list(query: ArticleListQuery, context: CallContext): Promise<Page<Article>> {
    const qb = this.dataSource.getRepository(ArticleEntity).createQueryBuilder('a');
    if (query.id) qb.andWhere('a.id IN (:...ids)', { ids: query.id });
    if (query.status) qb.andWhere('a.status IN (:...statuses)', { statuses: query.status });
    if (query.language) qb.andWhere('a.language = :language', { language: query.language });
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (query.campaignId) qb.andWhere('a.campaignId = :campaignId', { campaignId: query.campaignId });
    if (query.taskId) qb.andWhere('a.taskId = :taskId', { taskId: query.taskId });
    if (query.mine) qb.andWhere('a.createdById = :me', { me: context.actor.id });
    const { rows, total } = await pageOf(
      qb,
      { ...query, q: cleanQuery(query.q) || undefined },
      ARTICLE_SORT,
      ['a.updatedAt', 'DESC'],
    );
    return { data: rows.map(toArticle), total };
  }

  async get(id: string): Promise<Article> {
    const entity = await this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
    if (!entity) throw notFound();
    return toArticle(entity);
  }

  private async lock(manager: EntityManager, id: string): Promise<ArticleEntity> {
    const entity = await manager.findOne(ArticleEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!entity) throw notFound();
    return entity;
  }

  /** Links must point at records that exist; a translation must be in the other language. */
  private async checkLinks(manager: EntityManager, entity: ArticleEntity): Promise<void> {
    const missing = (field: string, vi: string) =>
      new DomainError('VALIDATION', vi, `${field} not found`, { field });
    if (entity.campaignId && !(await manager.existsBy(CampaignEntity, { id: entity.campaignId })))
      throw missing('campaignId', 'Không tìm thấy đợt tuyên truyền đã chọn');
    if (entity.taskId && !(await manager.existsBy(TaskEntity, { id: entity.taskId })))
      throw missing('taskId', 'Không tìm thấy nhiệm vụ đã chọn');
    if (entity.sourceAgencyId && !(await manager.existsBy(AgencyEntity, { id: entity.sourceAgencyId })))
      throw missing('sourceAgencyId', 'Không tìm thấy đơn vị nguồn tin');
    if (entity.translationId) {
      const other = await manager.findOne(ArticleEntity, {
        where: { id: entity.translationId },
        select: { id: true, language: true },
      });
      if (!other || other.id === entity.id) throw missing('translationId', 'Không tìm thấy bài dịch đã chọn');
      if (other.language === entity.language) {
        throw new DomainError(
          'VALIDATION',
          'Bài dịch phải ở ngôn ngữ khác',
          'A translation must be in the other language',
          { field: 'translationId' },
        );
      }
    }
  }

  /** Cleans what people typed: the body through the allow-list, other text stripped of any markup. */
  private applyInput(entity: ArticleEntity, input: Partial<ArticleCreate>): void {
    const text = <T extends string | null | undefined>(value: T) => plainText(value) as T;
    if (input.title !== undefined) entity.title = text(input.title);
    if (input.lead !== undefined) entity.lead = text(input.lead) || null;
    if (input.body !== undefined) entity.body = sanitizeArticleHtml(input.body);
    if (input.coverImageUrl !== undefined) entity.coverImageUrl = safeImageUrl(input.coverImageUrl);
    if (input.coverCaption !== undefined) entity.coverCaption = text(input.coverCaption) || null;
    if (input.coverAlt !== undefined) entity.coverAlt = text(input.coverAlt) || null;
    if (input.byline !== undefined) entity.byline = text(input.byline) || null;
    if (input.sourceAgencyId !== undefined) entity.sourceAgencyId = input.sourceAgencyId;
    if (input.category !== undefined) entity.category = input.category;
    if (input.tags !== undefined)
      entity.tags = [...new Set(input.tags.map((t) => plainText(t)).filter(Boolean))];
    if (input.language !== undefined) entity.language = input.language;
    if (input.campaignId !== undefined) entity.campaignId = input.campaignId;
    if (input.taskId !== undefined) entity.taskId = input.taskId;
    if (input.translationId !== undefined) entity.translationId = input.translationId;
    if (coverAltMissing(entity))
      throw new DomainError('VALIDATION', COVER_ALT_MESSAGE, 'A cover image needs alt text', {
        field: 'coverAlt',
      });
    if (entity.title.length < 5)
      throw new DomainError(
        'VALIDATION',
        'Tiêu đề cần ít nhất 5 ký tự (sau khi bỏ thẻ HTML)',
        'Title too short',
        { field: 'title' },
      );
    entity.searchText = searchTextOf(entity.title, entity.lead, htmlToText(entity.body), entity.tags);
  }

  private async uniqueSlug(manager: EntityManager, wanted: string, selfId?: string): Promise<string> {
    for (let i = 1; i < 100; i += 1) {
      const candidate = i === 1 ? wanted : `${wanted.slice(0, 190)}-${i}`;
      const taken = await manager.findOne(ArticleEntity, {
        where: { slug: candidate },
        select: { id: true },
      });
      if (!taken || taken.id === selfId) return candidate;
    }
    throw new DomainError('DUPLICATE', 'Đường dẫn bài viết đã được dùng', 'Slug taken', { field: 'slug' });
  }

  private async saveVersion(
    manager: EntityManager,
    entity: ArticleEntity,
    action: string,
    context: Partial<CallContext> | null,
  ) {
    await manager.insert(ArticleVersionEntity, {
      articleId: entity.id,
      version: entity.version,
      action,
      title: entity.title,
      lead: entity.lead,
      body: entity.body,
      coverCaption: entity.coverCaption,
      actorId: context?.actor?.id ?? null,
      actorName: context?.actor?.fullName ?? null,
    });
  }

  /** A new draft by the caller. */
  async create(input: ArticleCreate, context: CallContext): Promise<Article> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const entity = manager.create(ArticleEntity, {
          status: 'draft',
          createdById: context.actor.id,
          body: '',
          tags: [],
        });
        this.applyInput(entity, input);
        await this.checkLinks(manager, entity);
        entity.slug = await this.uniqueSlug(manager, input.slug ?? slugify(entity.title));
        const saved = await manager.save(entity);
        await this.saveVersion(manager, saved, 'create', context);
        const after = toArticle(saved);
        await this.audit.record(manager, context, {
          action: 'article.create',
          entity: 'article',
          entityId: saved.id,
          after,
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new DomainError('DUPLICATE', 'Đường dẫn bài viết đã được dùng', 'Slug taken', {
          field: 'slug',
        });
      throw error;
    }
  }

  async update(id: string, input: ArticleUpdate, context: CallContext): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await this.lock(manager, id);
      const before = toArticle(entity);
      assertFresh(before, input, 'Tin bài');
      if (!mayEditArticle(context.actor.role, entity.status)) {
        if (entity.status === 'draft' || entity.status === 'returned' || entity.status === 'in_review') {
          throw new DomainError(
            'FORBIDDEN',
            'Bài đang chờ duyệt: chỉ người duyệt được sửa lúc này.',
            'Only a reviewer edits an article in review',
          );
        }
        throw new DomainError(
          'INVALID_TRANSITION',
          `Bài đang ở trạng thái "${ARTICLE_STATUS_LABELS[entity.status].vi}", không sửa trực tiếp được: gỡ bài hoặc chuyển về bản nháp ("sửa lại") rồi gửi duyệt lại.`,
          'Only drafts and returned articles are edited; revise it first',
        );
      }
      const { version: _version, slug, ...changes } = input;
      this.applyInput(entity, changes);
      await this.checkLinks(manager, entity);
      if (slug && slug !== entity.slug) entity.slug = await this.uniqueSlug(manager, slug, id);
      const saved = await manager.save(entity);
      const textChanged = VERSIONED.some((field) => before[field] !== saved[field]);
      if (textChanged) await this.saveVersion(manager, saved, 'update', context);
      const after = toArticle(saved);
      await this.audit.record(manager, context, {
        action: 'article.update',
        entity: 'article',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Fires a workflow event. Who may fire which event is the domain's rule; an editor never approves or publishes. */
  async changeStatus(id: string, input: ArticleStatusChange, context: CallContext): Promise<Article> {
    const article = await this.dataSource.transaction(async (manager) => {
      const entity = await this.lock(manager, id);
      assertFresh({ version: entity.version }, { version: input.version }, 'Tin bài');
      const from = entity.status;
      const to = articleMachine.transition(from, input.event); // illegal moves: 409 INVALID_TRANSITION
      if (!mayFireArticleEvent(context.actor.role, input.event, from)) {
        throw new DomainError(
          'FORBIDDEN',
          'Biên tập viên không được duyệt, đăng, hẹn giờ hay gỡ bài: việc này do người duyệt tin hoặc lãnh đạo thực hiện.',
          `Role ${context.actor.role} may not ${input.event} an article`,
        );
      }
      const now = new Date();
      if (input.event === 'schedule') {
        const at = new Date(input.publishAt as string);
        if (at.getTime() <= now.getTime()) {
          throw new DomainError(
            'VALIDATION',
            'Thời điểm hẹn đăng phải ở tương lai; muốn đăng ngay hãy chọn "Đăng".',
            'publishAt must be in the future',
            { field: 'publishAt' },
          );
        }
        entity.publishAt = at;
      }
      if (input.event === 'unschedule') entity.publishAt = null;
      if (input.event === 'publish') {
        entity.publishedAt = now;
        entity.publishAt = null;
      }
      if (input.event === 'return') entity.reviewComment = input.comment ?? null;
      if (input.event === 'approve') entity.reviewComment = input.comment ?? null;
      entity.status = to;
      const saved = await manager.save(entity);
      await this.saveVersion(manager, saved, input.event, context);
      await this.audit.record(manager, context, {
        action: `article.${input.event}`,
        entity: 'article',
        entityId: id,
        before: { status: from },
        after: { status: to, comment: input.comment ?? null, publishAt: iso(saved.publishAt) },
      });
      return toArticle(saved);
    });
    if (article.status === 'published' || input.event === 'unpublish' || input.event === 'archive')
      await touchPublicContent(this.dataSource);
    return article;
  }

  /**
   * Publishes every scheduled article whose time has come. Driven by the state in the table, not by a timer per
   * article, so what fell due while the server was down is published at the next run. One instance at a time.
   */
  async publishDue(now = new Date()): Promise<number> {
    const published = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('bcdnq:articles.publishDue')) AS locked`,
      );
      if (!locked) return 0;
      const due = await manager
        .getRepository(ArticleEntity)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`a.status = 'scheduled'`)
        .andWhere('a.publishAt <= :now', { now })
        .orderBy('a.publishAt', 'ASC')
        .limit(200)
        .getMany();
      for (const entity of due) {
        entity.status = articleMachine.transition(entity.status, 'publish');
        // The article appears with the time it was scheduled for, also when caught up after downtime.
        entity.publishedAt = entity.publishAt ?? now;
        entity.publishAt = null;
        const saved = await manager.save(entity);
        await this.saveVersion(manager, saved, 'publish', null);
        await this.audit.record(manager, null, {
          action: 'article.publish',
          entity: 'article',
          entityId: entity.id,
          before: { status: 'scheduled' },
          after: { status: 'published', scheduled: true },
        });
      }
      return due.length;
    });
    if (published > 0) {
      await touchPublicContent(this.dataSource);
      this.logger.log({ published }, 'scheduled articles published');
    }
    return published;
  }

  /** The article's saved versions, newest first, each with its word-level changes from the one before. */
  async versions(id: string): Promise<Page<ArticleVersion>> {
    await this.get(id);
    const rows = await this.dataSource
      .getRepository(ArticleVersionEntity)
      .find({ where: { articleId: id }, order: { createdAt: 'ASC', version: 'ASC' }, take: 500 });
    const result: ArticleVersion[] = rows.map((row, i) => {
      const previous = rows[i - 1];
      const changes = VERSIONED.flatMap((field) => {
        const now = field === 'body' ? htmlToText(row.body) : (row[field] ?? '');
        const then = previous ? (field === 'body' ? htmlToText(previous.body) : (previous[field] ?? '')) : '';
        if (now === then) return [];
        const parts = diffWords(then, now).map(
          (part) =>
            ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }) as const,
        );
        return [{ field, parts }];
      });
      return {
        id: row.id,
        articleId: row.articleId,
        version: row.version,
        action: row.action,
        actorName: row.actorName,
        createdAt: row.createdAt.toISOString(),
        snapshot: { title: row.title, lead: row.lead, body: row.body, coverCaption: row.coverCaption },
        changes,
      };
    });
    result.reverse();
    return { data: result, total: result.length };
  }
}

/** A cover is our own media (a relative URL) or an https image; anything else (javascript:, data:) is refused. */
function safeImageUrl(url: string | null): string | null {
  if (!url) return null;
  if (/^\/api\/public\/media\/[0-9a-f-]{36}\/[\w.-]+$/.test(url) || /^https:\/\/[^\s"'<>]+$/.test(url))
    return url;
  throw new DomainError(
    'VALIDATION',
    'Ảnh đại diện phải là ảnh đã tải lên hoặc một địa chỉ https',
    'Cover must be an uploaded image or an https URL',
    { field: 'coverImageUrl' },
  );
}
