import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type PortalConfig } from './config.js';
import { startPortal, type RunningPortal } from './http-server.js';
import { createLogger } from './logger.js';
import { makeArticle, makeArticles } from './testing/articles.fixture.js';
import { makeDocument, makeDocuments } from './testing/documents.fixture.js';
import { startFixtureApi, type FixtureApi } from './testing/fixture-api.js';
import { parseHtml } from './testing/html.js';

// The real portal on a real socket, reading a real HTTP fixture of the API's public endpoints.
let api: FixtureApi;
let portal: RunningPortal;
let logLines: Record<string, unknown>[];

function configFor(apiUrl: string): PortalConfig {
  const result = parseConfig({
    API_URL: apiUrl,
    PUBLIC_URL: 'https://nhanquyen.example.gov.vn',
    // Long enough for a busy machine; the "does not answer in time" tests wait it out.
    API_TIMEOUT_MS: '2000',
    LOG_LEVEL: 'info',
    // These tests change the API's answers between requests: no reuse (the cache has its own tests below).
    CACHE_FRESH_SECONDS: '0',
    CACHE_STALE_SECONDS: '0',
  });
  if (!result.ok) throw new Error(result.message);
  return { ...result.config, PORTAL_PORT: 0 }; // any free port
}

async function startWith(apiUrl: string): Promise<RunningPortal> {
  const logger = createLogger(
    { LOG_LEVEL: 'info' },
    { write: (line: string) => void logLines.push(JSON.parse(line)) },
  );
  return startPortal(configFor(apiUrl), logger);
}

async function get(path: string, init?: RequestInit) {
  const response = await fetch(`${portal.url}${path}`, { redirect: 'manual', ...init });
  const html = await response.text();
  return { response, html, doc: parseHtml(html) };
}

const requestLines = () => logLines.filter((line) => line.msg === 'request' || line.msg === 'request failed');

beforeAll(async () => {
  api = await startFixtureApi();
  logLines = [];
  portal = await startWith(api.url);
});
afterAll(async () => {
  await portal.close();
  await api.close();
});
beforeEach(() => {
  api.articles = [];
  api.documents = [];
  api.mode = 'ok';
  api.requests = [];
  logLines = [];
});

describe('GET /healthz', () => {
  it('answers 200 "ok" without touching the API', async () => {
    const { response, html } = await get('/healthz');
    expect(response.status).toBe(200);
    expect(html).toBe('ok');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(api.requests).toHaveLength(0);
  });
});

describe('home page', () => {
  it('lists the Vietnamese articles from the API, newest first, with a short cache', async () => {
    const older = makeArticle({ title: 'Tin cũ hơn về nhân quyền', publishedAt: '2024-03-01T02:00:00.000Z' });
    const newer = makeArticle({
      title: 'Tin mới nhất về nhân quyền',
      publishedAt: '2024-03-09T02:00:00.000Z',
    });
    const english = makeArticle({ title: 'An English article', language: 'en' });
    api.articles = [older, english, newer];

    const { response, doc } = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    // Audit tools read /robots.txt from inside the page.
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    const titles = [...doc.querySelectorAll('.articles h3 a')].map((a) => a.textContent);
    expect(titles).toEqual(['Tin mới nhất về nhân quyền', 'Tin cũ hơn về nhân quyền']);
    expect(doc.querySelector('.articles time')?.textContent).toBe('09/03/2024');

    const [request] = api.requests;
    expect(request?.pathname).toBe('/api/public/articles');
    expect(request?.searchParams.get('lang')).toBe('vi');
    expect(request?.searchParams.get('page')).toBe('1');
    expect(request?.searchParams.get('perPage')).toBe('10');
  });

  it('shows the empty state when nothing is published', async () => {
    const { response, doc } = await get('/');
    expect(response.status).toBe(200);
    expect(doc.querySelector('.empty')?.textContent).toBe('Chưa có tin bài nào được đăng.');
  });

  it('pages through the list with ?page=', async () => {
    api.articles = makeArticles(23);
    const { response, doc } = await get('/?page=3');
    expect(response.status).toBe(200);
    expect(api.requests[0]?.searchParams.get('page')).toBe('3');
    expect(doc.querySelectorAll('.articles li')).toHaveLength(3);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/?page=2');
    expect(doc.querySelector('a[rel="next"]')).toBeNull();
  });

  it('answers 404 for a page past the end or a page that is not a number', async () => {
    api.articles = makeArticles(3);
    expect((await get('/?page=2')).response.status).toBe(404);
    const { response, doc } = await get('/?page=abc');
    expect(response.status).toBe(404);
    expect(doc.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
  });

  it('forwards the correlation id to the API and returns it', async () => {
    const { response } = await get('/', { headers: { 'x-correlation-id': 'abc-123' } });
    expect(response.headers.get('x-correlation-id')).toBe('abc-123');
    // The articles and the campaign to feature.
    expect(api.requests.map((u) => u.pathname).sort()).toEqual([
      '/api/public/articles',
      '/api/public/campaigns',
    ]);
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${portal.url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 304 to a browser that already has the same page', async () => {
    api.articles = makeArticles(2);
    const first = await fetch(`${portal.url}/`);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await fetch(`${portal.url}/`, { headers: { 'if-none-match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('compresses pages for browsers that accept gzip', async () => {
    api.articles = makeArticles(10);
    const response = await fetch(`${portal.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('<!doctype html>');
  });
});

describe('article page', () => {
  it('renders the article the API returns, with a longer cache', async () => {
    const article = makeArticle({
      slug: 'hoi-nghi-nhan-quyen',
      title: 'Hội nghị nhân quyền tỉnh',
      body: '<p>Nội dung <em>đã làm sạch</em>.</p>',
    });
    api.articles = [article];
    const { response, doc } = await get('/bai-viet/hoi-nghi-nhan-quyen');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(api.requests[0]?.pathname).toBe('/api/public/articles/hoi-nghi-nhan-quyen');
    expect(doc.querySelector('main h1')?.textContent).toBe('Hội nghị nhân quyền tỉnh');
    expect(doc.querySelector('.prose em')?.textContent).toBe('đã làm sạch');
  });

  it('never renders markup from the query string', async () => {
    api.articles = [makeArticle({ slug: 'bai-an-toan' })];
    const { response, html } = await get(
      '/bai-viet/bai-an-toan?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&body=%3Cb%3E',
    );
    expect(response.status).toBe(200);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('alert(1)');
  });

  it('answers a Vietnamese 404 page for an unknown slug', async () => {
    const { response, doc } = await get('/bai-viet/khong-co-bai-nay');
    expect(response.status).toBe(404);
    expect(api.requests).toHaveLength(1);
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.textContent).toBe('Không tìm thấy trang');
    expect(doc.querySelector('main a')?.getAttribute('href')).toBe('/');
  });

  it('answers 404 for a slug that cannot exist without asking the API', async () => {
    const { response } = await get('/bai-viet/..%2F..%2Fapi%2Fusers');
    expect(response.status).toBe(404);
    expect(api.requests).toHaveLength(0);
  });

  it('sends an English article to its English address', async () => {
    api.articles = [makeArticle({ slug: 'annual-review', language: 'en' })];
    const { response } = await get('/bai-viet/annual-review');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/articles/annual-review');
  });
});

describe('English version', () => {
  it('serves /en/ in English with English articles only', async () => {
    api.articles = [
      makeArticle({ title: 'Human rights week opens', language: 'en' }),
      makeArticle({ title: 'Tin tiếng Việt' }),
    ];
    const { response, doc } = await get('/en/');
    expect(response.status).toBe(200);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(api.requests[0]?.searchParams.get('lang')).toBe('en');
    expect([...doc.querySelectorAll('.articles h3 a')].map((a) => a.textContent)).toEqual([
      'Human rights week opens',
    ]);
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/');
  });

  it('redirects /en to /en/', async () => {
    const { response } = await get('/en');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/en/');
  });

  it('serves English articles under /en/articles/ and an English 404', async () => {
    api.articles = [makeArticle({ slug: 'annual-review', title: 'Annual review', language: 'en' })];
    const found = await get('/en/articles/annual-review');
    expect(found.response.status).toBe(200);
    expect(found.doc.querySelector('main h1')?.textContent).toBe('Annual review');
    const missing = await get('/en/articles/nothing-here');
    expect(missing.response.status).toBe(404);
    expect(missing.doc.documentElement.getAttribute('lang')).toBe('en');
    expect(missing.doc.querySelector('h1')?.textContent).toBe('Page not found');
  });
});

describe('category pages', () => {
  it('asks the API for one category and lists its articles', async () => {
    api.articles = [
      makeArticle({ title: 'Câu hỏi về quyền trẻ em', category: 'hoi-dap' }),
      makeArticle({ title: 'Tin thường ngày', category: 'tin-tuc' }),
    ];
    const { response, doc } = await get('/chuyen-muc/hoi-dap');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(api.requests[0]?.searchParams.get('category')).toBe('hoi-dap');
    expect([...doc.querySelectorAll('.articles h2 a')].map((a) => a.textContent)).toEqual([
      'Câu hỏi về quyền trẻ em',
    ]);
  });

  it('answers 404 for an unknown category without asking the API', async () => {
    const { response } = await get('/chuyen-muc/khong-co');
    expect(response.status).toBe(404);
    expect(api.requests).toHaveLength(0);
  });

  it('serves English categories under /en/categories/', async () => {
    const { response, doc } = await get('/en/categories/tin-tuc');
    expect(response.status).toBe(200);
    expect(api.requests[0]?.searchParams.get('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('News');
  });
});

describe('search', () => {
  it('passes q to the API, which ignores diacritics', async () => {
    api.articles = [
      makeArticle({ title: 'Bảo đảm quyền con người ở cơ sở', lead: 'Nhân quyền là giá trị chung.' }),
      makeArticle({ title: 'Tin về giao thông nông thôn', lead: 'Không liên quan.' }),
    ];
    const { response, doc } = await get('/tim-kiem?q=nhan+quyen');
    expect(response.status).toBe(200);
    expect(api.requests[0]?.searchParams.get('q')).toBe('nhan quyen');
    expect(api.requests[0]?.searchParams.get('lang')).toBe('vi');
    expect([...doc.querySelectorAll('.articles h3 a')].map((a) => a.textContent)).toEqual([
      'Bảo đảm quyền con người ở cơ sở',
    ]);
    expect(doc.querySelector('#results-heading')?.textContent).toBe('Tìm thấy 1 tin bài cho “nhan quyen”');
  });

  it('cuts a very long query to the 200 characters the API accepts', async () => {
    const { response } = await get(`/tim-kiem?q=${'nhân quyền '.repeat(40)}`);
    expect(response.status).toBe(200);
    expect(api.requests[0]?.searchParams.get('q')?.length).toBeLessThanOrEqual(200);
  });

  it('shows the form without calling the API when q is empty', async () => {
    const { response, doc } = await get('/tim-kiem?q=%20%20');
    expect(response.status).toBe(200);
    expect(api.requests).toHaveLength(0);
    expect(doc.querySelector('#search-q')).not.toBeNull();
  });

  it('searches English articles under /en/search', async () => {
    api.articles = [makeArticle({ title: 'Rights of the child', language: 'en' })];
    const { doc } = await get('/en/search?q=child');
    // The search's own call (a page refreshed in the background may call the API meanwhile).
    const search = api.requests.find((u) => u.searchParams.get('q') === 'child');
    expect(search?.searchParams.get('lang')).toBe('en');
    expect(doc.querySelector('.articles h3 a')?.getAttribute('href')).toMatch(/^\/en\/articles\//);
  });
});

describe('documents (Văn bản)', () => {
  it('lists the published documents at /van-ban, newest issued first, with the list cache', async () => {
    api.documents = [
      makeDocument({ number: '12/KH-BCĐ', title: 'Kế hoạch năm 2023', issuedOn: '2023-02-10' }),
      makeDocument({
        number: '45/KH-BCĐ',
        title: 'Kế hoạch năm 2024',
        issuedOn: '2024-03-05',
        effectiveOn: '2024-03-15',
      }),
    ];
    const { response, doc } = await get('/van-ban');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.textContent).toBe('Văn bản');
    const rows = [...doc.querySelectorAll('table.docs tbody tr')];
    expect(rows.map((row) => row.querySelector('.doc-title')?.textContent)).toEqual([
      expect.stringMatching(/Kế hoạch năm 2024$/),
      expect.stringMatching(/Kế hoạch năm 2023$/),
    ]);
    expect(rows[0]?.querySelector('.doc-issued-on time')?.textContent).toBe('05/03/2024');
    expect(rows[0]?.querySelector('.doc-effective-on time')?.textContent).toBe('15/03/2024');

    const [request] = api.requests;
    expect(request?.pathname).toBe('/api/public/documents');
    expect(request?.searchParams.get('page')).toBe('1');
    expect(request?.searchParams.get('perPage')).toBe('20');
  });

  it('shows the empty state when nothing is published', async () => {
    const { response, doc } = await get('/van-ban');
    expect(response.status).toBe(200);
    expect(doc.querySelector('.empty')?.textContent).toBe('Chưa có văn bản nào được công bố.');
    expect(doc.querySelector('table')).toBeNull();
  });

  it('pages with ?page= and answers 404 past the end or for a page that is not a number', async () => {
    api.documents = makeDocuments(45);
    const { response, doc } = await get('/van-ban?page=3');
    expect(response.status).toBe(200);
    expect(api.requests[0]?.searchParams.get('page')).toBe('3');
    expect(doc.querySelectorAll('table.docs tbody tr')).toHaveLength(5);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/van-ban?page=2');
    expect(doc.querySelector('a[rel="next"]')).toBeNull();
    expect((await get('/van-ban?page=4')).response.status).toBe(404);
    expect((await get('/van-ban?page=0')).response.status).toBe(404);
  });

  it('serves the same documents in English at /en/documents', async () => {
    api.documents = [makeDocument({ title: 'Kế hoạch năm 2024', issuedOn: '2024-03-05' })];
    const { response, doc } = await get('/en/documents');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Documents');
    expect(doc.querySelector('.doc-issued-on time')?.textContent).toBe('5 March 2024');
    expect(doc.querySelector('.doc-title [lang="vi"]')?.textContent).toBe('Kế hoạch năm 2024');
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/van-ban');
  });

  it('is linked from the site navigation in both languages', async () => {
    const vi = await get('/');
    expect(vi.doc.querySelector('header nav a[href="/van-ban"]')?.textContent).toBe('Văn bản');
    const en = await get('/en/');
    expect(en.doc.querySelector('header nav a[href="/en/documents"]')?.textContent).toBe('Documents');
  });

  it.each([
    ['answers with an error', 'error'],
    ['answers outside the contract', 'off-contract'],
    ['does not answer in time', 'slow'],
  ] as const)('shows the 503 page when the API %s', async (_, mode) => {
    api.mode = mode;
    const { response, doc } = await get('/en/documents');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('30');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Temporarily unavailable');
  });
});

describe('robots.txt', () => {
  it('is a small text file, not a 404 page', async () => {
    const response = await fetch(`${portal.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('User-agent: *');
  });
});

describe('unknown addresses', () => {
  it('answers a Vietnamese 404 at the root and an English one under /en/', async () => {
    const vi = await get('/khong-ton-tai');
    expect(vi.response.status).toBe(404);
    expect(vi.doc.documentElement.getAttribute('lang')).toBe('vi');
    const en = await get('/en/nothing');
    expect(en.response.status).toBe(404);
    expect(en.doc.documentElement.getAttribute('lang')).toBe('en');
  });
});

describe('when the API is not well', () => {
  it.each([
    ['answers with an error', 'error'],
    ['answers outside the contract', 'off-contract'],
    ['does not answer in time', 'slow'],
  ] as const)('shows the friendly 503 page when the API %s', async (_, mode) => {
    api.mode = mode;
    const { response, html, doc } = await get('/');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('retry-after')).toBe('30');
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('h1')?.textContent).toBe('Hệ thống đang tạm gián đoạn');
    expect(html).not.toMatch(/ApiUnavailableError|\bat .*\.js:\d+/);
  });

  describe('when the API is down', () => {
    let downPortal: RunningPortal;
    beforeAll(async () => {
      const gone = await startFixtureApi();
      await gone.close(); // a port where nothing listens any more
      downPortal = await startWith(gone.url);
    });
    afterAll(() => downPortal.close());

    it('shows the 503 page in Vietnamese, logs one error line, and never a stack trace to the reader', async () => {
      const response = await fetch(`${downPortal.url}/bai-viet/bat-ky-bai-nao`);
      const html = await response.text();
      expect(response.status).toBe(503);
      expect(html).toContain('Hệ thống đang tạm gián đoạn');
      expect(html).not.toContain('ECONNREFUSED');
      const lines = requestLines();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 50, status: 503, path: '/bai-viet/bat-ky-bai-nao' });
      expect(JSON.stringify(lines[0])).toContain('network');
    });

    it('shows the 503 page for the documents too', async () => {
      const response = await fetch(`${downPortal.url}/van-ban`);
      const html = await response.text();
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(html).toContain('Hệ thống đang tạm gián đoạn');
      expect(html).not.toContain('ECONNREFUSED');
    });
  });
});

describe('request log', () => {
  it('writes exactly one line per request, without the search words', async () => {
    await get('/tim-kiem?q=bi+mat');
    const lines = requestLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/tim-kiem', status: 200 });
    expect(JSON.stringify(lines[0])).not.toContain('bi');
  });
});

describe('RSS feeds', () => {
  it('serves the newest Vietnamese articles at /rss.xml and English ones at /en/rss.xml', async () => {
    api.articles = [
      makeArticle({ title: 'Tin cho RSS' }),
      makeArticle({ title: 'English for RSS', language: 'en' }),
    ];
    const vi = await fetch(`${portal.url}/rss.xml`);
    expect(vi.status).toBe(200);
    expect(vi.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const viXml = await vi.text();
    expect(viXml).toContain('<title>Tin cho RSS</title>');
    expect(viXml).not.toContain('English for RSS');
    expect(api.requests[0]?.searchParams.get('perPage')).toBe('20');
    const en = await (await fetch(`${portal.url}/en/rss.xml`)).text();
    expect(en).toContain('<title>English for RSS</title>');
  });
});
