import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ARTICLE_CATEGORIES, LANGUAGES, ZPublicArticle, type PublicArticle } from '@bcdnq/domain/articles';
import { type Problem, type ProblemCode, PROBLEM_CONTENT_TYPE, ZPage, ZProblem } from '@bcdnq/domain/common';
import {
  ZPublishedDocument,
  ZPublishedDocumentDetail,
  type PublishedDocument,
} from '@bcdnq/domain/documents';
import { type PublicCampaign, ZPublicCampaign } from '@bcdnq/domain/campaigns';
import { foldDiacritics } from '@bcdnq/domain/text';

const ZPublicArticlePage = ZPage(ZPublicArticle);
const ZPublishedDocumentPage = ZPage(ZPublishedDocument);

/** How the fixture misbehaves, to exercise the portal's error paths. */
export type FixtureMode = 'ok' | 'error' | 'off-contract' | 'slow';

export type FixtureApi = {
  url: string;
  /** Every request the portal made, in order. */
  requests: URL[];
  articles: PublicArticle[];
  /** What `GET /api/public/documents` lists (plans the standing office published). */
  documents: PublishedDocument[];
  campaigns: PublicCampaign[];
  /** What `GET /api/public/stamp` answers; tests move it to simulate a publication. */
  stamp: number;
  mode: FixtureMode;
  close: () => Promise<void>;
};

function send(res: http.ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function problem(
  res: http.ServerResponse,
  status: number,
  code: ProblemCode,
  message: string,
  messageEn: string,
): void {
  const body: Problem = { status, code, message, messageEn, correlationId: 'fixture' };
  send(res, status, ZProblem.parse(body), PROBLEM_CONTENT_TYPE);
}

/**
 * A stand-in for the API's public endpoints, speaking the contract of docs/api.md: the same query parameters,
 * newest first, diacritics-insensitive `q`, the error envelope, and every answer parsed by the domain schema
 * before it is sent.
 */
export async function startFixtureApi(initial: PublicArticle[] = []): Promise<FixtureApi> {
  const state: FixtureApi = {
    url: '',
    requests: [],
    articles: initial,
    documents: [],
    campaigns: [],
    stamp: 1,
    mode: 'ok',
    close: async () => undefined,
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    // The cache watcher's polling is background noise, not a request a page made.
    if (url.pathname !== '/api/public/stamp') state.requests.push(url);
    if (req.method !== 'GET') return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy', 'Not found');
    if (url.pathname === '/api/public/stamp') return send(res, 200, { stamp: state.stamp });
    if (state.mode === 'error') return problem(res, 500, 'INTERNAL', 'Lỗi hệ thống', 'Internal error');
    if (state.mode === 'slow') return; // never answers: the portal's timeout must fire
    if (state.mode === 'off-contract') return send(res, 200, { items: [{ title: 'x' }] });

    if (url.pathname === '/api/public/articles') {
      const page = Number(url.searchParams.get('page') ?? '1');
      // Mirrors the API's query schema (apps/api ZPublicArticleListQuery): perPage 1–50 (default 10),
      // lang defaulting to vi, q at most 200 characters.
      const perPage = Number(url.searchParams.get('perPage') ?? '10');
      const lang = url.searchParams.get('lang') ?? 'vi';
      const q = url.searchParams.get('q');
      const category = url.searchParams.get('category');
      const campaign = url.searchParams.get('campaign');
      const exclude = url.searchParams.get('exclude');
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 50) {
        return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', 'Invalid input');
      }
      if (q !== null && q.length > 200) {
        return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', 'Invalid input');
      }
      if (category !== null && !(ARTICLE_CATEGORIES as readonly string[]).includes(category)) {
        return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', 'Invalid input');
      }
      if (!(LANGUAGES as readonly string[]).includes(lang)) {
        return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', 'Invalid input');
      }
      const needle = q ? foldDiacritics(q).trim() : '';
      const matching = state.articles
        .filter((a) => a.language === lang)
        .filter((a) => category === null || a.category === category)
        .filter((a) => campaign === null || a.campaign?.slug === campaign)
        .filter((a) => exclude === null || a.id !== exclude)
        .filter((a) => !needle || foldDiacritics(`${a.title} ${a.lead ?? ''} ${a.body}`).includes(needle))
        .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
      const body = ZPublicArticlePage.parse({
        data: matching.slice((page - 1) * perPage, page * perPage),
        total: matching.length,
      });
      return send(res, 200, body);
    }

    if (url.pathname === '/api/public/documents') {
      // Mirrors the API's query (apps/api ZDocumentListQuery): page ≥ 1, perPage 1–50 (default 20);
      // newest issued first, ties by id.
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('perPage') ?? '20');
      if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 50) {
        return problem(res, 400, 'VALIDATION', 'Dữ liệu chưa hợp lệ', 'Invalid input');
      }
      const sorted = [...state.documents].sort(
        (a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.id.localeCompare(b.id),
      );
      const body = ZPublishedDocumentPage.parse({
        data: sorted.slice((page - 1) * perPage, page * perPage),
        total: sorted.length,
      });
      return send(res, 200, body);
    }

    if (url.pathname === '/api/public/campaigns') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('perPage') ?? '20');
      const sorted = [...state.campaigns].sort(
        (a, b) => Number(b.running) - Number(a.running) || b.startsOn.localeCompare(a.startsOn),
      );
      return send(
        res,
        200,
        ZPage(ZPublicCampaign).parse({
          data: sorted.slice((page - 1) * perPage, page * perPage),
          total: sorted.length,
        }),
      );
    }
    const campaignMatch = /^\/api\/public\/campaigns\/([^/]+)$/.exec(url.pathname);
    if (campaignMatch) {
      const found = state.campaigns.find((c) => c.slug === decodeURIComponent(campaignMatch[1] ?? ''));
      if (!found) return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy', 'Not found');
      return send(res, 200, ZPublicCampaign.parse(found));
    }
    const documentMatch = /^\/api\/public\/documents\/([^/]+)$/.exec(url.pathname);
    if (documentMatch) {
      const found = state.documents.find((d) => d.slug === decodeURIComponent(documentMatch[1] ?? ''));
      if (!found) return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy', 'Not found');
      return send(
        res,
        200,
        ZPublishedDocumentDetail.parse({
          ...found,
          purposes: ['Mục đích thứ nhất'],
          keyTasks: ['Nhiệm vụ trọng tâm thứ nhất'],
          implementation: ['Giao Công an tỉnh theo dõi, đôn đốc, tổng hợp báo cáo kết quả thực hiện.'],
          tasks: [{ ref: '1', text: 'Tuyên truyền về quyền con người', leads: ['Sở Tư pháp'] }],
        }),
      );
    }

    const one = /^\/api\/public\/articles\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const slug = decodeURIComponent(one[1] ?? '');
      const article = state.articles.find((a) => a.slug === slug);
      if (!article) return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy bài viết', 'Article not found');
      return send(res, 200, ZPublicArticle.parse(article));
    }
    return problem(res, 404, 'NOT_FOUND', 'Không tìm thấy', 'Not found');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.url = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return state;
}
