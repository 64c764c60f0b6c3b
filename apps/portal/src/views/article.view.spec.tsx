import { describe, expect, it } from 'vitest';
import { makeArticle } from '../testing/articles.fixture.js';
import { metaContent, parseHtml } from '../testing/html.js';
import { ArticleView } from './article.view.js';
import { renderDocument } from './render.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn' };

describe('ArticleView', () => {
  it('shows title, date, byline, category, lead, cover with caption and the body', async () => {
    const article = makeArticle({
      title: 'Kỷ niệm 75 năm Ngày Nhân quyền thế giới',
      slug: 'ky-niem-75-nam',
      lead: 'Sáng 10/12, tỉnh tổ chức lễ kỷ niệm.',
      body: '<p>Đoạn <strong>thứ nhất</strong>.</p><h2>Mục hai</h2>',
      byline: 'Nguyễn Văn A',
      category: 'thanh-tuu-nhan-quyen',
      coverImageUrl: '/api/files/cover.jpg',
      coverCaption: 'Quang cảnh buổi lễ',
      publishedAt: '2023-12-10T01:00:00.000Z',
      tags: ['nhân quyền', 'kỷ niệm'],
    });
    const doc = parseHtml(await renderDocument(<ArticleView site={site} data={{ lang: 'vi', article }} />));
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('main h1')?.textContent).toBe('Kỷ niệm 75 năm Ngày Nhân quyền thế giới');
    expect(doc.querySelector('main time')?.textContent).toBe('10/12/2023');
    expect(doc.querySelector('.byline')?.textContent).toContain('Nguyễn Văn A');
    expect(doc.querySelector('main article header')?.textContent).toContain('Thành tựu nhân quyền');
    expect(doc.querySelector('.lead')?.textContent).toBe('Sáng 10/12, tỉnh tổ chức lễ kỷ niệm.');
    expect(doc.querySelector('figure img')?.getAttribute('src')).toBe('/api/files/cover.jpg');
    expect(doc.querySelector('figcaption')?.textContent).toBe('Quang cảnh buổi lễ');
    expect(doc.querySelector('.prose strong')?.textContent).toBe('thứ nhất');
    expect(doc.querySelector('.prose h2')?.textContent).toBe('Mục hai');
    expect(doc.querySelector('.tags')?.textContent).toContain('nhân quyền, kỷ niệm');
  });

  it('gives link previews the title, lead, absolute canonical URL, cover image and publish time', async () => {
    const article = makeArticle({
      title: 'Tuyên truyền về quyền con người',
      slug: 'tuyen-truyen',
      lead: 'Một sapo ngắn.',
      coverImageUrl: '/api/files/a.jpg',
      publishedAt: '2024-01-02T03:04:05.000Z',
    });
    const doc = parseHtml(await renderDocument(<ArticleView site={site} data={{ lang: 'vi', article }} />));
    expect(doc.querySelector('title')?.textContent).toBe(
      'Tuyên truyền về quyền con người | Ban Chỉ đạo Nhân quyền tỉnh',
    );
    expect(metaContent(doc, 'description')).toBe('Một sapo ngắn.');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/bai-viet/tuyen-truyen',
    );
    expect(metaContent(doc, 'og:type')).toBe('article');
    expect(metaContent(doc, 'og:title')).toBe('Tuyên truyền về quyền con người');
    expect(metaContent(doc, 'og:description')).toBe('Một sapo ngắn.');
    expect(metaContent(doc, 'og:url')).toBe('https://nhanquyen.example.gov.vn/bai-viet/tuyen-truyen');
    expect(metaContent(doc, 'og:image')).toBe('https://nhanquyen.example.gov.vn/api/files/a.jpg');
    expect(metaContent(doc, 'article:published_time')).toBe('2024-01-02T03:04:05.000Z');
    expect(metaContent(doc, 'twitter:card')).toBe('summary_large_image');
  });

  it('escapes a hostile title, lead, byline and caption everywhere they appear', async () => {
    const hostile = '<script>alert("x")</script> & "quoted" <img src=x onerror=alert(1)>';
    const article = makeArticle({
      title: hostile,
      lead: hostile,
      byline: hostile,
      coverImageUrl: 'https://cdn.example/a.jpg',
      coverCaption: hostile,
      tags: ['<b onmouseover=x>tag</b>'],
    });
    const html = await renderDocument(<ArticleView site={site} data={{ lang: 'vi', article }} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/content="[^"]*"quoted"/);
    const doc = parseHtml(html);
    // The only script element is the JSON-LD data block, and the hostile title cannot close it.
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(scripts[0]?.textContent).not.toContain('<');
    expect(JSON.parse(scripts[0]?.textContent ?? '{}').headline).toBe(hostile);
    expect(doc.querySelectorAll('img')).toHaveLength(1); // the cover only
    expect(doc.querySelector('main h1')?.textContent).toBe(hostile);
    expect(doc.querySelector('title')?.textContent).toBe(`${hostile} | Ban Chỉ đạo Nhân quyền tỉnh`);
    expect(metaContent(doc, 'og:title')).toBe(hostile);
    expect(metaContent(doc, 'description')).toBe(hostile);
    expect(doc.querySelector('figcaption')?.textContent).toBe(hostile);
    expect(doc.querySelector('.tags b')).toBeNull();
  });

  it('shows no cover for an address that is not http(s) or a site path', async () => {
    const article = makeArticle({ coverImageUrl: 'javascript:alert(1)', coverCaption: 'Chú thích' });
    const doc = parseHtml(await renderDocument(<ArticleView site={site} data={{ lang: 'vi', article }} />));
    expect(doc.querySelector('figure')).toBeNull();
    expect(metaContent(doc, 'og:image')).toBeNull();
  });

  it('leaves out the date and byline when the article has none', async () => {
    const article = makeArticle({ publishedAt: null, byline: null, lead: null });
    const doc = parseHtml(await renderDocument(<ArticleView site={site} data={{ lang: 'vi', article }} />));
    expect(doc.querySelector('main time')).toBeNull();
    expect(doc.querySelector('.byline')).toBeNull();
    expect(doc.querySelector('.lead')).toBeNull();
    expect(metaContent(doc, 'description')).toContain('Ban Chỉ đạo Nhân quyền tỉnh');
  });

  it('renders an English article in English with an English canonical address', async () => {
    const article = makeArticle({
      language: 'en',
      slug: 'annual-report',
      title: 'Annual report published',
      category: 'tin-tuc',
    });
    const doc = parseHtml(await renderDocument(<ArticleView site={site} data={{ lang: 'en', article }} />));
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/en/articles/annual-report',
    );
    expect(doc.querySelector('main article header')?.textContent).toContain('News');
    expect(doc.querySelector('main time')?.textContent).toBe('5 March 2024');
    expect(doc.querySelector('main > .wrap > p > a')?.textContent).toBe('← Back to the home page');
  });
});
