import { describe, expect, it } from 'vitest';
import { makeArticle } from '../testing/articles.fixture.js';
import { parseHtml } from '../testing/html.js';
import { CategoryView } from './category.view.js';
import { renderDocument } from './render.js';

const site = { publicUrl: 'https://nhanquyen.example.gov.vn' };

describe('CategoryView', () => {
  it('titles the page with the category label and pages within the category', async () => {
    const doc = parseHtml(
      await renderDocument(
        <CategoryView
          site={site}
          data={{
            lang: 'vi',
            category: 'hoi-dap',
            list: { articles: [makeArticle({ category: 'hoi-dap' })], page: 1, totalPages: 2, total: 12 },
          }}
        />,
      ),
    );
    expect(doc.querySelector('h1')?.textContent).toBe('Hỏi đáp');
    expect(doc.querySelector('title')?.textContent).toBe('Hỏi đáp | Ban Chỉ đạo Nhân quyền tỉnh');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/chuyen-muc/hoi-dap?page=2');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://nhanquyen.example.gov.vn/chuyen-muc/hoi-dap',
    );
  });

  it('has its own empty state', async () => {
    const doc = parseHtml(
      await renderDocument(
        <CategoryView
          site={site}
          data={{
            lang: 'en',
            category: 'phan-bac',
            list: { articles: [], page: 1, totalPages: 1, total: 0 },
          }}
        />,
      ),
    );
    expect(doc.querySelector('h1')?.textContent).toBe('Refuting false claims');
    expect(doc.querySelector('.empty')?.textContent).toBe('There are no articles in this category yet.');
  });

  it('is reachable from every page footer and from each article teaser', async () => {
    const doc = parseHtml(
      await renderDocument(
        <CategoryView
          site={site}
          data={{
            lang: 'vi',
            category: 'tin-tuc',
            list: {
              articles: [makeArticle({ category: 'chi-dao-dieu-hanh' })],
              page: 1,
              totalPages: 1,
              total: 1,
            },
          }}
        />,
      ),
    );
    const footerLinks = [...doc.querySelectorAll('footer nav a')].map((a) => a.getAttribute('href'));
    expect(footerLinks).toContain('/chuyen-muc/thanh-tuu-nhan-quyen');
    expect(footerLinks).toHaveLength(5);
    expect(doc.querySelector('.articles .meta a')?.getAttribute('href')).toBe(
      '/chuyen-muc/chi-dao-dieu-hanh',
    );
  });
});
