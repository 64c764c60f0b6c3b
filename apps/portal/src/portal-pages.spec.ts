import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PublicCampaign } from '@bcdnq/domain/campaigns';
import { parseConfig, type PortalConfig } from './config.js';
import { startPortal, type RunningPortal } from './http-server.js';
import { createLogger } from './logger.js';
import { makeArticle } from './testing/articles.fixture.js';
import { makeDocument } from './testing/documents.fixture.js';
import { startFixtureApi, type FixtureApi } from './testing/fixture-api.js';
import { metaContent, parseHtml, parseXml } from './testing/html.js';

let api: FixtureApi;
let portal: RunningPortal;
let logLines: Record<string, unknown>[];

function config(apiUrl: string, cache: { fresh: string; stale: string }): PortalConfig {
  const result = parseConfig({
    API_URL: apiUrl,
    PUBLIC_URL: 'https://nhanquyen.example.gov.vn',
    API_TIMEOUT_MS: '5000',
    PROVINCE_NAME: 'Bắc Ninh',
    CACHE_FRESH_SECONDS: cache.fresh,
    CACHE_STALE_SECONDS: cache.stale,
  });
  if (!result.ok) throw new Error(result.message);
  return { ...result.config, PORTAL_PORT: 0 };
}

const logger = () =>
  createLogger({ LOG_LEVEL: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });

async function get(path: string, init?: RequestInit, base = portal.url) {
  const response = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
  const text = await response.text();
  return { response, text, doc: parseHtml(text) };
}

const campaign = (overrides: Partial<PublicCampaign> = {}): PublicCampaign => ({
  slug: 'ngay-nhan-quyen-the-gioi-2026',
  name: 'Kỷ niệm 78 năm Ngày Nhân quyền thế giới',
  description: 'Đợt cao điểm tuyên truyền.\n\nĐoạn thứ hai.',
  nameEn: null,
  descriptionEn: null,
  keyDate: '2026-12-10',
  startsOn: '2026-11-20',
  endsOn: '2026-12-20',
  slogans: ['Khẩu hiệu thứ nhất.', 'Khẩu hiệu thứ hai.'],
  bannerFrom: '2026-11-30',
  bannerTo: '2026-12-15',
  running: true,
  ...overrides,
});

beforeAll(async () => {
  api = await startFixtureApi();
  logLines = [];
  portal = await startPortal(config(api.url, { fresh: '0', stale: '0' }), logger());
});
afterAll(async () => {
  await portal.close();
  await api.close();
});
beforeEach(() => {
  api.articles = [];
  api.documents = [];
  api.campaigns = [];
  api.mode = 'ok';
  logLines = [];
});

describe('articles', () => {
  it('link a story and its translation with hreflang, and the language switch goes to the translation', async () => {
    const vi = makeArticle({
      slug: 'tin-tieng-viet',
      translation: { language: 'en', slug: 'english-story' },
    });
    const en = makeArticle({
      slug: 'english-story',
      language: 'en',
      title: 'English story',
      translation: { language: 'vi', slug: 'tin-tieng-viet' },
    });
    api.articles = [vi, en];
    const { doc } = await get('/bai-viet/tin-tieng-viet');
    expect(doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/en/articles/english-story',
    );
    expect(doc.querySelector('link[rel="alternate"][hreflang="vi"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/bai-viet/tin-tieng-viet',
    );
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/en/articles/english-story');
    const english = await get('/en/articles/english-story');
    expect(english.doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/bai-viet/tin-tieng-viet');
  });

  it('carry NewsArticle JSON-LD with a GovernmentOrganization publisher, og:image and responsive images', async () => {
    const id = '0b7c2a52-2f7e-4d3b-9a4e-4c2f5a1b9d10';
    const article = makeArticle({
      slug: 'tin-co-anh',
      coverImageUrl: `/api/public/media/${id}/1280.webp`,
      coverAlt: 'Hội nghị tập huấn tại hội trường',
      coverCaption: 'Quang cảnh hội nghị',
      updatedAt: '2024-03-06T02:00:00.000Z',
      sourceAgency: 'Sở Tư pháp',
    });
    api.articles = [article];
    const { doc } = await get('/bai-viet/tin-co-anh');
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: article.publishedAt,
      dateModified: '2024-03-06T02:00:00.000Z',
      inLanguage: 'vi',
      publisher: {
        '@type': 'GovernmentOrganization',
        name: 'Ban Chỉ đạo Nhân quyền tỉnh Bắc Ninh',
        logo: { '@type': 'ImageObject' },
      },
      image: [`https://nhanquyen.example.gov.vn/api/public/media/${id}/1280.webp`],
    });
    expect(data.author.name).toBe(article.byline);
    expect(metaContent(doc, 'og:image')).toBe(
      `https://nhanquyen.example.gov.vn/api/public/media/${id}/1280.webp`,
    );
    expect(doc.querySelector('picture source[type="image/avif"]')?.getAttribute('srcset')).toContain(
      '320.avif 320w',
    );
    expect(doc.querySelector('picture img')?.getAttribute('alt')).toBe('Hội nghị tập huấn tại hội trường');
  });

  it('list related articles of the same category, without the story itself', async () => {
    const story = makeArticle({ slug: 'tin-chinh', category: 'tin-tuc' });
    const related = makeArticle({ title: 'Tin cùng chuyên mục', category: 'tin-tuc' });
    const other = makeArticle({ title: 'Tin chuyên mục khác', category: 'hoi-dap' });
    api.articles = [story, related, other];
    const { doc } = await get('/bai-viet/tin-chinh');
    const titles = [...doc.querySelectorAll('.related h3 a')].map((a) => a.textContent);
    expect(titles).toEqual(['Tin cùng chuyên mục']);
  });
});

describe('campaigns', () => {
  it('feature the running campaign on the home page', async () => {
    api.campaigns = [campaign()];
    const { doc } = await get('/');
    expect(doc.querySelector('.featured h2 a')?.getAttribute('href')).toBe(
      '/chien-dich/ngay-nhan-quyen-the-gioi-2026',
    );
  });

  it('are not featured on the English home, whose readers would get Vietnamese-only text', async () => {
    api.campaigns = [campaign()];
    const { response, doc, text } = await get('/en/');
    expect(response.status).toBe(200);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.featured')).toBeNull();
    expect(text).not.toContain('Kỷ niệm 78 năm Ngày Nhân quyền thế giới');
    expect(text).not.toContain('Khẩu hiệu thứ nhất.');
  });

  it('are featured on the English home, and read in English, once the newsroom has named them in English', async () => {
    api.campaigns = [
      campaign({
        nameEn: '78th anniversary of World Human Rights Day',
        descriptionEn: 'A peak of outreach.\n\nA second paragraph.',
      }),
    ];
    const home = await get('/en/');
    const link = home.doc.querySelector('.featured h2 a');
    expect(link?.textContent).toBe('78th anniversary of World Human Rights Day');
    expect(link?.getAttribute('lang')).toBeNull();
    expect(home.doc.querySelector('.featured .lead')?.textContent).toContain('A peak of outreach.');
    expect(home.text).not.toContain('Khẩu hiệu thứ nhất.');
    const page = await get('/en/campaigns/ngay-nhan-quyen-the-gioi-2026');
    expect(page.doc.querySelector('h1')?.textContent).toBe('78th anniversary of World Human Rights Day');
    expect(page.doc.querySelector('h1')?.getAttribute('lang')).toBeNull();
    expect(page.text).toContain('A second paragraph.');
    expect(page.text).not.toContain('Đoạn thứ hai.');
    // The slogans are the official Vietnamese words, marked so.
    expect(page.doc.querySelector('.slogans')?.getAttribute('lang')).toBe('vi');
    // The Vietnamese pages keep the Vietnamese name.
    const vi = await get('/');
    expect(vi.doc.querySelector('.featured h2 a')?.textContent).toBe(
      'Kỷ niệm 78 năm Ngày Nhân quyền thế giới',
    );
  });

  it('have a list and a page with period, banner window, slogans and their articles', async () => {
    api.campaigns = [
      campaign(),
      campaign({
        slug: 'dot-cu-2023',
        name: 'Đợt cũ',
        running: false,
        startsOn: '2023-11-30',
        endsOn: '2023-12-30',
      }),
    ];
    api.articles = [
      makeArticle({
        title: 'Tin của chiến dịch',
        campaign: { slug: 'ngay-nhan-quyen-the-gioi-2026', name: 'x' },
      }),
      makeArticle({ title: 'Tin khác' }),
    ];
    const list = await get('/chien-dich');
    expect([...list.doc.querySelectorAll('.articles h2 a')].map((a) => a.textContent)).toEqual([
      'Kỷ niệm 78 năm Ngày Nhân quyền thế giới',
      'Đợt cũ',
    ]);
    const page = await get('/chien-dich/ngay-nhan-quyen-the-gioi-2026');
    expect(page.response.status).toBe(200);
    expect([...page.doc.querySelectorAll('.slogans li')].map((li) => li.textContent)).toEqual([
      'Khẩu hiệu thứ nhất.',
      'Khẩu hiệu thứ hai.',
    ]);
    expect(page.doc.querySelector('.facts')?.textContent).toContain('30/11/2026');
    expect([...page.doc.querySelectorAll('.articles h3 a')].map((a) => a.textContent)).toEqual([
      'Tin của chiến dịch',
    ]);
    expect((await get('/chien-dich/khong-co-dot-nay')).response.status).toBe(404);
    expect(
      (await get('/en/campaigns/ngay-nhan-quyen-the-gioi-2026')).doc.documentElement.getAttribute('lang'),
    ).toBe('en');
  });
});

describe('documents', () => {
  it('have a page with the metadata, the file to download and the plan text', async () => {
    const document = makeDocument({
      field: 'Quyền con người',
      fileUrl: '/api/public/documents/x/file',
      abstract: 'Tóm tắt',
    });
    api.documents = [document];
    const list = await get('/van-ban');
    expect(list.doc.querySelector('.doc-title a')?.getAttribute('href')).toBe(`/van-ban/${document.slug}`);
    const { doc, response } = await get(`/van-ban/${document.slug}`);
    expect(response.status).toBe(200);
    expect(doc.querySelector('.facts')?.textContent).toContain('Quyền con người');
    expect(doc.querySelector('.download a')?.getAttribute('href')).toBe('/api/public/documents/x/file');
    expect(doc.querySelector('#doc-tasks')).not.toBeNull();
    const implementation = doc.querySelector('section[aria-labelledby="doc-implementation"]');
    expect(implementation?.querySelector('h2')?.textContent).toBe('Tổ chức thực hiện');
    expect(implementation?.querySelectorAll('li')).toHaveLength(1);
  });
});

describe('found and shared', () => {
  it('publishes a sitemap of articles, campaigns and documents in both languages, named in robots.txt', async () => {
    api.articles = [
      makeArticle({ slug: 'tin-a', updatedAt: '2024-05-01T00:00:00.000Z' }),
      makeArticle({ slug: 'story-b', language: 'en' }),
    ];
    api.campaigns = [campaign()];
    api.documents = [makeDocument()];
    const { response, text } = await get('/sitemap.xml');
    expect(response.headers.get('content-type')).toContain('xml');
    const xml = parseXml(text);
    const locs = [...xml.querySelectorAll('loc')].map((l) => l.textContent);
    expect(locs).toContain('https://nhanquyen.example.gov.vn/bai-viet/tin-a');
    expect(locs).toContain('https://nhanquyen.example.gov.vn/en/articles/story-b');
    expect(locs).toContain('https://nhanquyen.example.gov.vn/chien-dich/ngay-nhan-quyen-the-gioi-2026');
    expect(locs).toContain(`https://nhanquyen.example.gov.vn/en/documents/${api.documents[0]?.slug}`);
    expect(text).toContain('<lastmod>2024-05-01</lastmod>');
    expect((await get('/robots.txt')).text).toContain(
      'Sitemap: https://nhanquyen.example.gov.vn/sitemap.xml',
    );
  });

  it('has an RSS feed per category and language', async () => {
    api.articles = [
      makeArticle({ title: 'Hỏi đáp một', category: 'hoi-dap' }),
      makeArticle({ title: 'Tin tức một' }),
    ];
    const { text, response } = await get('/chuyen-muc/hoi-dap/rss.xml');
    expect(response.headers.get('content-type')).toContain('rss');
    const titles = [...parseXml(text).querySelectorAll('item title')].map((t) => t.textContent);
    expect(titles).toEqual(['Hỏi đáp một']);
    expect((await get('/chuyen-muc/khong-co/rss.xml')).response.status).toBe(404);
    expect((await get('/en/categories/hoi-dap/rss.xml')).response.status).toBe(200);
  });

  it('has about, contact and accessibility pages naming the responsible office, and a favicon', async () => {
    const contact = await get('/lien-he');
    expect(contact.doc.querySelector('h1')?.textContent).toBe('Liên hệ');
    expect(contact.doc.querySelector('.facts')?.textContent).toContain('Công an tỉnh');
    expect((await get('/gioi-thieu')).doc.querySelector('main')?.textContent).toContain('Bắc Ninh');
    expect((await get('/en/accessibility')).doc.querySelector('h1')?.textContent).toBe(
      'Accessibility statement',
    );
    const icon = await get('/favicon.svg');
    expect(icon.response.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.text).toContain('<svg');
  });
});

describe('search', () => {
  it('marks the matched words in titles and excerpts, without diacritics, whole words only', async () => {
    api.articles = [
      makeArticle({ title: 'Bảo đảm nhân quyền cho toàn dân', body: '<p>Nội dung về nhân quyền.</p>' }),
    ];
    const { doc } = await get('/tim-kiem?q=nhan%20quyen');
    expect([...doc.querySelectorAll('.articles h3 mark')].map((m) => m.textContent)).toEqual(['nhân quyền']);
    expect(doc.querySelectorAll('.articles p mark').length).toBeGreaterThan(0);
  });

  it('answers a NUL byte or other odd input with a page, never an error', async () => {
    for (const q of [
      '%00',
      'nhan%00quyen',
      '%EF%BF%BF',
      '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '%25%5F%5C',
    ]) {
      const { response, text } = await get(`/tim-kiem?q=${q}`);
      expect(response.status, q).toBe(200);
      expect(text).not.toContain('<script>alert');
    }
  });
});

describe('speed and resilience', () => {
  let cached: RunningPortal;
  beforeAll(async () => {
    cached = await startPortal(config(api.url, { fresh: '60', stale: '3600' }), logger());
  });
  afterAll(() => cached.close());

  it('compresses pages with brotli when the browser accepts it', async () => {
    api.articles = [makeArticle()];
    const response = await fetch(`${cached.url}/`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toContain('accept-encoding');
    const gzip = await fetch(`${cached.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers a page already rendered with the same bytes and headers, its own correlation id and one log line', async () => {
    api.articles = [makeArticle({ slug: 'tin-nhac-lai' })];
    const first = await get('/bai-viet/tin-nhac-lai', undefined, cached.url);
    const asked = api.requests.length;
    logLines = [];
    const again = await get(
      '/bai-viet/tin-nhac-lai',
      { headers: { 'x-correlation-id': 'lan-thu-hai' } },
      cached.url,
    );
    expect(api.requests.length).toBe(asked);
    expect(again.text).toBe(first.text);
    for (const name of [
      'cache-control',
      'content-security-policy',
      'content-type',
      'etag',
      'vary',
      'x-content-type-options',
      'x-frame-options',
    ])
      expect(again.response.headers.get(name), name).toBe(first.response.headers.get(name));
    expect(again.response.headers.get('x-correlation-id')).toBe('lan-thu-hai');
    expect(logLines.filter((l) => l.msg === 'request')).toEqual([
      expect.objectContaining({ correlationId: 'lan-thu-hai', path: '/bai-viet/tin-nhac-lai', status: 200 }),
    ]);
    const notModified = await fetch(`${cached.url}/bai-viet/tin-nhac-lai`, {
      headers: { 'if-none-match': first.response.headers.get('etag') ?? '' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('cache-control')).toBe('public, max-age=300');
    expect(notModified.headers.get('x-correlation-id')).toBeTruthy();
  });

  it('reuses answers, serves pages already seen while the API is down (marked stale in the log), and 503 for new ones', async () => {
    api.articles = [makeArticle({ slug: 'tin-da-xem' })];
    expect((await get('/bai-viet/tin-da-xem', undefined, cached.url)).response.status).toBe(200);
    const before = api.requests.length;
    expect((await get('/bai-viet/tin-da-xem', undefined, cached.url)).response.status).toBe(200);
    expect(api.requests.length).toBe(before); // served from the cache
    api.mode = 'error';
    // Publication moves the stamp: fresh copies are dropped, but stay as a fallback while the API fails.
    api.stamp += 1;
    // The watcher polls every 2 s: wait until the portal has asked the API again (and failed).
    const asked = api.requests.length;
    await expect
      .poll(
        async () => {
          await get('/bai-viet/tin-da-xem', undefined, cached.url);
          return api.requests.length > asked;
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(true);
    logLines = [];
    const seen = await get('/bai-viet/tin-da-xem', undefined, cached.url);
    expect(seen.response.status).toBe(200);
    expect(seen.doc.querySelector('main h1')?.textContent).toBe(api.articles[0]?.title);
    expect(logLines.some((l) => l.stale === true && l.path === '/bai-viet/tin-da-xem')).toBe(true);
    const unseen = await get('/bai-viet/tin-chua-xem', undefined, cached.url);
    expect(unseen.response.status).toBe(503);
  }, 40_000);

  it('shows a new publication as soon as the stamp moves', async () => {
    api.articles = [makeArticle({ title: 'Tin trước', publishedAt: '2024-01-01T00:00:00.000Z' })];
    const first = await get('/', undefined, cached.url);
    expect(first.doc.querySelector('.articles h3 a')?.textContent).toBe('Tin trước');
    api.articles.push(makeArticle({ title: 'Tin vừa đăng', publishedAt: '2024-06-01T00:00:00.000Z' }));
    api.stamp += 1;
    await expect
      .poll(
        async () => (await get('/', undefined, cached.url)).doc.querySelector('.articles h3 a')?.textContent,
        { timeout: 20_000, interval: 500 },
      )
      .toBe('Tin vừa đăng');
  }, 30_000);
});
