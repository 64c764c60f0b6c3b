import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../users/roles.js';
import { articleEventsFor, mayEditArticle, mayFireArticleEvent } from './article-access.js';
import { ARTICLE_STATUSES, articleMachine } from './article-state.js';
import { ZArticleCreate, ZArticleEvent, ZArticleStatusChange, ZArticleUpdate } from './article.schema.js';

describe('who may fire which article event', () => {
  it('never lets an editor approve, publish, schedule or unpublish, from any state', () => {
    for (const state of ARTICLE_STATUSES) {
      for (const event of ['approve', 'publish', 'schedule', 'unschedule', 'unpublish', 'return'] as const) {
        expect(mayFireArticleEvent('editor', event, state), `${event} from ${state}`).toBe(false);
      }
    }
  });

  it('lets the editor submit a draft or a returned article and archive only what never reached the public', () => {
    expect(mayFireArticleEvent('editor', 'submit', 'draft')).toBe(true);
    expect(mayFireArticleEvent('editor', 'submit', 'returned')).toBe(true);
    expect(mayFireArticleEvent('editor', 'archive', 'draft')).toBe(true);
    expect(mayFireArticleEvent('editor', 'archive', 'published')).toBe(false);
    expect(mayFireArticleEvent('editor', 'revise', 'unpublished')).toBe(true);
  });

  it('lets reviewers and leadership make every legal move, and nobody an illegal one', () => {
    for (const role of ['reviewer', 'committee_leader', 'admin'] as const) {
      for (const state of ARTICLE_STATUSES) {
        expect(articleEventsFor(role, state)).toEqual(articleMachine.allowed(state));
      }
    }
    for (const role of ROLES) {
      expect(mayFireArticleEvent(role, 'publish', 'draft')).toBe(false);
      expect(mayFireArticleEvent(role, 'approve', 'published')).toBe(false);
    }
  });

  it('gives agency officers and the standing office no event at all', () => {
    for (const role of ['agency_officer', 'standing_office'] as Role[]) {
      for (const state of ARTICLE_STATUSES) expect(articleEventsFor(role, state)).toEqual([]);
    }
  });

  it('lets content change only before publication, and in review only by the reviewer', () => {
    expect(mayEditArticle('editor', 'draft')).toBe(true);
    expect(mayEditArticle('editor', 'returned')).toBe(true);
    expect(mayEditArticle('editor', 'in_review')).toBe(false);
    expect(mayEditArticle('reviewer', 'in_review')).toBe(true);
    for (const role of ROLES) expect(mayEditArticle(role, 'published')).toBe(false);
    expect(mayEditArticle('agency_officer', 'draft')).toBe(false);
  });
});

describe('article schemas', () => {
  it('names exactly the machine events in the status body', () => {
    expect([...ZArticleEvent.options].sort()).toEqual([...articleMachine.events].sort());
  });

  it('asks for a comment to return and a time to schedule', () => {
    expect(ZArticleStatusChange.safeParse({ event: 'return', version: 1 }).success).toBe(false);
    expect(ZArticleStatusChange.safeParse({ event: 'return', comment: 'Sửa sapo', version: 1 }).success).toBe(
      true,
    );
    expect(ZArticleStatusChange.safeParse({ event: 'schedule', version: 1 }).success).toBe(false);
    expect(
      ZArticleStatusChange.safeParse({
        event: 'schedule',
        publishAt: '2026-12-10T08:00:00+07:00',
        version: 1,
      }).success,
    ).toBe(true);
    expect(ZArticleStatusChange.safeParse({ event: 'explode', version: 1 }).success).toBe(false);
  });

  it('refuses a cover image without its text alternative', () => {
    const base = { title: 'Tin thử nghiệm', coverImageUrl: '/media/a/800.webp' };
    const missing = ZArticleCreate.safeParse(base);
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['coverAlt']);
    expect(ZArticleCreate.safeParse({ ...base, coverAlt: 'Hội nghị tập huấn' }).success).toBe(true);
  });

  it('fills defaults on create but not on update, so a partial update changes only what it names', () => {
    expect(ZArticleCreate.parse({ title: 'Tin thử nghiệm' })).toMatchObject({
      body: '',
      category: 'tin-tuc',
      language: 'vi',
      tags: [],
    });
    expect(ZArticleUpdate.parse({ title: 'Tin mới', version: 2 })).toEqual({ title: 'Tin mới', version: 2 });
  });
});
