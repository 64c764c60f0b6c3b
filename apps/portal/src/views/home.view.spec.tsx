import { describe, expect, it } from 'vitest';
import type { HomeData } from '../loaders/articles.loader.js';
import { makeArticle } from '../testing/articles.fixture.js';
import { metaContent, parseHtml } from '../testing/html.js';
import { HomeView } from './home.view.js';
import { renderDocument } from './render.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn', province: 'Bắc Ninh' };

async function renderHome(data: HomeData) {
  const html = await renderDocument(<HomeView site={site} data={data} />);
  return { html, doc: parseHtml(html) };
}

describe('HomeView', () => {
  it('is a Vietnamese page with the committee name, intro and articles with dd/mm/yyyy dates and categories', async () => {
    const article = makeArticle({
      title: 'Hội nghị triển khai công tác nhân quyền năm 2024',
      slug: 'hoi-nghi-trien-khai-2024',
      lead: 'Sáng 5/3, Ban Chỉ đạo tổ chức hội nghị.',
      category: 'chi-dao-dieu-hanh',
      publishedAt: '2024-03-04T18:30:00.000Z',
    });
    const { html, doc } = await renderHome({
      lang: 'vi',
      list: { articles: [article], page: 1, totalPages: 1, total: 1 },
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    // The province comes from configuration and names the committee.
    expect(doc.querySelector('h1')?.textContent).toBe('Ban Chỉ đạo Nhân quyền tỉnh Bắc Ninh');
    expect(doc.querySelector('.brand')?.textContent).toBe('Ban Chỉ đạo Nhân quyền tỉnh Bắc Ninh');
    expect(doc.querySelector('footer')?.textContent).toContain(
      'Cơ quan chủ quản: Ban Chỉ đạo Nhân quyền tỉnh Bắc Ninh',
    );
    expect(doc.querySelector('.intro')?.textContent).toContain('Ban Chỉ đạo Nhân quyền tỉnh');
    const item = doc.querySelector('.articles li');
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/bai-viet/hoi-nghi-trien-khai-2024');
    expect(item?.querySelector('a')?.textContent).toBe('Hội nghị triển khai công tác nhân quyền năm 2024');
    // 18:30 UTC on the 4th is already the 5th in Viet Nam.
    expect(item?.querySelector('time')?.textContent).toBe('05/03/2024');
    expect(item?.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-04T18:30:00.000Z');
    expect(item?.textContent).toContain('Chỉ đạo điều hành');
    expect(item?.textContent).toContain('Sáng 5/3, Ban Chỉ đạo tổ chức hội nghị.');
  });

  it('keeps the order it is given (the API sends newest first)', async () => {
    const newer = makeArticle({ title: 'Bài mới hơn hẳn', publishedAt: '2024-05-02T00:00:00.000Z' });
    const older = makeArticle({ title: 'Bài cũ hơn hẳn', publishedAt: '2024-05-01T00:00:00.000Z' });
    const { doc } = await renderHome({
      lang: 'vi',
      list: { articles: [newer, older], page: 1, totalPages: 1, total: 2 },
    });
    const titles = [...doc.querySelectorAll('.articles h3 a')].map((a) => a.textContent);
    expect(titles).toEqual(['Bài mới hơn hẳn', 'Bài cũ hơn hẳn']);
  });

  it('shows the empty state and no pagination when nothing is published', async () => {
    const { doc } = await renderHome({
      lang: 'vi',
      list: { articles: [], page: 1, totalPages: 1, total: 0 },
    });
    expect(doc.querySelector('.empty')?.textContent).toBe('Chưa có tin bài nào được đăng.');
    expect(doc.querySelector('.articles')).toBeNull();
    expect(doc.querySelector('nav.pagination')).toBeNull();
  });

  it('links to the previous and next pages', async () => {
    const { doc } = await renderHome({
      lang: 'vi',
      list: { articles: [makeArticle()], page: 2, totalPages: 3, total: 25 },
    });
    const nav = doc.querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('Phân trang');
    expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/');
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/?page=3');
    expect(nav?.textContent).toContain('Trang 2 / 3');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/?page=2',
    );
  });

  it('has no next link on the last page and no previous link on the first', async () => {
    const last = await renderHome({
      lang: 'vi',
      list: { articles: [makeArticle()], page: 3, totalPages: 3, total: 25 },
    });
    expect(last.doc.querySelector('a[rel="next"]')).toBeNull();
    expect(last.doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/?page=2');
    const first = await renderHome({
      lang: 'vi',
      list: { articles: [makeArticle()], page: 1, totalPages: 3, total: 25 },
    });
    expect(first.doc.querySelector('a[rel="prev"]')).toBeNull();
    expect(first.doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/?page=2');
  });

  it('tells link previews and search engines what the page is', async () => {
    const { doc } = await renderHome({
      lang: 'vi',
      list: { articles: [], page: 1, totalPages: 1, total: 0 },
    });
    expect(doc.querySelector('title')?.textContent).toBe('Ban Chỉ đạo Nhân quyền tỉnh');
    expect(metaContent(doc, 'description')).toContain('quyền con người');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/',
    );
    expect(metaContent(doc, 'og:title')).toBe('Ban Chỉ đạo Nhân quyền tỉnh');
    expect(metaContent(doc, 'og:type')).toBe('website');
    expect(metaContent(doc, 'og:url')).toBe('https://nhanquyen.example.gov.vn/');
    expect(metaContent(doc, 'og:locale')).toBe('vi_VN');
    expect(doc.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/en/',
    );
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(
      '/rss.xml',
    );
  });

  it('has the landmarks, a skip link to the main content and a link to the English version', async () => {
    const { doc } = await renderHome({
      lang: 'vi',
      list: { articles: [], page: 1, totalPages: 1, total: 0 },
    });
    const skip = doc.querySelector('body > a.skip');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header')).not.toBeNull();
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/tim-kiem');
    const english = doc.querySelector('a.lang-switch');
    expect(english?.getAttribute('href')).toBe('/en/');
    expect(english?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('label[for="site-search"]')).not.toBeNull();
  });

  it('renders the English home with English strings, lang="en" and English article addresses', async () => {
    const article = makeArticle({
      language: 'en',
      slug: 'provincial-conference',
      title: 'Provincial conference held',
    });
    const { doc } = await renderHome({
      lang: 'en',
      list: { articles: [article], page: 1, totalPages: 2, total: 11 },
    });
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe('Bắc Ninh Provincial Human Rights Steering Committee');
    expect(doc.querySelector('.articles h3 a')?.getAttribute('href')).toBe(
      '/en/articles/provincial-conference',
    );
    expect(doc.querySelector('.articles time')?.textContent).toBe('5 March 2024');
    expect(doc.querySelector('.articles')?.textContent).toContain('News');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/en/?page=2');
    expect(doc.querySelector('a.lang-switch')?.getAttribute('href')).toBe('/');
    expect(metaContent(doc, 'og:locale')).toBe('en_US');
  });
});
